import { describe, expect, it } from 'vitest';
import { localToday } from '../../../../src-main/core/model/dates.ts';

describe('localToday', () => {
  it('is the day on the local calendar, whatever the UTC day is', () => {
    expect(localToday(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 0, 5, 23, 59, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });

  it('pads the month, the day and a year under 1000', () => {
    const early = new Date(2026, 2, 7);
    early.setFullYear(987);
    expect(localToday(early)).toBe('0987-03-07');
  });
});
