import type { Case } from '../../core/model/case.ts';

/** Where one exhibit sits in the packet being built. */
export interface ExhibitRef {
  readonly tab: string;
  /** The number of its first page (its tab divider's, when the packet has dividers). */
  readonly page: number;
  /** That number as stamped (`APP-000012`) when it differs. */
  readonly label?: string;
  /** The number of its last page. */
  readonly lastPage?: number;
  /** Its own page count, without a divider. */
  readonly pages?: number;
  /** Any packet page number as the packet stamps it ("APP-000021"), for pin cites inside the exhibit. */
  readonly pageLabel?: (n: number) => string;
}

/** Exhibit id → where it sits in the packet being built. */
export type ExhibitRefs = ReadonlyMap<string, ExhibitRef>;

export interface CitedExhibit {
  /** "Tab 4, p. 12" / "onglet 4, p. 12" inside a packet; empty when built on its own. */
  readonly citation: string;
  readonly title: string;
}

export interface ExhibitCiter {
  /** "T4 slips (Tab 4, p. 12)", or the title alone outside a packet; undefined for an unknown id. */
  cite(id: string): string | undefined;
  /** Several exhibits, `separator` ("; ", or with its no-break space in French) between them. */
  citeAll(ids: readonly string[]): string;
  /** Every exhibit cited so far: in packet order inside a packet, else in the order first cited. */
  cited(): CitedExhibit[];
}

/**
 * Cites exhibits as the document's language writes them. `tabLabel` is the template's wording
 * with `{tab}` and `{page}` in it ("Tab {tab}, p. {page}").
 */
export function exhibitCiter(c: Case, refs: ExhibitRefs | undefined, tabLabel: string, separator = '; '): ExhibitCiter {
  const titles = new Map(c.exhibits.map((x) => [x.id, x.title]));
  const order: string[] = [];
  const where = (id: string): string => {
    const ref = refs?.get(id);
    return ref === undefined ? '' : tabLabel.replaceAll('{tab}', ref.tab).replaceAll('{page}', ref.label ?? String(ref.page));
  };
  const cite = (id: string): string | undefined => {
    const title = titles.get(id);
    if (title === undefined) return undefined;
    if (!order.includes(id)) order.push(id);
    const at = where(id);
    return at === '' ? title : `${title} (${at})`;
  };
  return {
    cite,
    citeAll: (ids) =>
      ids
        .map(cite)
        .filter((s): s is string => s !== undefined)
        .join(separator),
    cited: () => {
      const list = order.map((id, first) => ({ id, first, ref: refs?.get(id) }));
      if (refs !== undefined)
        list.sort((a, b) => (a.ref?.page ?? Number.MAX_SAFE_INTEGER) - (b.ref?.page ?? Number.MAX_SAFE_INTEGER) || a.first - b.first);
      return list.map(({ id }) => ({ citation: where(id), title: titles.get(id) ?? '' }));
    },
  };
}
