import type { PartialDate } from '../../core/model/partial-date.ts';
import { gregorianRange } from '../../core/model/partial-date.ts';
import { parseIsoDate } from '../../core/model/dates.ts';

export type DocLang = 'en' | 'fr';

/** "March 16, 2026" / "16 mars 2026" from a YYYY-MM-DD string; the input itself when it is not one. */
export function formatLongDate(iso: string, lang: DocLang): string {
  const parsed = parseIsoDate(iso);
  if (parsed === null) return iso;
  const utc = Date.UTC(parsed.year, parsed.month - 1, parsed.day);
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}

/** The Gregorian bounds of a partial date: the stored ones, else computed from its calendar. */
export function partialRange(value: PartialDate): { earliest: string; latest: string } | undefined {
  const computed = gregorianRange(value);
  const earliest = value.earliest ?? computed?.earliest;
  const latest = value.latest ?? computed?.latest ?? earliest;
  return earliest !== undefined && latest !== undefined ? { earliest, latest } : undefined;
}

/**
 * A date as the source wrote it, with its Gregorian range in brackets unless the writing already
 * is that one ISO day: "12 ส.ค. 2531 (1988-08-12)", "winter 2025 (2025-01-01 – 2025-03-20)".
 */
export function partialDateText(value: PartialDate, qualifierWords: Readonly<Record<string, string>> = {}): string {
  const range = partialRange(value);
  const rangeText = range ? (range.earliest === range.latest ? range.earliest : `${range.earliest} – ${range.latest}`) : '';
  const written = value.original.trim() || rangeText;
  const qualifier = value.qualifier === 'exact' ? '' : (qualifierWords[value.qualifier] ?? '');
  const shown = qualifier === '' ? written : `${qualifier} ${written}`;
  return rangeText === '' || rangeText === written ? shown : `${shown} (${rangeText})`;
}

/** Sort key: earliest possible day, then latest, so "2020" sorts before "2020-06-01". */
export function partialSortKey(value: PartialDate): string {
  const range = partialRange(value);
  return range ? `${range.earliest}|${range.latest}` : '9999-12-31|';
}

/** "Monday, March 16, 2026" / "lundi 16 mars 2026" from a YYYY-MM-DD string. */
export function formatWeekdayDate(iso: string, lang: DocLang): string {
  const parsed = parseIsoDate(iso);
  if (parsed === null) return iso;
  const utc = Date.UTC(parsed.year, parsed.month - 1, parsed.day);
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utc);
}
