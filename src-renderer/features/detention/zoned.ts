import type { ZonedDateTime } from '../../../src-main/core/model/dates.ts';
import { formatIsoDate, parseIsoDate } from '../../../src-main/core/model/dates.ts';
import { fromLocal, isValidTimeZone, parseUtc, toLocal } from '../../../src-main/core/rules/zoned.ts';

/**
 * IANA zones offered for detention facilities and hearings in Canada, west to east. Any other
 * zone already in a case is offered too (see zoneOptions), so an imported value is never lost.
 */
export const canadianZones = [
  'America/Vancouver',
  'America/Whitehorse',
  'America/Edmonton',
  'America/Regina',
  'America/Winnipeg',
  'America/Toronto',
  'America/Montreal',
  'America/Iqaluit',
  'America/Moncton',
  'America/Halifax',
  'America/St_Johns',
] as const;

/** The zones to offer: the Canadian list, plus `current` when it is something else. */
export function zoneOptions(current: string): string[] {
  return current === '' || (canadianZones as readonly string[]).includes(current) ? [...canadianZones] : [...canadianZones, current];
}

/** "Toronto — Eastern Time", in the UI language where the platform knows the zone's name. */
export function zoneLabel(tz: string, language: string): string {
  const city = (tz.split('/').pop() ?? tz).replaceAll('_', ' ').replace('St Johns', "St. John's");
  if (!isValidTimeZone(tz)) return city;
  const name = new Intl.DateTimeFormat(language, { timeZone: tz, timeZoneName: 'longGeneric' })
    .formatToParts(0)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${city} — ${name}` : city;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export interface WallClock {
  /** `YYYY-MM-DD`, or '' when nothing is known. */
  readonly date: string;
  /** `HH:mm`, or ''. */
  readonly time: string;
}

/**
 * The local date and time a stored value stands for. A value without a zone (being entered, the
 * zone not chosen yet) keeps its wall-clock time in `utc`, so nothing typed is lost meanwhile.
 */
export function wallClockOf(value: ZonedDateTime | undefined): WallClock {
  if (!value) return { date: '', time: '' };
  const ms = parseUtc(value.utc);
  if (ms === null) return { date: '', time: '' };
  if (value.tz !== '' && isValidTimeZone(value.tz)) {
    const local = toLocal(ms, value.tz);
    return { date: local.date, time: local.time };
  }
  // No zone yet: the instant holds the wall clock as typed.
  const at = new Date(ms);
  return {
    date: formatIsoDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()),
    time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
  };
}

/** `9:30`, `09:30` or `0930` (24-hour clock) as hours and minutes; anything else is null. */
export function parseTime(text: string): { hour: number; minute: number } | null {
  const match = /^(\d{1,2}):?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/**
 * The stored form of a typed date, time and zone. When the date or time cannot be read, `utc`
 * is empty (the schema names the field); when the zone is missing, the wall-clock time is kept
 * in `utc` until the zone is chosen.
 */
export function composeZoned(date: string, time: string, tz: string): ZonedDateTime {
  const day = parseIsoDate(date.trim());
  const clock = parseTime(time);
  if (!day || !clock) return { utc: '', tz };
  const ms =
    tz !== '' && isValidTimeZone(tz)
      ? fromLocal(day, clock.hour, clock.minute, tz)
      : Date.UTC(day.year, day.month - 1, day.day, clock.hour, clock.minute);
  return { utc: new Date(ms).toISOString().replace('.000Z', 'Z'), tz };
}

/** Moves a value to another zone keeping its wall-clock time (the zone says where the time was read). */
export function withZone(value: ZonedDateTime, tz: string): ZonedDateTime {
  const clock = wallClockOf(value);
  return clock.date === '' ? { utc: value.utc, tz } : composeZoned(clock.date, clock.time, tz);
}

export function sameZoned(a: ZonedDateTime | undefined, b: ZonedDateTime | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.utc === b.utc && a.tz === b.tz);
}

/** The UTC offset at the value's instant, `UTC−04:00`, or undefined without a zone. */
export function offsetLabel(value: ZonedDateTime | undefined): string | undefined {
  if (!value || value.tz === '' || !isValidTimeZone(value.tz)) return undefined;
  const ms = parseUtc(value.utc);
  if (ms === null) return undefined;
  return `UTC${toLocal(ms, value.tz).offset.replace('-', '−')}`;
}

/** "Thu 2026-03-12": the ISO date with its weekday in the UI language (computed from the date, never the host zone). */
export function formatDay(iso: string, language: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(
    Date.UTC(parts.year, parts.month - 1, parts.day),
  );
  return `${weekday} ${iso}`;
}

/** "Thu 2026-03-12 14:30": a local date and 24-hour time. */
export function formatDayTime(local: { readonly date: string; readonly time: string }, language: string): string {
  return `${formatDay(local.date, language)} ${local.time}`;
}

/** A stored value in its own zone: "Thu 2026-03-12 09:30", or '' when it is not a complete value. */
export function formatZoned(value: ZonedDateTime | undefined, language: string): string {
  if (!value || value.tz === '' || !isValidTimeZone(value.tz)) return '';
  const ms = parseUtc(value.utc);
  return ms === null ? '' : formatDayTime(toLocal(ms, value.tz), language);
}

/** The local calendar date of a complete value, or undefined. */
export function localDate(value: ZonedDateTime | undefined): string | undefined {
  if (!value || value.tz === '' || !isValidTimeZone(value.tz)) return undefined;
  const ms = parseUtc(value.utc);
  return ms === null ? undefined : toLocal(ms, value.tz).date;
}
