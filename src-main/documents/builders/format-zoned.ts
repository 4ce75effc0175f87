import type { ZonedDateTime } from '../../core/model/dates.ts';
import { parseUtc } from '../../core/rules/zoned.ts';
import { formatDateWords } from '../../core/text/date-words.ts';
import type { DocLang } from './format-date.ts';

const NBSP = '\u00A0';
const locale = (lang: DocLang): string => (lang === 'fr' ? 'fr-CA' : 'en-CA');
/** ICU's narrow no-break space becomes a plain no-break space, which every bundled font draws. */
const tidy = (s: string): string => s.replace(/[\u202F]/gu, NBSP);

/** "Toronto" from "America/Toronto", "Buenos Aires" from "America/Argentina/Buenos_Aires". */
export function zoneCity(tz: string): string {
  return (tz.split('/').at(-1) ?? tz).replace(/_/gu, ' ');
}

function zoneAbbreviation(ms: number, tz: string, lang: DocLang): string {
  const parts = new Intl.DateTimeFormat(locale(lang), { timeZone: tz, timeZoneName: 'short' }).formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** "Wednesday, March 18, 2026" / "mercredi 18 mars 2026", "mercredi 1er avril 2026", on the calendar of the place. */
export function formatZonedDate(at: ZonedDateTime, lang: DocLang): string {
  const ms = parseUtc(at.utc);
  if (ms === null) return at.utc;
  return tidy(formatDateWords(ms, locale(lang), { timeZone: at.tz, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
}

/**
 * The wall-clock time at the place, with the place and its zone: "Wednesday, March 18, 2026,
 * 9:30 a.m. (Toronto time, EDT)" / "mercredi 18 mars 2026 à 9 h 30 (heure de Toronto, HAE)".
 */
export function formatZonedDateTime(at: ZonedDateTime, lang: DocLang): string {
  const ms = parseUtc(at.utc);
  if (ms === null) return at.utc;
  // "9:30 a.m." and "9 h 30" stay on one line.
  const time = tidy(new Intl.DateTimeFormat(locale(lang), { timeZone: at.tz, hour: 'numeric', minute: '2-digit' }).format(ms)).replace(
    / /gu,
    NBSP,
  );
  const zone = zoneAbbreviation(ms, at.tz, lang);
  const city = zoneCity(at.tz);
  const date = formatZonedDate(at, lang);
  return lang === 'fr'
    ? `${date} à ${time} (heure de ${city}${zone ? `, ${zone}` : ''})`
    : `${date}, ${time} (${city} time${zone ? `, ${zone}` : ''})`;
}
