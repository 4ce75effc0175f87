import { parseIsoDate } from '../model/dates.ts';

/** True for a French locale tag: "fr", "fr-CA", "fr-FR". */
const isFrench = (locale: string): boolean => /^fr(?:-|$)/iu.test(locale);

/**
 * A date written out in words, the one formatter the documents and the UI share: ICU's words,
 * with the French ordinal on the first of the month ("1er avril 2026", "mercredi 1er avril 2026",
 * "1er avr."), which ICU does not give. A French date whose month is a number ("01/04/2026") keeps
 * ICU's digits, as French writes it; English is ICU's own ("April 1, 2026").
 */
export function formatDateWords(ms: number, locale: string, options: Intl.DateTimeFormatOptions): string {
  const parts = new Intl.DateTimeFormat(locale, options).formatToParts(ms);
  const ordinal = isFrench(locale) && parts.some((p) => p.type === 'month' && !/\d/u.test(p.value));
  return parts.map((p) => (ordinal && p.type === 'day' && Number(p.value) === 1 ? '1er' : p.value)).join('');
}

/** A calendar day (YYYY-MM-DD) with the given parts, never shifted by the host's zone; the input itself when it is not a day. */
export function formatIsoDateWords(iso: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const parsed = parseIsoDate(iso);
  if (parsed === null) return iso;
  return formatDateWords(Date.UTC(parsed.year, parsed.month - 1, parsed.day), locale, { ...options, timeZone: 'UTC' });
}

/** "April 1, 2026" / "1er avril 2026" from a YYYY-MM-DD string; the input itself when it is not one. */
export function longDateWords(iso: string, locale: string): string {
  return formatIsoDateWords(iso, locale, { dateStyle: 'long' });
}
