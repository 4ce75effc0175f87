import type { PartialDate } from '../../core/model/partial-date.ts';
import { gregorianRange } from '../../core/model/partial-date.ts';
import { parseIsoDate } from '../../core/model/dates.ts';
import { formatIsoDateWords, longDateWords } from '../../core/text/date-words.ts';

export type DocLang = 'en' | 'fr';

const locale = (lang: DocLang): string => (lang === 'fr' ? 'fr-CA' : 'en-CA');

/** "March 16, 2026" / "16 mars 2026", "1er avril 2026" from a YYYY-MM-DD string; the input itself when it is not one. */
export function formatLongDate(iso: string, lang: DocLang): string {
  return longDateWords(iso, locale(lang));
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

const QUALIFIER: Readonly<Record<DocLang, Partial<Record<PartialDate['qualifier'], string>>>> = {
  en: { circa: 'c.', before: 'before', after: 'after' },
  fr: { circa: 'vers', before: 'avant', after: 'après' },
};

function monthYear(iso: string, lang: DocLang): string {
  return formatIsoDateWords(iso, locale(lang), { year: 'numeric', month: 'long' });
}

const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A date the document states as a fact (a date of birth, "known since"): in the document's
 * language and the Gregorian calendar, whatever calendar and script it was entered in. "12 ส.ค.
 * 2531" prints "August 12, 1988" in English and "12 août 1988" in French; a whole month or year
 * prints as one ("August 1988", "1988"). Only a date with no Gregorian value is left as written.
 * A date quoted from a source (a statement's own date, a chronology row) keeps partialDateText.
 */
export function factDateText(value: PartialDate, lang: DocLang): string {
  const range = partialRange(value);
  if (range === undefined) return value.original.trim();
  const from = parseIsoDate(range.earliest);
  const to = parseIsoDate(range.latest);
  let text: string;
  if (range.earliest === range.latest) text = formatLongDate(range.earliest, lang);
  else if (
    from !== null &&
    to !== null &&
    from.day === 1 &&
    to.year === from.year &&
    to.month === from.month &&
    to.day === lastDayOfMonth(to.year, to.month)
  )
    text = monthYear(range.earliest, lang);
  else if (from !== null && to !== null && from.year === to.year && from.month === 1 && from.day === 1 && to.month === 12 && to.day === 31)
    text = String(from.year);
  else text = `${formatLongDate(range.earliest, lang)} – ${formatLongDate(range.latest, lang)}`;
  const qualifier = QUALIFIER[lang][value.qualifier];
  return qualifier === undefined ? text : `${qualifier} ${text}`;
}

/** Sort key: earliest possible day, then latest, so "2020" sorts before "2020-06-01". */
export function partialSortKey(value: PartialDate): string {
  const range = partialRange(value);
  return range ? `${range.earliest}|${range.latest}` : '9999-12-31|';
}

/** "Monday, March 16, 2026" / "lundi 16 mars 2026", "mercredi 1er avril 2026" from a YYYY-MM-DD string. */
export function formatWeekdayDate(iso: string, lang: DocLang): string {
  return formatIsoDateWords(iso, locale(lang), { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
}
