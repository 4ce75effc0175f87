import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { errorLookup, under } from '../../case-edit/fields.ts';
import { BondspersonsSection } from './BondspersonsSection.tsx';
import { ConditionsSection } from './ConditionsSection.tsx';
import { EarlyReviewSection } from './EarlyReviewSection.tsx';
import { FactorsSection } from './FactorsSection.tsx';
import type { CaseUpdate, PlanUpdate } from './plan.ts';
import { ResidenceSection } from './ResidenceSection.tsx';
import { ServiceSection } from './ServiceSection.tsx';
import { SupervisorSection } from './SupervisorSection.tsx';
import './release-plan.css';

export interface ReleasePlanPanelProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly problems: readonly FieldProblem[];
}

/**
 * Workflow 3, the release plan: bondspersons with the IRPR 47 checks beside each offer, the
 * residence, third-party supervision, the conditions tied to the grounds they answer, the s.248
 * factors, an early-review application and proof of service. Every edit goes to the case editor.
 */
export function ReleasePlanPanel({ editor, draft, problems }: ReleasePlanPanelProps) {
  const { t } = useTranslation();
  const edit: CaseUpdate = (change) => editor.edit(change);
  const updatePlan: PlanUpdate = (change) =>
    editor.edit((c) => ({ ...c, detention: { ...c.detention, releasePlan: change(c.detention.releasePlan) } }));
  const planError = errorLookup(t, problems, 'detention.releasePlan');

  return (
    <form
      className="form-stack release-plan"
      aria-label={t('releasePlan.formLabel')}
      noValidate
      onSubmit={(event) => event.preventDefault()}
      onBlur={() => void editor.flush()}
    >
      <BondspersonsSection draft={draft} edit={edit} problems={problems} />
      <ResidenceSection draft={draft} update={updatePlan} errorAt={under(planError, 'residence')} />
      <SupervisorSection draft={draft} update={updatePlan} errorAt={under(planError, 'supervisor')} />
      <ConditionsSection draft={draft} update={updatePlan} errorAt={under(planError, 'conditions')} />
      <FactorsSection draft={draft} update={updatePlan} errorAt={planError} />
      <EarlyReviewSection draft={draft} edit={edit} errorAt={errorLookup(t, problems, 'detention.earlyReview')} />
      <ServiceSection draft={draft} edit={edit} errorAt={errorLookup(t, problems, 'detention.service')} />
    </form>
  );
}
