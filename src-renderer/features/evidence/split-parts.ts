/** One exhibit being cut from a disclosure in the split view (pages are 1-based, inclusive). */
export interface DraftPart {
  readonly first: number;
  readonly last: number;
  readonly title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or '' for none. */
  readonly date: string;
}

/** What is wrong with one part's field: an i18n key under `evidence.` and its values. */
export interface PartProblem {
  readonly part: number;
  readonly field: 'title' | 'date' | 'first' | 'last';
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** The whole file as one part, titled after the file. */
export function wholeFile(pages: number, title: string): DraftPart[] {
  return [{ first: 1, last: Math.max(1, pages), title, date: '' }];
}

/**
 * Clicking page `page` starts a new exhibit there: the part holding it is cut before it (the new
 * part takes no title yet). Clicking the first page of a part (other than the very first)
 * joins it back to the part before. A page outside every part starts a one-page part.
 */
export function toggleCutAt(parts: readonly DraftPart[], page: number): DraftPart[] {
  const index = parts.findIndex((p) => p.first <= page && page <= p.last);
  if (index < 0) {
    const added: DraftPart = { first: page, last: page, title: '', date: '' };
    return [...parts, added].toSorted((a, b) => a.first - b.first);
  }
  const part = parts[index];
  if (!part) return [...parts];
  if (part.first === page) {
    const before = parts[index - 1];
    if (index === 0 || !before || before.last !== page - 1) return [...parts];
    return [...parts.slice(0, index - 1), { ...before, last: part.last }, ...parts.slice(index + 1)];
  }
  return [
    ...parts.slice(0, index),
    { ...part, last: page - 1 },
    { first: page, last: part.last, title: '', date: '' },
    ...parts.slice(index + 1),
  ];
}

/** The page numbers that start a part: the thumbnails shown as cut points. */
export function cutStarts(parts: readonly DraftPart[]): ReadonlySet<number> {
  return new Set(parts.map((p) => p.first));
}

/**
 * Reads typed ranges ("1-3, 4-10, 11") into parts, keeping the titles and dates already given
 * to the parts in the same order. Returns null when the text is not a list of ranges.
 */
export function partsFromTyped(text: string, previous: readonly DraftPart[]): DraftPart[] | null {
  const pieces = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (pieces.length === 0) return null;
  const parts: DraftPart[] = [];
  for (const [i, piece] of pieces.entries()) {
    const match = /^(\d{1,6})(?:\s*[-–]\s*(\d{1,6}))?$/u.exec(piece);
    if (!match) return null;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    parts.push({ first, last, title: previous[i]?.title ?? '', date: previous[i]?.date ?? '' });
  }
  return parts;
}

/** The parts written back as ranges, for the typed field. */
export function rangesText(parts: readonly DraftPart[]): string {
  return parts.map((p) => (p.first === p.last ? String(p.first) : `${p.first}-${p.last}`)).join(', ');
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

function dateIsValid(date: string): boolean {
  const match = DATE.exec(date);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return false;
  const days = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

/** Every problem in the parts, each on its field: nothing is sent until there are none. */
export function partProblems(parts: readonly DraftPart[], pages: number): PartProblem[] {
  const problems: PartProblem[] = [];
  parts.forEach((p, part) => {
    if (p.title.trim() === '') problems.push({ part, field: 'title', key: 'splitTitleMissing' });
    else if (p.title.trim().length > 500) problems.push({ part, field: 'title', key: 'splitTitleLong' });
    if (p.date.trim() !== '' && !dateIsValid(p.date.trim())) problems.push({ part, field: 'date', key: 'splitDateInvalid' });
    if (!Number.isInteger(p.first) || p.first < 1 || p.first > pages)
      problems.push({ part, field: 'first', key: 'splitPageOutside', values: { pages } });
    if (!Number.isInteger(p.last) || p.last < 1 || p.last > pages)
      problems.push({ part, field: 'last', key: 'splitPageOutside', values: { pages } });
    else if (p.last < p.first) problems.push({ part, field: 'last', key: 'splitBackwards' });
    const before = parts[part - 1];
    if (before && p.first <= before.last) problems.push({ part, field: 'first', key: 'splitOverlap', values: { page: before.last } });
  });
  return problems;
}

/** The parts as the split channel takes them. */
export function partsToSend(parts: readonly DraftPart[]): { first: number; last: number; title: string; date?: string }[] {
  return parts.map((p) => ({
    first: p.first,
    last: p.last,
    title: p.title.trim(),
    ...(p.date.trim() === '' ? {} : { date: p.date.trim() }),
  }));
}
