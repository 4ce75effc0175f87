import type { CaseKind } from '../../../src-main/core/model/case.ts';

export const allTabs = [
  'client',
  'matter',
  'detention',
  'releasePlan',
  'timeline',
  'statements',
  'exhibits',
  'hc',
  'documents',
  'packets',
] as const;
export type TabId = (typeof allTabs)[number];

const onlyFor: Partial<Record<TabId, CaseKind>> = { detention: 'detention-review', releasePlan: 'detention-review', hc: 'hc' };

/** The workspace tabs a case of this kind shows, in order. */
export function tabsFor(kind: CaseKind): TabId[] {
  return allTabs.filter((tab) => {
    const kindOnly = onlyFor[tab];
    return kindOnly === undefined || kindOnly === kind;
  });
}
