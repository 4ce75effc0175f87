/** Page ranges of a pin cite such as "3", "3-5" or "2, 7-9" (validated by the case schema); null when it does not read. */
export function pinRanges(pin: string): { from: number; to: number }[] | null {
  const ranges: { from: number; to: number }[] = [];
  for (const part of pin.split(',')) {
    const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$/u.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from) return null;
    ranges.push({ from, to });
  }
  return ranges;
}

/** The highest page a pin cite names, or null when it does not read. */
export function highestPage(pin: string): number | null {
  const ranges = pinRanges(pin);
  return ranges === null ? null : Math.max(...ranges.map((r) => r.to));
}

/**
 * A pin cite inside an exhibit turned into packet page numbers, from where the exhibit sits in a
 * built packet (`firstPage`–`lastPage`, numbered pages) and its own page count: pages the packet
 * added before the exhibit (a tab divider) are skipped. Null when a page falls outside the tab.
 */
export function packetPinCite(pin: string, placed: { firstPage: number; lastPage: number; pages: number }): string | null {
  const ranges = pinRanges(pin);
  if (ranges === null || placed.pages < 1) return null;
  const lead = placed.lastPage - placed.firstPage + 1 - placed.pages;
  const shift = placed.firstPage + Math.max(0, lead) - 1;
  if (ranges.some((r) => r.to > placed.pages)) return null;
  return ranges.map((r) => (r.from === r.to ? String(r.from + shift) : `${r.from + shift}-${r.to + shift}`)).join(', ');
}
