import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { DateField } from '../../components/date/DateField.tsx';
import { personName } from '../../case-edit/people.ts';
import { isBlank } from './certification.ts';
import type { StatementTranslation } from './model.ts';

type CertifiedCopy = NonNullable<StatementTranslation['certifiedCopy']>;
const emptyCopy: CertifiedCopy = { certifierName: '', certifierTitle: '' };

export interface CertifiedCopySectionProps {
  readonly draft: Case;
  readonly translation: StatementTranslation;
  readonly setTranslation: (change: (translation: StatementTranslation) => StatementTranslation) => void;
  /** Problems under `statements.N.translation`. */
  readonly errorAt: ErrorAt;
}

/**
 * IRCC files a translation with a certified true copy of the original: who certified the copy
 * (never a family member), their position and the date. Choosing a person of the case fills the
 * name and lets the family rule be checked.
 */
export function CertifiedCopySection({ draft, translation, setTranslation, errorAt }: CertifiedCopySectionProps) {
  const { t } = useTranslation();
  const copy = translation.certifiedCopy ?? emptyCopy;
  const copyError = under(errorAt, 'certifiedCopy');
  const setCopy = (change: (c: CertifiedCopy) => CertifiedCopy) =>
    setTranslation((tr) => {
      const next = change(tr.certifiedCopy ?? emptyCopy);
      return withOptional(tr, 'certifiedCopy', isBlank(next) ? undefined : next);
    });
  const people = [
    { value: '', label: t('statements.certifiedCopy.noPerson') },
    ...draft.people.map((p) => ({ value: p.id, label: personName(p) })),
  ];
  return (
    <fieldset className="group-box">
      <legend>{t('statements.certifiedCopy.legend')}</legend>
      <p className="field-hint">{t('statements.certifiedCopy.hint')}</p>
      <div className="field-row">
        <SelectField
          label={t('statements.certifiedCopy.person')}
          value={copy.certifierId ?? ''}
          options={people}
          onChange={(id) =>
            setCopy((c) => {
              const person = draft.people.find((p) => p.id === id);
              const named = person && c.certifierName.trim() === '' ? { ...c, certifierName: personName(person) } : c;
              return withOptional(named, 'certifierId', id);
            })
          }
          error={copyError('certifierId')}
          size="medium"
        />
        <TextField
          label={t('statements.certifiedCopy.name')}
          value={copy.certifierName}
          onChange={(certifierName) => setCopy((c) => ({ ...c, certifierName }))}
          error={copyError('certifierName')}
          dir="auto"
          size="medium"
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('statements.certifiedCopy.title')}
          hint={t('statements.certifiedCopy.titleHint')}
          value={copy.certifierTitle}
          onChange={(certifierTitle) => setCopy((c) => ({ ...c, certifierTitle }))}
          error={copyError('certifierTitle')}
          size="medium"
        />
        <DateField
          label={t('statements.certifiedCopy.on')}
          value={copy.certifiedOn ?? ''}
          onChange={(value) => setCopy((c) => withOptional(c, 'certifiedOn', value))}
          error={copyError('certifiedOn')}
        />
      </div>
    </fieldset>
  );
}
