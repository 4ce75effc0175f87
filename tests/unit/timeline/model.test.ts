import { describe, expect, it } from 'vitest';
import { pinCiteSchema, timelineEventSchema } from '../../../src-main/core/model/case.ts';
import { gregorianRange, partialDateSchema } from '../../../src-main/core/model/partial-date.ts';

const messages = (input: unknown): string[] => {
  const result = partialDateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('calendar conversions', () => {
  it('Buddhist Era 2531 is 1988', () => {
    const value = partialDateSchema.parse({ calendar: 'buddhist', original: 'พ.ศ. 2531', year: 2531 });
    expect(gregorianRange(value)).toEqual({ earliest: '1988-01-01', latest: '1988-12-31' });
  });

  it('Solar Hijri 1373/06/15 is 1994-09-06', () => {
    const value = partialDateSchema.parse({ calendar: 'solar-hijri', original: '۱۳۷۳/۰۶/۱۵', year: 1373, month: 6, day: 15 });
    expect(gregorianRange(value)).toEqual({ earliest: '1994-09-06', latest: '1994-09-06' });
  });

  it('ROC (Minguo) year 75 is 1986', () => {
    const value = partialDateSchema.parse({ calendar: 'minguo', original: '民國75年', year: 75 });
    expect(gregorianRange(value)).toEqual({ earliest: '1986-01-01', latest: '1986-12-31' });
  });

  it('a Gregorian range typed beside a Buddhist date is refused where it contradicts the conversion, naming the field', () => {
    const thai = { calendar: 'buddhist', original: '12 ส.ค. 2531', year: 2531, month: 8, day: 12 } as const;
    expect(messages({ ...thai, earliest: '1988-08-12', latest: '1988-08-12' })).toEqual([]);
    expect(messages({ ...thai, earliest: '1988-08-13', latest: '1988-08-12' })).toEqual([
      'latest: latestBeforeEarliest',
      'earliest: rangeContradictsCalendar',
    ]);
    expect(messages({ ...thai, earliest: '1988-08-12', latest: '2031-08-12' })).toEqual(['latest: rangeContradictsCalendar']);
    // Gregorian dates and lunar calendars keep what the advocate typed.
    expect(messages({ original: 'spring 2020', year: 2020, earliest: '2020-03-01', latest: '2020-05-31' })).toEqual([]);
  });

  it('a Korean lunar date is not converted: the advocate gives its Gregorian range', () => {
    const chuseok = partialDateSchema.parse({ calendar: 'korean-lunar', original: '추석 2024', year: 2024, month: 8, day: 15 });
    expect(gregorianRange(chuseok)).toBeNull();
    const withRange = partialDateSchema.parse({ ...chuseok, earliest: '2024-09-16', latest: '2024-09-18' });
    expect(gregorianRange(withRange)).toEqual({ earliest: '2024-09-16', latest: '2024-09-18' });
  });

  it('a range in another calendar runs from its first day to the last day of its end', () => {
    const be = partialDateSchema.parse({ calendar: 'buddhist', year: 2562, qualifier: 'between', end: { year: 2564, month: 6 } });
    expect(gregorianRange(be)).toEqual({ earliest: '2019-01-01', latest: '2021-06-30' });
    const winter = partialDateSchema.parse({ year: 2022, month: 12, qualifier: 'season', end: { year: 2023, month: 2 } });
    expect(gregorianRange(winter)).toEqual({ earliest: '2022-12-01', latest: '2023-02-28' });
  });
});

describe('bad dates are refused with a message at the field', () => {
  it('Feb 30, in the start or the end of a range', () => {
    expect(messages({ year: 2019, month: 2, day: 30 })).toEqual(['day: noSuchDay']);
    expect(messages({ year: 2019, qualifier: 'between', end: { year: 2020, month: 2, day: 30 } })).toEqual(['end.day: noSuchDay']);
  });

  it('year 0 and two-digit years', () => {
    expect(messages({ year: 0 })).toEqual(['year: yearZero']);
    expect(messages({ year: 19, month: 3 })).toEqual(['year: year']);
    expect(messages({ calendar: 'minguo', year: 75 })).toEqual([]);
  });

  it('a range whose end precedes its start', () => {
    expect(messages({ year: 2021, qualifier: 'between', end: { year: 2019 } })).toEqual(['end: rangeBackwards']);
    expect(messages({ year: 2021, month: 6, qualifier: 'between', end: { year: 2021, month: 3 } })).toEqual(['end: rangeBackwards']);
    expect(messages({ year: 2021, month: 6, qualifier: 'between', end: { year: 2021 } })).toEqual([]);
    expect(messages({ year: 2020, qualifier: 'before', end: { year: 2021 } })).toEqual(['end: endOnlyForRange']);
  });

  it('an unknown date carries only its words', () => {
    expect(messages({ qualifier: 'unknown', original: 'she does not remember' })).toEqual([]);
    expect(messages({ qualifier: 'unknown', original: '' })).toEqual([]);
    expect(messages({ qualifier: 'unknown', year: 2020 })).toEqual(['qualifier: unknownHasDate']);
  });
});

describe('timeline events', () => {
  const event = {
    id: 't-passport',
    when: { original: 'around Chuseok 2024', calendar: 'korean-lunar', year: 2024, month: 8, day: 15, qualifier: 'circa' },
    category: 'abuse',
    summary: 'The owner kept her passport.',
  };

  it('fills defaults so older files keep reading', () => {
    const parsed = timelineEventSchema.parse(event);
    expect(parsed).toMatchObject({ forFiling: true, disputed: false, accounts: [], sources: [] });
  });

  it('pin cites are pages, ranges or lists that run forward from page 1', () => {
    for (const good of ['3', '3-5', '3–5', '2, 7-9', '2,7']) expect(pinCiteSchema.safeParse(good).success, good).toBe(true);
    for (const bad of ['0', '5-3', 'p. 3', '', '3-', ' 3']) expect(pinCiteSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('competing accounts belong to a disputed event', () => {
    const account = { assertedBy: 'Minister', when: { year: 2025 }, summary: 'She kept it herself.' };
    const refused = timelineEventSchema.safeParse({ ...event, accounts: [account] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual(['disputed']);
    expect(timelineEventSchema.safeParse({ ...event, disputed: true, accounts: [account] }).success).toBe(true);
  });
});
