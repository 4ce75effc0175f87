import type { IssueCode } from '../issues/catalog.ts';
import { coded } from '../issues/text.ts';
import { gregorianRange, type PartialDate } from './partial-date.ts';

/**
 * Checks a birth date written in a second calendar against the Gregorian date of birth: the
 * second is for another calendar, and once converted (arithmetically for Buddhist, Solar Hijri
 * and Minguo dates; by the bounds typed for a lunar date) it must share at least one day with
 * the first. Each date's own calendar checks run in its schema (core/model/partial-date.ts).
 */
export function birthDateIssues(
  first: PartialDate | undefined,
  second: PartialDate | undefined,
): { path: (string | number)[]; message: IssueCode }[] {
  if (second === undefined) return [];
  if (second.calendar === 'gregorian') return [{ path: ['calendar'], message: coded('secondBirthDateGregorian') }];
  if (first === undefined) return [];
  const a = gregorianRange(first);
  const b = gregorianRange(second);
  if (a === null || b === null) return [];
  const overlap = a.earliest <= b.latest && b.earliest <= a.latest;
  return overlap ? [] : [{ path: ['year'], message: coded('birthDatesDisagree') }];
}
