import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { CodePicker } from '../../components/CodePicker.tsx';
import { under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { DateField } from '../../components/date/DateField.tsx';
import { personName } from '../../case-edit/people.ts';
import type { Statement, StatementUpdate } from './model.ts';
import { translatorsOf } from './translators.ts';

type ReadBack = NonNullable<Statement['readBack']>;

export interface ReadBackSectionProps {
  readonly draft: Case;
  readonly statement: Statement;
  readonly update: StatementUpdate;
  /** Problems under `statements.N`. */
  readonly errorAt: ErrorAt;
}

/**
 * Who interpreted a dictated statement, and its read-back to the author in their own language:
 * by whom, in which language and dialect, when and where (the interpreter attests to it).
 */
export function ReadBackSection({ draft, statement, update, errorAt }: ReadBackSectionProps) {
  const { t } = useTranslation();
  const readBack: ReadBack = statement.readBack ?? {};
  const readBackError = under(errorAt, 'readBack');
  const people = translatorsOf(draft).map(({ person }) => ({ value: person.id, label: personName(person) || t('translators.unnamed') }));
  const choices = (current: string | undefined) => {
    const options = [{ value: '', label: t('statements.readBack.nobody') }, ...people];
    if (current !== undefined && !people.some((p) => p.value === current))
      options.push({ value: current, label: t('statements.translatorMissing') });
    return options;
  };
  const setReadBack = (change: (r: ReadBack) => ReadBack) =>
    update((s) => {
      const next = change(s.readBack ?? {});
      return withOptional(s, 'readBack', Object.values(next).every((v) => v === undefined) ? undefined : next);
    });
  return (
    <fieldset className="group-box st-read-back">
      <legend>{t('statements.readBack.legend')}</legend>
      <p className="field-hint">{t('statements.readBack.hint')}</p>
      {statement.method === 'dictated-via-interpreter' ? (
        <SelectField<string>
          label={t('statements.interpreter')}
          value={statement.interpreterId ?? ''}
          options={choices(statement.interpreterId)}
          onChange={(id) => update((s) => withOptional(s, 'interpreterId', id === '' ? undefined : id))}
          error={errorAt('interpreterId')}
          size="medium"
        />
      ) : null}
      <div className="field-row">
        <SelectField<string>
          label={t('statements.readBack.interpreter')}
          value={readBack.interpreterId ?? ''}
          options={choices(readBack.interpreterId)}
          onChange={(id) => setReadBack((r) => withOptional(r, 'interpreterId', id === '' ? undefined : id))}
          error={readBackError('interpreterId')}
          size="medium"
        />
        <CodePicker
          kind="language"
          label={t('statements.readBack.lang')}
          value={readBack.lang ?? ''}
          onChange={(lang) => setReadBack((r) => withOptional(r, 'lang', lang === '' ? undefined : lang))}
          error={readBackError('lang')}
          size="short"
        />
        <TextField
          label={t('statements.readBack.dialect')}
          value={readBack.dialect ?? ''}
          onChange={(dialect) => setReadBack((r) => withOptional(r, 'dialect', dialect === '' ? undefined : dialect))}
          error={readBackError('dialect')}
          size="medium"
        />
      </div>
      <div className="field-row">
        <DateField
          label={t('statements.readBack.on')}
          value={readBack.on ?? ''}
          onChange={(on) => setReadBack((r) => withOptional(r, 'on', on === '' ? undefined : on))}
          error={readBackError('on')}
        />
        <TextField
          label={t('statements.readBack.place')}
          value={readBack.place ?? ''}
          onChange={(place) => setReadBack((r) => withOptional(r, 'place', place === '' ? undefined : place))}
          error={readBackError('place')}
          size="medium"
        />
      </div>
    </fieldset>
  );
}
