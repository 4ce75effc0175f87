import { DossierError } from '../core/errors.ts';
import { parseIsoDate } from '../core/model/dates.ts';
import { partialDateSchema, withGregorianRange, type PartialDate } from '../core/model/partial-date.ts';

/**
 * The date typed on the command line or in the import form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
 * Gregorian, kept verbatim as the original and given its Gregorian bounds. Never goes through
 * `new Date(string)`, which would shift a date-only value by the time zone.
 */
export function exhibitDateFromText(text: string): PartialDate {
  const trimmed = text.trim();
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(trimmed);
  if (!match || (match[3] !== undefined && match[2] === undefined)) {
    throw new DossierError('VALIDATION', 'Give the exhibit date as YYYY, YYYY-MM or YYYY-MM-DD.');
  }
  if (match[3] !== undefined && !parseIsoDate(trimmed)) throw new DossierError('VALIDATION', 'This day does not exist in the calendar.');
  const parsed = partialDateSchema.safeParse({
    calendar: 'gregorian',
    original: trimmed,
    year: Number(match[1]),
    ...(match[2] === undefined ? {} : { month: Number(match[2]) }),
    ...(match[3] === undefined ? {} : { day: Number(match[3]) }),
  });
  if (!parsed.success) throw new DossierError('VALIDATION', 'Give the exhibit date as YYYY, YYYY-MM or YYYY-MM-DD.');
  return withGregorianRange(parsed.data);
}
