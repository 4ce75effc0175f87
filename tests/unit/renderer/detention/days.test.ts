import { describe, expect, it } from 'vitest';
import { timeInDetention } from '../../../../src-renderer/features/detention/days.ts';

const toronto = (utc: string) => ({ utc, tz: 'America/Toronto' });

describe('days in detention', () => {
  it('counts Case 1 from the Tuesday arrest to the release on the next Thursday: 9 days', () => {
    expect(timeInDetention(toronto('2026-03-10T18:30:00Z'), toronto('2026-03-19T20:00:00Z'), 0)).toEqual({
      days: 9,
      hours: 217,
      ongoing: false,
      from: '2026-03-10',
      to: '2026-03-19',
    });
  });

  it('counts to now while the detention goes on', () => {
    const span = timeInDetention(toronto('2026-03-10T18:30:00Z'), undefined, Date.UTC(2026, 2, 11, 16, 0));
    expect(span).toEqual({
      days: 1,
      hours: 21,
      ongoing: true,
      from: '2026-03-10',
      to: '2026-03-11',
    });
  });

  it("reads days in the detention's own zone, not the host's", () => {
    // 23:30 in Vancouver is already the next day in UTC; the count is still by Vancouver days.
    const span = timeInDetention(
      { utc: '2026-06-02T06:30:00Z', tz: 'America/Vancouver' },
      { utc: '2026-06-03T06:00:00Z', tz: 'America/Vancouver' },
      0,
    );
    expect(span?.from).toBe('2026-06-01');
    expect(span?.to).toBe('2026-06-02');
    expect(span?.days).toBe(1);
  });

  it('counts real hours across the daylight-saving change', () => {
    // Midnight to midnight over 8 March 2026 in Toronto lasts 23 hours.
    expect(timeInDetention(toronto('2026-03-08T05:00:00Z'), toronto('2026-03-09T04:00:00Z'), 0)?.hours).toBe(23);
  });

  it('gives nothing while the start is incomplete or still ahead', () => {
    expect(timeInDetention({ utc: '2026-03-10T14:30:00Z', tz: '' }, undefined, Date.UTC(2026, 3, 1))).toBeUndefined();
    expect(timeInDetention({ utc: '', tz: 'America/Toronto' }, undefined, Date.UTC(2026, 3, 1))).toBeUndefined();
    expect(timeInDetention(toronto('2026-03-10T18:30:00Z'), undefined, Date.UTC(2026, 2, 1))).toBeUndefined();
  });
});
