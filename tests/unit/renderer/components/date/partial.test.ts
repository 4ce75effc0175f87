import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { partialDateSchema } from '../../../../../src-main/core/model/partial-date.ts';
import {
  emptyPartialDate,
  gregorianSummary,
  isBlankPartialDate,
  withDatePart,
  withPart,
} from '../../../../../src-renderer/components/date/partial.ts';
import en from '../../../../../src-renderer/i18n/en.json';

await i18next.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
const t = i18next.t.bind(i18next);

describe('a partial date as the date field edits it', () => {
  test('an emptied part is removed, and "as written" falls back to empty words', () => {
    const date = partialDateSchema.parse({ calendar: 'buddhist', original: '12 ส.ค. 2531', year: 2531, month: 8, day: 12 });
    expect(withDatePart(date, 'day', undefined)).toEqual({ ...date, day: undefined });
    expect('day' in withDatePart(date, 'day', undefined)).toBe(false);
    expect(withDatePart(date, 'original', '')).toEqual({ ...date, original: '' });
    expect(withPart({ year: 2020, month: 3 }, 'month', undefined)).toEqual({ year: 2020 });
  });

  test('is blank only with nothing entered in the default calendar and precision', () => {
    expect(isBlankPartialDate(emptyPartialDate)).toBe(true);
    expect(isBlankPartialDate({ ...emptyPartialDate, calendar: 'solar-hijri' })).toBe(false);
    expect(isBlankPartialDate({ ...emptyPartialDate, original: 'spring' })).toBe(false);
    expect(isBlankPartialDate({ ...emptyPartialDate, year: 1994 })).toBe(false);
  });

  test('names the Gregorian days it stands for, or what is missing', () => {
    const month = partialDateSchema.parse({ year: 1994, month: 3 });
    expect(gregorianSummary(t, 'en', month, true)).toBe('Gregorian range: March 1, 1994 to March 31, 1994');
    const day = partialDateSchema.parse({ calendar: 'buddhist', year: 2531, month: 8, day: 12 });
    expect(gregorianSummary(t, 'en', day, true)).toBe('Gregorian date: August 12, 1988');
    expect(gregorianSummary(t, 'en', null, true)).toBe(t('date.noRange'));
    expect(gregorianSummary(t, 'en', null, false)).toBe(t('date.enterRange'));
  });
});
