import { numberLabel, type LabelStyle } from './labels.ts';

/**
 * The packet plan: where every page goes and what number it carries. Pure (no I/O, no PDF
 * library), so the properties that matter to a tribunal — continuous numbers, every tab once,
 * the list of documents pointing at the right pages — are tested on thousands of random packets.
 */

export type LabelPosition = 'bottom-right' | 'bottom-center' | 'top-right';
export const LABEL_POSITIONS = ['bottom-right', 'bottom-center', 'top-right'] as const;

export interface PacketOptions {
  readonly labelStyle: LabelStyle;
  readonly position: LabelPosition;
  /** The printed number of the first numbered page. */
  readonly startNumber: number;
  /** Whether volume covers carry page numbers (they always take part in the page order). */
  readonly numberCover: boolean;
  /** Whether the list of documents carries page numbers. */
  readonly numberList: boolean;
  /** "Tab 12" in the top corner of each tab's first page. */
  readonly tabStamps: boolean;
  /** A "Tab 12" divider page before each tab. */
  readonly dividers: boolean;
}

export const DEFAULT_PACKET_OPTIONS: PacketOptions = {
  labelStyle: { kind: 'page-of' },
  position: 'bottom-right',
  startNumber: 1,
  numberCover: false,
  numberList: true,
  tabStamps: true,
  dividers: false,
};

/** A document that occupies pages: generated (cover letter, submissions) or imported (an exhibit). */
export interface PlanDocument {
  /** Stable key of the PDF source (exhibit id or generated document id). */
  readonly key: string;
  readonly kind: 'generated' | 'exhibit';
  readonly title: string;
  readonly date?: string;
  readonly author?: string;
  readonly pages: number;
  /** Size of its PDF, to split volumes under a byte cap. */
  readonly bytes: number;
}

/** One tab: the main document, then its sub-tabs (translation, translator's declaration). */
export interface PlanTab {
  readonly main: PlanDocument;
  readonly subs: readonly PlanDocument[];
}

export interface PlanInput {
  /**
   * Documents before the list of documents in volume 1 (the cover letter): numbered and listed
   * like the tabs, but without a tab number.
   */
  readonly front?: readonly PlanDocument[];
  readonly tabs: readonly PlanTab[];
  readonly options: PacketOptions;
  /** Pages of the list of documents (it opens volume 1, after the cover). */
  readonly listPages: number;
  /** Index of the first tab of each volume after the first; empty for one volume. */
  readonly volumeBreaks: readonly number[];
  /** Cover pages of each volume; all zero when there are no covers. */
  readonly coverPages: readonly number[];
}

export type PartRole = 'cover' | 'list' | 'divider' | 'document';

/** A run of pages in a volume, in order. */
export interface PlannedPart {
  readonly role: PartRole;
  /** For a divider or document: the tab number, e.g. "12" or "12a". */
  readonly tab?: string;
  readonly key?: string;
  /** 0-based index of the part's first page inside its volume. */
  readonly startIndex: number;
  readonly pages: number;
  /** Printed number of the first page, or undefined when the part is not numbered. */
  readonly firstNumber: number | undefined;
}

export interface PlannedVolume {
  readonly volume: number;
  readonly parts: readonly PlannedPart[];
  readonly pageCount: number;
  /** Printed number of every page, in order; undefined for unnumbered pages. */
  readonly numbers: readonly (number | undefined)[];
}

/** A line of the list of documents (and of a volume cover). */
export interface PlannedEntry {
  readonly tab: string;
  readonly depth: 0 | 1;
  readonly key: string;
  readonly kind: 'generated' | 'exhibit';
  readonly title: string;
  readonly date?: string;
  readonly author?: string;
  readonly volume: number;
  /** 0-based index in its volume of the page a link should open (the divider when there is one). */
  readonly targetIndex: number;
  readonly firstNumber: number;
  readonly lastNumber: number;
  readonly firstLabel: string;
  readonly lastLabel: string;
}

export interface PacketPlan {
  readonly volumes: readonly PlannedVolume[];
  readonly entries: readonly PlannedEntry[];
  /** The last printed number in the whole packet ("of N"). */
  readonly lastNumber: number;
}

export const subTabLetter = (i: number): string => String.fromCharCode(97 + (i % 26)).repeat(Math.floor(i / 26) + 1);

export function planPacket(input: PlanInput): PacketPlan {
  const { options } = input;
  const volumeCount = input.volumeBreaks.length + 1;
  const breaks = new Set(input.volumeBreaks);
  let next = options.startNumber;
  const volumes: { parts: PlannedPart[]; numbers: (number | undefined)[] }[] = [];
  const entries: PlannedEntry[] = [];
  let current: { parts: PlannedPart[]; numbers: (number | undefined)[] } | undefined;

  const add = (role: PartRole, pages: number, numbered: boolean, extra: { tab?: string; key?: string } = {}): PlannedPart => {
    if (!current) throw new Error('no volume');
    const part: PlannedPart = {
      role,
      ...extra,
      startIndex: current.numbers.length,
      pages,
      firstNumber: numbered && pages > 0 ? next : undefined,
    };
    for (let i = 0; i < pages; i += 1) current.numbers.push(numbered ? next++ : undefined);
    if (pages > 0) current.parts.push(part);
    return part;
  };
  const openVolume = (): void => {
    current = { parts: [], numbers: [] };
    volumes.push(current);
    add('cover', input.coverPages[volumes.length - 1] ?? 0, options.numberCover);
  };

  const listEntry = (doc: PlanDocument, tab: string, depth: 0 | 1, first: PlannedPart): void => {
    const firstNumber = first.firstNumber ?? next;
    const lastNumber = next - 1;
    entries.push({
      tab,
      depth,
      key: doc.key,
      kind: doc.kind,
      title: doc.title,
      ...(doc.date === undefined ? {} : { date: doc.date }),
      ...(doc.author === undefined ? {} : { author: doc.author }),
      volume: volumes.length,
      targetIndex: first.startIndex,
      firstNumber,
      lastNumber,
      firstLabel: numberLabel(options.labelStyle, firstNumber),
      lastLabel: numberLabel(options.labelStyle, lastNumber),
    });
  };

  openVolume();
  for (const doc of input.front ?? []) listEntry(doc, '', 0, add('document', doc.pages, true, { key: doc.key }));
  add('list', input.listPages, options.numberList);
  input.tabs.forEach((tab, t) => {
    if (breaks.has(t)) openVolume();
    const number = String(t + 1);
    const divider = options.dividers ? add('divider', 1, true, { tab: number }) : undefined;
    const docs = [tab.main, ...tab.subs];
    docs.forEach((doc, d) => {
      const label = d === 0 ? number : `${number}${subTabLetter(d - 1)}`;
      const part = add('document', doc.pages, true, { tab: label, key: doc.key });
      listEntry(doc, label, d === 0 ? 0 : 1, d === 0 && divider ? divider : part);
    });
  });
  while (volumes.length < volumeCount) openVolume();
  return {
    volumes: volumes.map((v, i) => ({ volume: i + 1, parts: v.parts, pageCount: v.numbers.length, numbers: v.numbers })),
    entries,
    lastNumber: next - 1,
  };
}
