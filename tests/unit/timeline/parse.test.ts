import { describe, expect, it } from 'vitest';
import { gregorianRange, partialDateSchema } from '../../../src-main/core/model/partial-date.ts';
import { proposeDate } from '../../../src-main/core/timeline/parse.ts';

/** The proposal's structured fields, the Gregorian range they stand for, and the notes. */
function read(words: string) {
  const proposal = proposeDate(words);
  if (!proposal) return null;
  const { original, ...when } = proposal.when;
  const parsed = partialDateSchema.safeParse(proposal.when);
  return {
    original,
    when,
    range: parsed.success ? gregorianRange(parsed.data) : null,
    problems: parsed.success ? [] : parsed.error.issues.map((i) => i.message),
    notes: proposal.notes,
  };
}

describe('proposing a structured date from the words as given', () => {
  it('keeps the words verbatim beside the proposal', () => {
    expect(read('  around March 2019 ')?.original).toBe('around March 2019');
  });

  it('reads qualifiers, months and years in English and French', () => {
    expect(read('around March 2019')).toMatchObject({
      when: { calendar: 'gregorian', year: 2019, month: 3, qualifier: 'circa', confidence: 'medium' },
      range: { earliest: '2019-03-01', latest: '2019-03-31' },
    });
    expect(read('vers mars 2019')?.when).toMatchObject({ year: 2019, month: 3, qualifier: 'circa' });
    expect(read('before 2020')?.when).toMatchObject({ year: 2020, qualifier: 'before' });
    expect(read('after 2019-06')?.when).toMatchObject({ year: 2019, month: 6, qualifier: 'after' });
    expect(read('March 14, 2019')?.range).toEqual({ earliest: '2019-03-14', latest: '2019-03-14' });
    expect(read('14 mars 2019')?.range).toEqual({ earliest: '2019-03-14', latest: '2019-03-14' });
  });

  it('reads ranges, with the end kept in the same calendar', () => {
    expect(read('2019-2021')).toMatchObject({
      when: { year: 2019, end: { year: 2021 }, qualifier: 'between' },
      range: { earliest: '2019-01-01', latest: '2021-12-31' },
    });
    expect(read('between March 2019 and June 2020')?.range).toEqual({ earliest: '2019-03-01', latest: '2020-06-30' });
    expect(read('2019년 3월~5월')?.range).toEqual({ earliest: '2019-03-01', latest: '2019-05-31' });
  });

  it('reads seasons as month ranges and says that a winter spans two years', () => {
    expect(read('winter 2023')).toMatchObject({
      when: { qualifier: 'season', year: 2022, month: 12, end: { year: 2023, month: 3 } },
      range: { earliest: '2022-12-01', latest: '2023-03-31' },
      notes: ['season-spans-years'],
    });
    expect(read('2023년 겨울')?.range).toEqual({ earliest: '2023-12-01', latest: '2024-03-31' });
    expect(read('summer 2021')?.range).toEqual({ earliest: '2021-06-01', latest: '2021-09-30' });
    // Persian seasons are exactly the Solar Hijri quarters: spring 1398 = 21 March – 21 June 2019.
    expect(read('بهار ۱۳۹۸')?.range).toEqual({ earliest: '2019-03-21', latest: '2019-06-21' });
  });

  it('recognises the Buddhist Era, Solar Hijri and ROC calendars and converts them', () => {
    expect(read('พ.ศ. 2531')).toMatchObject({ when: { calendar: 'buddhist', year: 2531 }, range: { earliest: '1988-01-01' } });
    expect(read('12 ส.ค. 2531')?.range).toEqual({ earliest: '1988-08-12', latest: '1988-08-12' });
    expect(read('۱۳۷۳/۰۶/۱۵')).toMatchObject({
      when: { calendar: 'solar-hijri', year: 1373, month: 6, day: 15 },
      range: { earliest: '1994-09-06', latest: '1994-09-06' },
      notes: [],
    });
    expect(read('۱۵ شهریور ۱۳۷۳')?.range).toEqual({ earliest: '1994-09-06', latest: '1994-09-06' });
    expect(read('民國75年')).toMatchObject({
      when: { calendar: 'minguo', year: 75 },
      range: { earliest: '1986-01-01', latest: '1986-12-31' },
    });
  });

  it('guesses another calendar from a year far from ours, and says it guessed', () => {
    expect(read('1373/06/15')).toMatchObject({ when: { calendar: 'solar-hijri', confidence: 'low' }, notes: ['calendar-guessed'] });
    expect(read('2531')).toMatchObject({ when: { calendar: 'buddhist' }, notes: ['calendar-guessed'] });
  });

  it('reads lunar festivals without converting them, and asks for the Gregorian range', () => {
    expect(read('추석 2024')).toMatchObject({
      when: { calendar: 'korean-lunar', year: 2024, month: 8, day: 15 },
      range: null,
      notes: ['lunar-no-conversion'],
    });
    expect(read('around Chuseok 2024')?.when).toMatchObject({ calendar: 'korean-lunar', qualifier: 'circa' });
    expect(read('추석 지나고')).toMatchObject({
      when: { calendar: 'korean-lunar', month: 8, day: 15, qualifier: 'after' },
      notes: ['no-year', 'lunar-no-conversion'],
    });
    expect(read('2024年中秋')?.when).toMatchObject({ calendar: 'chinese-lunar', year: 2024, month: 8, day: 15 });
  });

  it('marks an unknown date as such, and returns nothing for words that hold no date', () => {
    expect(read('date unknown')?.when).toMatchObject({ qualifier: 'unknown', confidence: 'low' });
    expect(read('the owner said so')).toBeNull();
    expect(read('   ')).toBeNull();
  });

  it('proposes bad dates as typed, so the form shows the error instead of guessing', () => {
    expect(read('Feb 30 2019')?.problems).toEqual(['noSuchDay']);
    expect(read("March '19")).toMatchObject({ notes: ['two-digit-year'], problems: ['year'] });
    expect(read("winter '23")?.notes).toEqual(['two-digit-year', 'season-spans-years']);
    expect(read('0')?.problems).toEqual(['yearZero']);
    expect(read('2021-2019')?.problems).toEqual(['rangeBackwards']);
  });

  it('does not guess between day and month when both could be either', () => {
    expect(read('03/04/2019')).toMatchObject({ when: { year: 2019, confidence: 'low' }, notes: ['ambiguous-day-month'] });
    expect(read('03/04/2019')?.when).not.toHaveProperty('month');
    expect(read('14/03/2019')?.range).toEqual({ earliest: '2019-03-14', latest: '2019-03-14' });
  });
});
