import { useTranslation } from 'react-i18next';
import type { Bondsperson, BondspersonObjection } from '../../../src-main/core/model/case.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import type { OfferUpdate } from './plan.ts';

export interface ObjectionFieldsProps {
  readonly offer: Bondsperson;
  readonly updateOffer: OfferUpdate;
  /** Errors under the bondsperson (`people.N.bondsperson`). */
  readonly errorAt: ErrorAt;
  /** The case is heard in French: the French version of the answer is offered and a missing one flagged. */
  readonly frenchFiling: boolean;
}

const newObjection = (): BondspersonObjection => ({ by: 'minister', basis: '' });

/**
 * The objection to a bondsperson, by the Minister or the member: what it alleges, the provision
 * relied on, its date, and counsel's answer with its French version. A bondsperson the member
 * rejects stays in the case, and the release plan prints this as addressed.
 */
export function ObjectionFields({ offer, updateOffer, errorAt, frenchFiling }: ObjectionFieldsProps) {
  const { t } = useTranslation();
  const objection = offer.objection;
  const errors = under(errorAt, 'objection');
  const set = (change: (o: BondspersonObjection) => BondspersonObjection) =>
    updateOffer((b) => ({ ...b, objection: change(b.objection ?? newObjection()) }));

  if (!objection)
    return (
      <fieldset className="group-box" data-testid="surety-objection">
        <legend>{t('surety.legend')}</legend>
        <p className="hint">{t('surety.none')}</p>
        <button type="button" className="button button-small add-row" onClick={() => set((o) => o)}>
          {t('surety.add')}
        </button>
      </fieldset>
    );

  const answer = objection.answer ?? '';
  const showFrench = frenchFiling || (objection.answerFr ?? '') !== '';
  const frenchMissing = frenchFiling && answer.trim() !== '' && (objection.answerFr ?? '').trim() === '';
  return (
    <fieldset className="group-box" data-testid="surety-objection">
      <legend>{t('surety.legend')}</legend>
      <div className="field-row align-end">
        <SelectField<BondspersonObjection['by']>
          label={t('surety.by')}
          value={objection.by}
          options={(['minister', 'member'] as const).map((by) => ({ value: by, label: t(`surety.byOption.${by}`) }))}
          onChange={(by) => set((o) => ({ ...o, by }))}
          error={errors('by')}
          size="medium"
        />
        <DateField
          label={t('surety.date')}
          value={objection.date ?? ''}
          onChange={(date) => set((o) => withOptional(o, 'date', date))}
          error={errors('date')}
        />
      </div>
      <TextAreaField
        label={t('surety.basis')}
        hint={t('surety.basisHint')}
        value={objection.basis}
        onChange={(basis) => set((o) => ({ ...o, basis }))}
        error={errors('basis')}
        rows={2}
      />
      <TextField
        label={t('surety.citation')}
        hint={t('surety.citationHint')}
        value={objection.citation ?? ''}
        onChange={(citation) => set((o) => withOptional(o, 'citation', citation))}
        error={errors('citation')}
        size="long"
      />
      <TextAreaField
        label={t('surety.answer')}
        hint={t('surety.answerHint')}
        value={answer}
        onChange={(value) => set((o) => withOptional(o, 'answer', value))}
        error={errors('answer')}
      />
      {showFrench ? (
        <TextAreaField
          label={t('surety.answerFr')}
          hint={
            <>
              {t('surety.answerFrHint')}
              {frenchMissing ? (
                <span className="field-warning" data-testid="surety-answer-fr-missing">
                  <span aria-hidden="true"> ⚠ </span>
                  {t('surety.answerFrMissing')}
                </span>
              ) : null}
            </>
          }
          value={objection.answerFr ?? ''}
          onChange={(value) => set((o) => withOptional(o, 'answerFr', value))}
          error={errors('answerFr')}
        />
      ) : null}
      <button
        type="button"
        className="button button-small button-danger-quiet"
        onClick={() =>
          updateOffer((b) => {
            const rest = { ...b };
            delete rest.objection;
            return rest;
          })
        }
      >
        {t('surety.remove')}
      </button>
    </fieldset>
  );
}
