import type { CodePointRange } from './types.ts';

/** Parses a CSS unicode-range ("U+0000-00FF,U+0131,U+4??"); malformed parts are skipped. */
export function parseUnicodeRange(descriptor: string): CodePointRange[] {
  const ranges: CodePointRange[] = [];
  for (const raw of descriptor.split(',')) {
    const part = raw.trim().toUpperCase().replace(/^U\+/u, '');
    const span = /^([0-9A-F]{1,6})-([0-9A-F]{1,6})$/u.exec(part);
    if (span?.[1] !== undefined && span[2] !== undefined) {
      ranges.push([parseInt(span[1], 16), parseInt(span[2], 16)]);
    } else if (/^[0-9A-F?]{1,6}$/u.test(part)) {
      ranges.push([parseInt(part.replaceAll('?', '0'), 16), parseInt(part.replaceAll('?', 'F'), 16)]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Binary search over sorted ranges. */
export function inRanges(ranges: readonly CodePointRange[], codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid];
    if (range === undefined) return false;
    if (codePoint < range[0]) hi = mid - 1;
    else if (codePoint > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}
