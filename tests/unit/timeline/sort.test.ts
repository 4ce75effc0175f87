import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partialDateSchema, type PartialDateInput } from '../../../src-main/core/model/partial-date.ts';
import { eventBounds } from '../../../src-main/core/timeline/bounds.ts';
import { compareDatable, sortTimeline, type Datable } from '../../../src-main/core/timeline/sort.ts';

const item = (key: string, when: PartialDateInput, utc?: string): Datable => ({
  key,
  when: partialDateSchema.parse(when),
  ...(utc ? { at: { utc, tz: 'America/Toronto' } } : {}),
});

const keys = (items: readonly Datable[]) => sortTimeline(items).map((i) => i.key);

describe('bounds after the qualifier', () => {
  it('opens the start of "before" and the end of "after"', () => {
    expect(eventBounds(partialDateSchema.parse({ year: 2020, qualifier: 'before' }))).toMatchObject({ from: null, to: '2019-12-31' });
    expect(eventBounds(partialDateSchema.parse({ year: 2019, month: 3, qualifier: 'after' }))).toMatchObject({
      from: '2019-04-01',
      to: null,
    });
    expect(eventBounds(partialDateSchema.parse({ year: 2019, qualifier: 'circa' }))).toMatchObject({
      from: '2019-01-01',
      to: '2019-12-31',
    });
    expect(eventBounds(partialDateSchema.parse({ qualifier: 'unknown', original: '?' }))).toBeNull();
    expect(eventBounds(partialDateSchema.parse({ calendar: 'korean-lunar', year: 2024, month: 8, day: 15 }))).toBeNull();
  });
});

describe('the timeline order', () => {
  it('sorts by the first possible day, then the last, undated events last', () => {
    const items = [
      item('unknown', { qualifier: 'unknown', original: 'she cannot say' }),
      item('lunar-no-range', { calendar: 'korean-lunar', original: '추석', month: 8, day: 15 }),
      item('year-2020', { year: 2020 }),
      item('day-2020-01-01', { year: 2020, month: 1, day: 1 }),
      item('march-2019', { year: 2019, month: 3 }),
      item('be-2562', { calendar: 'buddhist', year: 2562, month: 6 }),
    ];
    // BE 2562-06 is June 2019.
    expect(keys(items)).toEqual(['march-2019', 'be-2562', 'day-2020-01-01', 'year-2020', 'lunar-no-range', 'unknown']);
  });

  it('places "before X" at the last day it can be, and "after X" at the last day of X, after what is known to be on it', () => {
    const items = [
      item('after-2019', { year: 2019, qualifier: 'after' }),
      item('before-2020', { year: 2020, qualifier: 'before' }),
      item('mid-2019', { year: 2019, month: 6, day: 1 }),
      item('jan-2020', { year: 2020, month: 1, day: 1 }),
    ];
    expect(keys(items)).toEqual(['mid-2019', 'before-2020', 'after-2019', 'jan-2020']);
  });

  it('puts a whole day before its timed events, timed events by instant, then ties by key', () => {
    const day = { year: 2026, month: 3, day: 10 };
    const items = [
      item('b-arrest', day, '2026-03-10T18:30:00Z'),
      item('a-detained', day, '2026-03-10T18:30:00Z'),
      item('raid-notice', day),
      item('c-earlier', day, '2026-03-10T14:00:00Z'),
    ];
    expect(keys(items)).toEqual(['raid-notice', 'c-earlier', 'a-detained', 'b-arrest']);
  });

  it('is a total order: the result does not depend on the input order', () => {
    const dates = fc.oneof(
      fc.record({
        year: fc.integer({ min: 1990, max: 2030 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({ year: fc.integer({ min: 1990, max: 2030 }), qualifier: fc.constantFrom('before', 'after', 'circa', 'exact') }),
      fc.constant({ qualifier: 'unknown', original: '?' }),
    );
    const cases = fc
      .array(dates, { maxLength: 12 })
      .chain((whens) =>
        fc.tuple(fc.constant(whens), fc.shuffledSubarray([...whens.keys()], { minLength: whens.length, maxLength: whens.length })),
      );
    fc.assert(
      fc.property(cases, ([whens, order]) => {
        const items = whens.map((when, i) => item(`e-${i}`, when as PartialDateInput));
        const shuffled = order.map((i) => items[i] as Datable);
        expect(keys(shuffled)).toEqual(keys(items));
        const sorted = sortTimeline(items);
        for (let i = 1; i < sorted.length; i += 1) expect(compareDatable(sorted[i - 1] as Datable, sorted[i] as Datable)).toBeLessThan(0);
      }),
    );
  });
});

describe('"after X" and events told against another', () => {
  it('sorts "after 2026-02-17" at 17 February, after the events of that day and before the 18th', () => {
    const items = [
      item('feb-18', { year: 2026, month: 2, day: 18 }),
      item('after-17', { original: 'after 2026-02-17', year: 2026, month: 2, day: 17, qualifier: 'after' }),
      item('feb-17', { year: 2026, month: 2, day: 17 }),
      item('feb-16', { year: 2026, month: 2, day: 16 }),
    ];
    expect(keys(items)).toEqual(['feb-16', 'feb-17', 'after-17', 'feb-18']);
  });

  it('sorts "after X" typed with its own Gregorian range by the start of that range, which stays closed', () => {
    const placed = partialDateSchema.parse({
      original: 'just after the 17th',
      earliest: '2026-02-17',
      latest: '2026-02-28',
      qualifier: 'after',
    });
    expect(eventBounds(placed)).toMatchObject({ from: '2026-02-17', to: '2026-02-28', placed: true });
    const items = [
      item('march-1', { year: 2026, month: 3, day: 1 }),
      { key: 'placed', when: placed },
      item('feb-20', { year: 2026, month: 2, day: 20 }),
    ];
    expect(keys(items)).toEqual(['placed', 'feb-20', 'march-1']);
  });

  it('puts "shortly before" just before its anchor and "shortly after" just after, at the anchor\'s time', () => {
    const day = { year: 2026, month: 3, day: 3 };
    const at = '2026-03-03T15:00:00Z';
    const items: Datable[] = [
      item('z-later-that-day', day, '2026-03-03T20:00:00Z'),
      { ...item('a-shortly-after', day, at), relative: 'shortly-after' },
      item('m-arrest', day, at),
      { ...item('b-shortly-before', day, at), relative: 'shortly-before' },
      item('a-morning', day, '2026-03-03T13:00:00Z'),
    ];
    expect(keys(items)).toEqual(['a-morning', 'b-shortly-before', 'm-arrest', 'a-shortly-after', 'z-later-that-day']);
  });
});
