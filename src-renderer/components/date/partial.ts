import type { TFunction } from 'i18next';
import { gregorianRange, type PartialDate } from '../../../src-main/core/model/partial-date.ts';
import { longDateWords } from '../../../src-main/core/text/date-words.ts';

export const emptyPartialDate: PartialDate = { calendar: 'gregorian', original: '', qualifier: 'exact', confidence: 'high' };

/** Sets or, when empty, removes one key of an object (the schema has no "empty" optional values). */
export function withPart<T extends object, K extends keyof T>(value: T, key: K, next: T[K] | undefined): T {
  const copy: Partial<T> = { ...value };
  if (next === undefined || next === '') delete copy[key];
  else copy[key] = next;
  return copy as T;
}

/** Sets or removes one part of a partial date; a removed required part ("as written") falls back to its default. */
export function withDatePart<K extends keyof PartialDate>(value: PartialDate, key: K, next: PartialDate[K] | undefined): PartialDate {
  return { ...emptyPartialDate, ...withPart(value, key, next) };
}

/** Nothing entered: the Gregorian calendar, exact, and no part, words or bounds. */
export function isBlankPartialDate(value: PartialDate): boolean {
  return (
    value.calendar === 'gregorian' &&
    value.qualifier === 'exact' &&
    value.year === undefined &&
    value.month === undefined &&
    value.day === undefined &&
    value.original.trim() === '' &&
    !value.earliest &&
    !value.latest
  );
}

/** "Gregorian range: 1 March 1994 to 31 March 1994", or what is still missing for one. */
export function gregorianSummary(t: TFunction, language: string, value: PartialDate | null, convertible: boolean): string {
  const range = value ? gregorianRange(value) : null;
  if (!range) return convertible ? t('date.noRange') : t('date.enterRange');
  return range.earliest === range.latest
    ? t('date.gregorianDay', { date: longDateWords(range.earliest, language) })
    : t('date.gregorianRange', { from: longDateWords(range.earliest, language), to: longDateWords(range.latest, language) });
}
