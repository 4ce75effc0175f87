import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { DateField } from '../../components/date/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { CitizenshipsSection } from './CitizenshipsSection.tsx';
import { BirthFields } from '../records/BirthFields.tsx';
import { errorLookup, under, withOptional } from '../../case-edit/fields.ts';
import { LanguagesSection } from './LanguagesSection.tsx';
import { NamesSection, type ClientUpdate } from './NamesSection.tsx';
import { EntriesSection, StatusHistorySection } from './StatusSections.tsx';

export interface ClientFormProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly problems: readonly FieldProblem[];
}

/** The client's identity: every edit goes to the case editor, which saves it (see CaseEditor). */
export function ClientForm({ editor, draft, problems }: ClientFormProps) {
  const { t } = useTranslation();
  const client = draft.client;
  const errorAt = errorLookup(t, problems, 'client');
  const update: ClientUpdate = (change) => editor.edit((c) => ({ ...c, client: change(c.client) }));
  const identityId = useId();

  return (
    <form
      className="form-stack"
      aria-label={t('client.formLabel')}
      noValidate
      onSubmit={(event) => event.preventDefault()}
      onBlur={() => void editor.flush()}
    >
      <NamesSection client={client} update={update} errorAt={errorAt} />

      <section className="card form-section" aria-labelledby={identityId}>
        <h2 id={identityId}>{t('client.identity')}</h2>
        <DateField
          kind="source"
          legend={t('client.dateOfBirth')}
          value={client.dateOfBirth}
          onChange={(dateOfBirth) => update((c) => withOptional(c, 'dateOfBirth', dateOfBirth))}
          errorAt={under(errorAt, 'dateOfBirth')}
        />
        <BirthFields client={client} update={update} errorAt={errorAt} />
        <div className="field-row">
          <TextField
            label={t('client.uci')}
            hint={t('client.uciHint')}
            value={client.uci ?? ''}
            onChange={(uci) => update((c) => withOptional(c, 'uci', uci.trim()))}
            error={errorAt('uci')}
            inputMode="numeric"
            size="medium"
          />
          <TextField
            label={t('client.cbsaId')}
            value={client.cbsaId ?? ''}
            onChange={(cbsaId) => update((c) => withOptional(c, 'cbsaId', cbsaId))}
            error={errorAt('cbsaId')}
            size="medium"
          />
          <TextField
            label={t('client.pronouns')}
            value={client.pronouns ?? ''}
            onChange={(pronouns) => update((c) => withOptional(c, 'pronouns', pronouns))}
            error={errorAt('pronouns')}
            size="medium"
          />
        </div>
        <TextField
          label={t('client.pseudonym')}
          hint={t('client.pseudonymHint')}
          value={client.pseudonymForFilings ?? ''}
          onChange={(pseudonym) => update((c) => withOptional(c, 'pseudonymForFilings', pseudonym))}
          error={errorAt('pseudonymForFilings')}
          checkInvisible
          dir="auto"
          size="long"
        />
        <CitizenshipsSection client={client} update={update} errorAt={errorAt} />
      </section>

      <LanguagesSection client={client} update={update} errorAt={errorAt} />
      <StatusHistorySection client={client} update={update} errorAt={errorAt} />
      <EntriesSection client={client} update={update} errorAt={errorAt} />
    </form>
  );
}
