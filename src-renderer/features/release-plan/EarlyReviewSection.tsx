import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { CaseUpdate } from './plan.ts';
import { TextAreaField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { localToday } from '../../../src-main/core/model/dates.ts';
import { removeAt, replaceAt, type ErrorAt } from '../../case-edit/fields.ts';
import { DateField } from '../../components/date/DateField.tsx';

type EarlyReview = NonNullable<Case['detention']['earlyReview']>;
const emptyReview: EarlyReview = { newFacts: [], availableDates: [] };
const slots = [0, 1, 2] as const;

export interface EarlyReviewSectionProps {
  readonly draft: Case;
  readonly edit: CaseUpdate;
  /** Problems under `detention.earlyReview`. */
  readonly errorAt: ErrorAt;
}

/** An application for an early review (ID Rules r.9): the new facts it rests on and three dates counsel is available. */
export function EarlyReviewSection({ draft, edit, errorAt }: EarlyReviewSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const datesId = useId();
  const review = draft.detention.earlyReview ?? emptyReview;
  const set = (change: (r: EarlyReview) => EarlyReview) =>
    edit((c) => ({ ...c, detention: { ...c.detention, earlyReview: change(c.detention.earlyReview ?? emptyReview) } }));
  const dates = review.availableDates;
  const today = localToday(new Date());
  const filled = dates.filter((d) => d !== '').length;
  const started = filled > 0 || review.newFacts.length > 0;
  return (
    <section className="card form-section rp-section" aria-labelledby={titleId} data-field="detention.earlyReview">
      <h2 id={titleId}>{t('releasePlan.earlyReview.title')}</h2>
      <p className="field-hint">{t('releasePlan.earlyReview.hint')}</p>
      <RowList
        title={t('releasePlan.earlyReview.newFacts')}
        description={t('releasePlan.earlyReview.newFactsHint')}
        items={review.newFacts}
        rowLabel={(i) => t('releasePlan.earlyReview.factN', { n: i + 1 })}
        addLabel={t('releasePlan.earlyReview.addFact')}
        emptyText={t('releasePlan.earlyReview.noFacts')}
        onAdd={() => set((r) => ({ ...r, newFacts: [...r.newFacts, ''] }))}
        onRemove={(i) => set((r) => ({ ...r, newFacts: removeAt(r.newFacts, i) }))}
        error={errorAt('newFacts')}
        renderRow={(fact, i) => (
          <TextAreaField
            label={t('releasePlan.earlyReview.fact')}
            value={fact}
            onChange={(value) => set((r) => ({ ...r, newFacts: replaceAt(r.newFacts, i, value) }))}
            error={errorAt(`newFacts.${i}`)}
            rows={2}
          />
        )}
      />
      <fieldset className="rp-dates" aria-describedby={datesId}>
        <legend>{t('releasePlan.earlyReview.dates')}</legend>
        <p id={datesId} className="field-hint">
          {t('releasePlan.earlyReview.datesHint')}
        </p>
        <div className="field-row">
          {slots.map((slot) => {
            const value = dates[slot] ?? '';
            const repeated = value !== '' && dates.indexOf(value) !== slot;
            const past = value !== '' && value < today;
            return (
              <DateField
                key={slot}
                label={t('releasePlan.earlyReview.dateN', { n: slot + 1 })}
                value={value}
                onChange={(next) =>
                  set((r) => {
                    const all = slots.map((s) => (s === slot ? next : (r.availableDates[s] ?? '')));
                    return { ...r, availableDates: all.filter((d) => d !== '') };
                  })
                }
                error={errorAt(`availableDates.${slot}`)}
                warning={repeated ? t('releasePlan.earlyReview.repeated') : past ? t('releasePlan.earlyReview.past') : undefined}
              />
            );
          })}
        </div>
        {started && filled < 3 ? (
          <p className="field-warning" data-testid="early-review-dates-warning">
            <span aria-hidden="true">⚠ </span>
            {t('releasePlan.earlyReview.needThree', { count: filled })}
          </p>
        ) : null}
      </fieldset>
    </section>
  );
}
