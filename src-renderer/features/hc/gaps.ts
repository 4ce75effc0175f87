import type { HcEvidenceMap, HcGap } from '../../../src-main/core/hc/evidence.ts';
import type { Message } from './bars.ts';

/** The catalogue key of a gap: `hc.gaps.<code without its "hc." prefix>`. */
export function gapKey(code: HcGap['code']): string {
  return `hc.gaps.${code.replace(/^hc\./u, '')}`;
}

/**
 * What a gap says: its own wording, except a letter's translation refused or questioned by IRCC's
 * rules, which says which rule when the catalogue has that rule's wording (`validation.translation.<check>`).
 */
export function gapMessage(gap: HcGap): Message & { readonly fallbackKey?: string } {
  if (gap.code === 'hc.letterTranslation' && gap.check !== undefined)
    return { key: `validation.translation.${gap.check}`, values: {}, fallbackKey: gapKey(gap.code) };
  return { key: gapKey(gap.code), values: {} };
}

/** Errors first (the packet must not be filed as is), then warnings, each group in the order found. */
export function sortedGaps(gaps: readonly HcGap[]): HcGap[] {
  return [...gaps.filter((g) => g.severity === 'error'), ...gaps.filter((g) => g.severity === 'warning')];
}

/** The exhibits the checks flag as proving nothing, by id. */
export function unlinkedExhibitIds(map: Pick<HcEvidenceMap, 'gaps'>): Set<string> {
  return new Set(map.gaps.flatMap((g) => (g.code === 'hc.exhibitUnlinked' && g.exhibitId !== undefined ? [g.exhibitId] : [])));
}
