import type { CaseKind } from '../../../src-main/core/model/case.ts';
import { anchorCandidates } from '../hc/paths.ts';
import { tabsFor, type TabId } from '../workspace/tabs.ts';

/**
 * Where the field a document problem names is filled in: the workspace tab that shows it, this
 * tab's own target picker, or nowhere in the case (the counsel profile lives in Settings).
 */
export type FieldPlace = { readonly tab: TabId } | { readonly target: true } | null;

/** Path prefixes and the tab that shows them; the first match wins, so longer prefixes come first. */
const places: readonly (readonly [RegExp, TabId])[] = [
  [/^client(\.|$)/u, 'client'],
  [/^detention\.(episodes|hearings|seizedItems|deadlineSettings|applications)(\.|$)/u, 'detention'],
  [/^detention\.(earlyReview|service|releasePlan)(\.|$)/u, 'releasePlan'],
  [/^people\.[^.]+\.translator(\.|$)/u, 'statements'],
  [/^people(\.|$)/u, 'releasePlan'],
  [/^(statements|documentTranslations)(\.|$)/u, 'statements'],
  [/^hc(\.|$)/u, 'hc'],
  [/^exhibits(\.|$)/u, 'exhibits'],
  [/^timeline(\.|$)/u, 'timeline'],
];

const targetFields = new Set(['statementId', 'personId', 'hearingId', 'serviceId']);

export function fieldPlace(path: string, caseKind: CaseKind): FieldPlace {
  if (targetFields.has(path)) return { target: true };
  const tab = places.find(([pattern]) => pattern.test(path))?.[1];
  return tab !== undefined && tabsFor(caseKind).includes(tab) ? { tab } : null;
}

/**
 * The selectors to try, nearest first, for the element that shows the field at `path` on its tab:
 * the H&C tab's anchors, then sections marked `data-field` with the path or what holds it.
 */
export function fieldSelectors(path: string): string[] {
  const parts = path.split('.');
  const marked: string[] = [];
  for (let n = parts.length; n >= 1; n -= 1) marked.push(`[data-field="${parts.slice(0, n).join('.').replace(/["\\]/gu, '')}"]`);
  return [...anchorCandidates(path).map((id) => `#${id}`), ...marked];
}
