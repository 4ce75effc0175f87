import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hearingModes, type Case, type HearingMode, type Matter } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { errorLookup, withOptional } from '../../case-edit/fields.ts';
import { ProceedingsSection } from '../records/ProceedingsSection.tsx';
import { enteredIssuers, fileNumberValue, withFileNumber, withNumberAt } from './matter-edit.ts';

export interface MatterPanelProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly problems: readonly FieldProblem[];
}

const forums: readonly Matter['forum'][] = ['IRB-ID', 'IRB-RPD', 'IRCC', 'CBSA', 'FC'];
const regions = ['Western', 'Central', 'Eastern'] as const;

/**
 * The File tab: the proceeding the case is before (forum, IRB region, language of proceedings),
 * its file numbers (one labelled field per office; the UCI is the client's and edits
 * `client.uci`), and the hearing (member, mode, place). Every edit goes to the case editor.
 */
export function MatterPanel({ editor, draft, problems }: MatterPanelProps) {
  const { t } = useTranslation();
  const matter = draft.matter;
  const errorAt = errorLookup(t, problems, 'matter');
  const clientError = errorLookup(t, problems, 'client');
  const update = (change: (m: Matter) => Matter) => editor.edit((c) => ({ ...c, matter: change(c.matter) }));
  const forumId = useId();
  const numbersId = useId();
  const hearingId = useId();
  const indexOf = (issuer: string) => matter.fileNumbers.findIndex((f) => f.issuer === issuer);
  const numberError = (index: number) => (index === -1 ? undefined : errorAt(`fileNumbers.${index}.value`));

  return (
    <form
      className="form-stack"
      aria-label={t('matter.formLabel')}
      noValidate
      onSubmit={(event) => event.preventDefault()}
      onBlur={() => void editor.flush()}
    >
      <section className="card form-section" aria-labelledby={forumId}>
        <h2 id={forumId}>{t('matter.proceeding')}</h2>
        <div className="field-row">
          <SelectField
            label={t('matter.forum')}
            value={matter.forum}
            options={forums.map((value) => ({ value, label: t(`matter.forumName.${value}`) }))}
            onChange={(forum) => update((m) => ({ ...m, forum }))}
            error={errorAt('forum')}
            size="long"
          />
          <SelectField
            label={t('matter.region')}
            value={matter.region ?? ''}
            options={[
              { value: '', label: t('matter.noRegion') },
              ...regions.map((value) => ({ value, label: t(`matter.regionName.${value}`) })),
            ]}
            onChange={(region) => update((m) => withOptional(m, 'region', region === '' ? undefined : region))}
            error={errorAt('region')}
            size="medium"
          />
          <SelectField
            label={t('matter.language')}
            value={matter.languageOfProceedings}
            options={[
              { value: 'en', label: 'English' },
              { value: 'fr', label: 'Français' },
            ]}
            onChange={(languageOfProceedings) => update((m) => ({ ...m, languageOfProceedings }))}
            error={errorAt('languageOfProceedings')}
            size="medium"
          />
        </div>
      </section>

      <section className="card form-section" aria-labelledby={numbersId}>
        <h2 id={numbersId}>{t('matter.fileNumbers')}</h2>
        <p className="hint">{t('matter.fileNumbersHint')}</p>
        <div className="field-row">
          {enteredIssuers.map((issuer) => (
            <TextField
              key={issuer}
              label={t(`matter.issuer.${issuer}`)}
              hint={t(`matter.issuerHint.${issuer}`)}
              value={fileNumberValue(matter, issuer)}
              onChange={(value) => update((m) => withFileNumber(m, issuer, value))}
              error={numberError(indexOf(issuer))}
              size="medium"
            />
          ))}
          <TextField
            label={t('matter.uci')}
            hint={t('matter.uciHint')}
            value={draft.client.uci ?? ''}
            onChange={(uci) => editor.edit((c) => ({ ...c, client: withOptional(c.client, 'uci', uci.trim()) }))}
            error={clientError('uci')}
            inputMode="numeric"
            size="medium"
          />
        </div>
        {matter.fileNumbers.map((f, index) =>
          f.issuer === 'other' ? (
            <TextField
              key={`other-${String(index)}`}
              label={t('matter.otherNumber', { label: f.label ?? '' })}
              hint={t('matter.otherHint')}
              value={f.value}
              onChange={(value) => update((m) => withNumberAt(m, index, value))}
              error={numberError(index)}
              size="medium"
            />
          ) : null,
        )}
      </section>

      <section className="card form-section" aria-labelledby={hearingId}>
        <h2 id={hearingId}>{t('matter.hearing')}</h2>
        <div className="field-row">
          <TextField
            label={t('matter.member')}
            value={matter.presidingMember ?? ''}
            onChange={(member) => update((m) => withOptional(m, 'presidingMember', member))}
            error={errorAt('presidingMember')}
            size="long"
          />
          <SelectField<HearingMode | ''>
            label={t('matter.hearingMode')}
            value={matter.hearingMode ?? ''}
            options={[
              { value: '', label: t('matter.noMode') },
              ...hearingModes.map((value) => ({ value, label: t(`matter.mode.${value}`) })),
            ]}
            onChange={(mode) => update((m) => withOptional(m, 'hearingMode', mode === '' ? undefined : mode))}
            error={errorAt('hearingMode')}
            size="medium"
          />
        </div>
        <TextField
          label={t('matter.hearingPlace')}
          hint={t('matter.hearingPlaceHint')}
          value={matter.hearingPlace ?? ''}
          onChange={(place) => update((m) => withOptional(m, 'hearingPlace', place))}
          error={errorAt('hearingPlace')}
          size="long"
        />
      </section>
      <ProceedingsSection editor={editor} draft={draft} errorAt={errorLookup(t, problems, 'proceedings')} />
    </form>
  );
}
