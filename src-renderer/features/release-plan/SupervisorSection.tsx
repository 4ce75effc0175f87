import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, ReleasePlan } from '../../../src-main/core/model/case.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { FrenchVersionField } from './FrenchVersionField.tsx';
import { ExhibitSelect } from '../../components/ExhibitPicker.tsx';
import { useFocusAfterRender } from '../../case-edit/focus.ts';
import { DateField } from '../../components/date/DateField.tsx';
import type { PlanUpdate } from './plan.ts';
import suggestions from './supervisor-organisations.json';

type Supervisor = NonNullable<ReleasePlan['supervisor']>;

export interface SupervisorSectionProps {
  readonly draft: Case;
  readonly update: PlanUpdate;
  /** Problems under `detention.releasePlan.supervisor`. */
  readonly errorAt: ErrorAt;
}

/** A third-party supervisor (Toronto Bail Program or another CCMS provider), beside or instead of a bondsperson. */
export function SupervisorSection({ draft, update, errorAt }: SupervisorSectionProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const listId = useId();
  const organisationId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const supervisor = draft.detention.releasePlan.supervisor;
  const set = (change: (s: Supervisor) => Supervisor) =>
    update((plan) => (plan.supervisor ? { ...plan, supervisor: change(plan.supervisor) } : plan));
  const french = i18n.language.startsWith('fr');
  return (
    <section className="card form-section rp-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('releasePlan.supervisor.title')}</h2>
      <p className="field-hint">{t('releasePlan.supervisor.hint')}</p>
      {supervisor ? (
        <>
          <datalist id={listId}>
            {suggestions.organisations.map((o) => (
              <option key={o.en} value={french ? o.fr : o.en} />
            ))}
          </datalist>
          <div className="field-row">
            <TextField
              id={organisationId}
              label={t('releasePlan.supervisor.organisation')}
              hint={t('releasePlan.supervisor.organisationHint')}
              value={supervisor.organisation}
              onChange={(organisation) => set((s) => ({ ...s, organisation }))}
              error={errorAt('organisation')}
              list={listId}
              size="long"
            />
            <DateField
              label={t('releasePlan.supervisor.intakeDate')}
              value={supervisor.intakeDate ?? ''}
              onChange={(date) => set((s) => withOptional(s, 'intakeDate', date))}
              error={errorAt('intakeDate')}
            />
          </div>
          <div className="field-row">
            <ExhibitSelect
              label={t('releasePlan.supervisor.acceptance')}
              exhibits={draft.exhibits}
              value={supervisor.acceptanceExhibitId}
              onChange={(id) => set((s) => withOptional(s, 'acceptanceExhibitId', id))}
              error={errorAt('acceptanceExhibitId')}
            />
            <TextField
              label={t('releasePlan.supervisor.reportingSchedule')}
              value={supervisor.reportingSchedule}
              onChange={(reportingSchedule) => set((s) => ({ ...s, reportingSchedule }))}
              error={errorAt('reportingSchedule')}
              size="medium"
            />
          </div>
          <FrenchVersionField
            draft={draft}
            field="reportingSchedule"
            typed={supervisor.reportingSchedule}
            value={supervisor.reportingScheduleFr}
            onChange={(french) => set((s) => withOptional(s, 'reportingScheduleFr', french))}
            error={errorAt('reportingScheduleFr')}
          />
          <TextAreaField
            label={t('releasePlan.supervisor.notes')}
            value={supervisor.notes}
            onChange={(notes) => set((s) => ({ ...s, notes }))}
            error={errorAt('notes')}
          />
          <FrenchVersionField
            draft={draft}
            field="notes"
            typed={supervisor.notes}
            value={supervisor.notesFr}
            onChange={(french) => set((s) => withOptional(s, 'notesFr', french))}
            error={errorAt('notesFr')}
            multiline
          />
          <div className="actions start">
            <button
              type="button"
              className="button button-small button-danger-quiet"
              onClick={() => {
                update((plan) => {
                  const { supervisor: removed, ...rest } = plan;
                  void removed;
                  return rest;
                });
                focusAfterRender(() => addButton.current);
              }}
            >
              {t('releasePlan.supervisor.remove')}
            </button>
          </div>
        </>
      ) : (
        <button
          ref={addButton}
          type="button"
          className="button add-row"
          onClick={() => {
            update((plan) => ({ ...plan, supervisor: { organisation: '', reportingSchedule: '', notes: '' } }));
            focusAfterRender(() => document.getElementById(organisationId));
          }}
        >
          <span aria-hidden="true">+ </span>
          {t('releasePlan.supervisor.add')}
        </button>
      )}
    </section>
  );
}
