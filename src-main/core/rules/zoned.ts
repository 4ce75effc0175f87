import { TZDate } from '@date-fns/tz';
import { formatIsoDate } from '../model/dates.ts';

/**
 * Instants are UTC milliseconds; every conversion to a wall clock goes through TZDate with an
 * explicit IANA zone, so the host's own zone never enters a result.
 */
export interface LocalDateTime {
  /** Calendar date at the place, `YYYY-MM-DD`. */
  readonly date: string;
  /** Wall-clock time at the place, `HH:mm`. */
  readonly time: string;
  /** Offset from UTC at that instant, `±HH:MM` (ISO 8601 sign: east is positive). */
  readonly offset: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(tz: string): boolean {
  if (tz.length === 0) return false;
  let valid = zoneValidity.get(tz);
  if (valid === undefined) {
    valid = !Number.isNaN(new TZDate(0, tz).getTimezoneOffset());
    if (zoneValidity.size < 1024) zoneValidity.set(tz, valid);
  }
  return valid;
}

/** Minutes east of UTC at the instant (Toronto in summer: -240). */
export function offsetMinutes(utcMs: number, tz: string): number {
  const [, sign = '+', hh = '0', mm = '0'] = /^([+-])(\d{2}):(\d{2})$/.exec(toLocal(utcMs, tz).offset) ?? [];
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
}

/** Wall-clock readings already made; each costs an Intl call, and one computation repeats the same instants. */
const seen = new Map<string, LocalDateTime>();
const SEEN_MAX = 4096;

export function toLocal(utcMs: number, tz: string): LocalDateTime {
  const key = `${tz}|${String(utcMs)}`;
  const known = seen.get(key);
  if (known) return known;
  const local = readLocal(utcMs, tz);
  if (seen.size >= SEEN_MAX) seen.clear();
  seen.set(key, local);
  return local;
}

function readLocal(utcMs: number, tz: string): LocalDateTime {
  const d = new TZDate(utcMs, tz);
  const east = -d.getTimezoneOffset();
  const sign = east < 0 ? '-' : '+';
  const abs = Math.abs(east);
  return {
    date: formatIsoDate(d.getFullYear(), d.getMonth() + 1, d.getDate()),
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
    offset: `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
  };
}

export function localDateOf(utcMs: number, tz: string): string {
  return toLocal(utcMs, tz).date;
}

/** Parses the stored `…Z` form only; offsets other than Z are refused so a value has one meaning. */
export function parseUtc(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?Z$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, frac] = match;
  const ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? '0'),
    Number((frac ?? '0').padEnd(3, '0').slice(0, 3)),
  );
  const back = new Date(ms);
  if (
    back.getUTCDate() !== Number(d) ||
    back.getUTCMonth() !== Number(mo) - 1 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s ?? '0') > 59
  )
    return null;
  return ms;
}

export function formatUtc(utcMs: number): string {
  return new Date(utcMs).toISOString().replace('.000Z', 'Z');
}

/** The wall-clock offset changed somewhere in (from, to]: a daylight-saving switch fell inside the window. */
export function offsetChangesBetween(fromMs: number, toMs: number, tz: string): boolean {
  return offsetMinutes(fromMs, tz) !== offsetMinutes(toMs, tz);
}

/** Wall-clock `date` at `time` in `tz` as UTC milliseconds (a skipped hour resolves forward, as TZDate does). */
export function fromLocal(date: { year: number; month: number; day: number }, hour: number, minute: number, tz: string): number {
  return TZDate.tz(tz, date.year, date.month - 1, date.day, hour, minute).getTime();
}
