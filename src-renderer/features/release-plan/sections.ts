import type { Case } from '../../../src-main/core/model/case.ts';
import type { FieldProblem } from '../../api/validation.ts';

/** The parts of the release plan, in the order the tab shows them; each has its heading's string. */
export const planSections = [
  { id: 'bondspersons', titleKey: 'releasePlan.bondspersons' },
  { id: 'residence', titleKey: 'releasePlan.residence.title' },
  { id: 'supervisor', titleKey: 'releasePlan.supervisor.title' },
  { id: 'conditions', titleKey: 'releasePlan.conditions.title' },
  { id: 'factors', titleKey: 'releasePlan.factors.title' },
  { id: 'earlyReview', titleKey: 'releasePlan.earlyReview.title' },
  { id: 'service', titleKey: 'releasePlan.service.title' },
] as const;

export type PlanSectionId = (typeof planSections)[number]['id'];

const planParts: Readonly<Record<string, PlanSectionId>> = {
  residence: 'residence',
  supervisor: 'supervisor',
  conditions: 'conditions',
};

/** The section a problem shows in, or null when it belongs to another tab. */
export function sectionOfProblem(path: string, draft: Case): PlanSectionId | null {
  const [head, second, third] = path.split('.');
  if (head === 'people') {
    const person = draft.people[Number(second)];
    return person?.roles.includes('bondsperson') === true ? 'bondspersons' : null;
  }
  if (head !== 'detention') return null;
  if (second === 'earlyReview') return 'earlyReview';
  if (second === 'service') return 'service';
  if (second !== 'releasePlan') return null;
  // The rest of the plan (ground responses, factors, context) is the factors section's.
  return planParts[third ?? ''] ?? 'factors';
}

/** How many problems each section shows. */
export function problemCounts(problems: readonly FieldProblem[], draft: Case): Record<PlanSectionId, number> {
  const counts = Object.fromEntries(planSections.map((section) => [section.id, 0])) as Record<PlanSectionId, number>;
  for (const problem of problems) {
    const section = sectionOfProblem(problem.path, draft);
    if (section !== null) counts[section] += 1;
  }
  return counts;
}
