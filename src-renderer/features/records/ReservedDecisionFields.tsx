import { useTranslation } from 'react-i18next';
import type { Hearing, ReservedDecision } from '../../../src-main/core/model/case.ts';
import { CheckboxField } from '../../components/Field.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';

export interface ReservedDecisionFieldsProps {
  readonly review: Hearing;
  readonly onChange: (review: Hearing) => void;
  /** Problems under the review (`detention.hearings.N`). */
  readonly errorAt: ErrorAt;
}

/** A decision the member reserved at this sitting: the day it was reserved and the day it arrived. */
export function ReservedDecisionFields({ review, onChange, errorAt }: ReservedDecisionFieldsProps) {
  const { t } = useTranslation();
  const reserved = review.reserved;
  const errors = under(errorAt, 'reserved');
  const set = (next: ReservedDecision) => onChange({ ...review, reserved: next });
  return (
    <fieldset className="group-box" data-testid="reserved-decision">
      <legend>{t('records.reserved.legend')}</legend>
      <CheckboxField
        label={t('records.reserved.checkbox')}
        checked={reserved !== undefined}
        onChange={(checked) => onChange(withOptional(review, 'reserved', checked ? {} : undefined))}
      />
      {reserved ? (
        <>
          <p className="hint">{t('records.reserved.hint')}</p>
          <div className="field-row align-end">
            <DateField
              label={t('records.reserved.reservedOn')}
              value={reserved.reservedOn ?? ''}
              onChange={(day) => set(withOptional(reserved, 'reservedOn', day))}
              error={errors('reservedOn')}
            />
            <DateField
              label={t('records.reserved.receivedOn')}
              value={reserved.receivedOn ?? ''}
              onChange={(day) => set(withOptional(reserved, 'receivedOn', day))}
              error={errors('receivedOn')}
            />
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
