import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { errorLookup, under } from '../../case-edit/fields.ts';
import { useFocusAfterRender } from '../../case-edit/focus.ts';
import { BondspersonsSection } from './BondspersonsSection.tsx';
import { ConditionsSection } from './ConditionsSection.tsx';
import { EarlyReviewSection } from './EarlyReviewSection.tsx';
import { FactorsSection } from './FactorsSection.tsx';
import type { CaseUpdate, PlanUpdate } from './plan.ts';
import { PlanNav } from './PlanNav.tsx';
import { PlanSlot } from './PlanSlot.tsx';
import { ResidenceSection } from './ResidenceSection.tsx';
import { planSections, problemCounts, type PlanSectionId } from './sections.ts';
import { ServiceSection } from './ServiceSection.tsx';
import { SupervisorSection } from './SupervisorSection.tsx';
import { SuretyWarnings } from './SuretyWarnings.tsx';
import './release-plan.css';

export interface ReleasePlanPanelProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly problems: readonly FieldProblem[];
}

/** Sections hidden per case, kept while the app runs so a tab change does not reopen them. */
const hiddenByCase = new Map<string, ReadonlySet<PlanSectionId>>();

const anchorOf = (id: PlanSectionId): string => `rp-${id}`;

/**
 * Workflow 3, the release plan: bondspersons with the IRPR 47 checks beside each offer, the
 * residence, third-party supervision, the conditions tied to the grounds they answer, the s.248
 * factors, an early-review application and proof of service. Every edit goes to the case editor.
 * A table of contents beside the form jumps to each section and counts its problems; any section
 * can be hidden to keep the page short.
 */
export function ReleasePlanPanel({ editor, draft, problems }: ReleasePlanPanelProps) {
  const { t } = useTranslation();
  const focusAfterRender = useFocusAfterRender();
  const [hidden, setHiddenState] = useState<ReadonlySet<PlanSectionId>>(() => hiddenByCase.get(draft.id) ?? new Set());
  const setHidden = (next: ReadonlySet<PlanSectionId>) => {
    hiddenByCase.set(draft.id, next);
    setHiddenState(next);
  };
  const edit: CaseUpdate = (change) => editor.edit(change);
  const updatePlan: PlanUpdate = (change) =>
    editor.edit((c) => ({ ...c, detention: { ...c.detention, releasePlan: change(c.detention.releasePlan) } }));
  const planError = errorLookup(t, problems, 'detention.releasePlan');
  const counts = problemCounts(problems, draft);

  const toggle = (id: PlanSectionId) => {
    const next = new Set(hidden);
    if (!next.delete(id)) next.add(id);
    setHidden(next);
  };
  const headingOf = (id: PlanSectionId): HTMLElement | null => {
    const heading = document.getElementById(anchorOf(id))?.querySelector<HTMLElement>('h2') ?? null;
    if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading?.scrollIntoView({ block: 'start' });
    return heading;
  };
  // Following a link opens its section if hidden, then moves focus to the section's heading.
  const go = (id: PlanSectionId) => {
    if (!hidden.has(id)) {
      headingOf(id)?.focus();
      return;
    }
    toggle(id);
    focusAfterRender(() => headingOf(id));
  };

  const body: Record<PlanSectionId, ReactNode> = {
    bondspersons: <BondspersonsSection draft={draft} edit={edit} problems={problems} />,
    residence: <ResidenceSection draft={draft} update={updatePlan} errorAt={under(planError, 'residence')} />,
    supervisor: <SupervisorSection draft={draft} update={updatePlan} errorAt={under(planError, 'supervisor')} />,
    conditions: <ConditionsSection draft={draft} update={updatePlan} errorAt={under(planError, 'conditions')} />,
    factors: <FactorsSection draft={draft} update={updatePlan} errorAt={planError} />,
    earlyReview: <EarlyReviewSection draft={draft} edit={edit} errorAt={errorLookup(t, problems, 'detention.earlyReview')} />,
    service: <ServiceSection draft={draft} edit={edit} errorAt={errorLookup(t, problems, 'detention.service')} />,
  };

  return (
    <div className="rp-layout">
      <PlanNav
        counts={counts}
        hidden={hidden}
        anchorOf={anchorOf}
        onGo={go}
        onShowAll={(shown) => setHidden(shown ? new Set() : new Set(planSections.map((s) => s.id)))}
      />
      <form
        className="form-stack release-plan"
        aria-label={t('releasePlan.formLabel')}
        noValidate
        onSubmit={(event) => event.preventDefault()}
        onBlur={() => void editor.flush()}
      >
        <SuretyWarnings draft={draft} />
        {planSections.map(({ id, titleKey }) => (
          <PlanSlot
            key={id}
            anchor={anchorOf(id)}
            title={t(titleKey)}
            problems={counts[id]}
            hidden={hidden.has(id)}
            onToggle={() => toggle(id)}
          >
            {body[id]}
          </PlanSlot>
        ))}
      </form>
    </div>
  );
}
