import { describe, expect, it } from 'vitest';
import { gregorianRange, isAfterDay, partialDateSchema, withGregorianRange } from '../../../src-main/core/model/partial-date.ts';
import { isRealIsoDate, parseIsoDate } from '../../../src-main/core/model/dates.ts';

const parse = (input: unknown) => partialDateSchema.safeParse(input);

describe('ISO dates', () => {
  it('rejects days that do not exist', () => {
    expect(isRealIsoDate('2026-02-30')).toBe(false);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('1900-02-29')).toBe(false);
    expect(isRealIsoDate('2000-02-29')).toBe(true);
    expect(parseIsoDate('26-03-10')).toBeNull();
    expect(parseIsoDate('2026-3-10')).toBeNull();
  });
});

describe('partial dates', () => {
  it('rejects Feb 30 and two-digit years', () => {
    expect(parse({ calendar: 'gregorian', year: 2026, month: 2, day: 30 }).success).toBe(false);
    expect(parse({ calendar: 'gregorian', year: 91, month: 11, day: 2 }).success).toBe(false);
  });

  it('needs at least something to stand on', () => {
    const result = parse({ calendar: 'gregorian' });
    expect(result.success).toBe(false);
    expect(parse({ calendar: 'korean-lunar', original: '추석 지나고' }).success).toBe(true);
  });

  it('converts a Thai Buddhist Era birth date (12 ส.ค. 2531) to 1988-08-12', () => {
    const value = partialDateSchema.parse({ calendar: 'buddhist', original: '12 ส.ค. 2531', year: 2531, month: 8, day: 12 });
    expect(gregorianRange(value)).toEqual({ earliest: '1988-08-12', latest: '1988-08-12' });
  });

  it('converts Solar Hijri (8 Mehr 1405) and Minguo (ROC 115) dates', () => {
    const persian = partialDateSchema.parse({ calendar: 'solar-hijri', original: '۸ مهر ۱۴۰۵', year: 1405, month: 7, day: 8 });
    expect(gregorianRange(persian)).toEqual({ earliest: '2026-09-30', latest: '2026-09-30' });
    const roc = partialDateSchema.parse({ calendar: 'minguo', original: '民國115年3月', year: 115, month: 3 });
    expect(gregorianRange(roc)).toEqual({ earliest: '2026-03-01', latest: '2026-03-31' });
  });

  it('gives a whole month or year as a range', () => {
    expect(gregorianRange(partialDateSchema.parse({ year: 2024, month: 2 }))).toEqual({ earliest: '2024-02-01', latest: '2024-02-29' });
    expect(gregorianRange(partialDateSchema.parse({ year: 2025 }))).toEqual({ earliest: '2025-01-01', latest: '2025-12-31' });
    expect(gregorianRange(partialDateSchema.parse({ calendar: 'buddhist', year: 2568 }))).toEqual({
      earliest: '2025-01-01',
      latest: '2025-12-31',
    });
  });

  it('keeps hand-entered bounds for lunar calendars and refuses inverted ranges', () => {
    const chuseok = partialDateSchema.parse({
      calendar: 'korean-lunar',
      original: '2024년 추석 무렵',
      qualifier: 'circa',
      earliest: '2024-09-14',
      latest: '2024-09-20',
    });
    expect(gregorianRange(chuseok)).toEqual({ earliest: '2024-09-14', latest: '2024-09-20' });
    expect(withGregorianRange(chuseok)).toEqual(chuseok);
    expect(parse({ calendar: 'chinese-lunar', original: 'x', earliest: '2024-09-20', latest: '2024-09-14' }).success).toBe(false);
  });

  it('knows when a date is after today', () => {
    const value = partialDateSchema.parse({ year: 2027, month: 1 });
    expect(isAfterDay(value, '2026-11-23')).toBe(true);
    expect(isAfterDay(partialDateSchema.parse({ year: 2026 }), '2026-11-23')).toBe(false);
  });
});
