import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';

export type FrenchVersionFieldName = 'details' | 'suitability' | 'reportingSchedule' | 'notes';

export interface FrenchVersionFieldProps {
  readonly draft: Case;
  readonly field: FrenchVersionFieldName;
  /** The text as typed, printed in a French filing when the French version is empty. */
  readonly typed: string;
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly multiline?: boolean;
  readonly id?: string;
}

/**
 * The French version of a free-text field a filing prints (core/lang/french-versions.ts): shown
 * when the language of proceedings is French, or when a French version is already written, so
 * nothing saved is ever hidden. Typed text without its French version is flagged under the field.
 */
export function FrenchVersionField({ draft, field, typed, value, onChange, error, multiline, id }: FrenchVersionFieldProps) {
  const { t } = useTranslation();
  const french = draft.matter.languageOfProceedings === 'fr';
  if (!french && (value ?? '') === '') return null;
  const label = t('frenchVersions.label', { field: t(`frenchVersions.fields.${field}`) });
  const missing = french && typed.trim() !== '' && (value ?? '').trim() === '';
  const hint = (
    <>
      {t('frenchVersions.hint')}
      {missing ? (
        <span className="field-warning" data-testid="french-version-missing">
          <span aria-hidden="true"> ⚠ </span>
          {t('frenchVersions.missing')}
        </span>
      ) : null}
    </>
  );
  return multiline === true ? (
    <TextAreaField label={label} hint={hint} value={value ?? ''} onChange={onChange} error={error} />
  ) : (
    <TextField
      {...(id === undefined ? {} : { id })}
      label={label}
      hint={hint}
      value={value ?? ''}
      onChange={onChange}
      error={error}
      lang="fr"
      size="long"
    />
  );
}
