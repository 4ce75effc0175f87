import { describe, expect, it } from 'vitest';
import {
  composeZoned,
  formatDay,
  formatZoned,
  offsetLabel,
  parseTime,
  wallClockOf,
  withZone,
  zoneOptions,
} from '../../../../src-renderer/features/detention/zoned.ts';

describe('zoned date-times as typed', () => {
  it('reads a Toronto wall clock after the March change as daylight time (UTC−4)', () => {
    expect(composeZoned('2026-03-10', '14:30', 'America/Toronto')).toEqual({
      utc: '2026-03-10T18:30:00Z',
      tz: 'America/Toronto',
    });
    expect(offsetLabel({ utc: '2026-03-10T18:30:00Z', tz: 'America/Toronto' })).toBe('UTC−04:00');
  });

  it('reads the same wall clock before the change as standard time (UTC−5)', () => {
    expect(composeZoned('2026-03-06', '14:30', 'America/Toronto')).toEqual({
      utc: '2026-03-06T19:30:00Z',
      tz: 'America/Toronto',
    });
    expect(composeZoned('2026-03-10', '14:30', 'America/Vancouver').utc).toBe('2026-03-10T21:30:00Z');
  });

  it('keeps the typed wall clock while the zone is missing, and places it once a zone is chosen', () => {
    const noZone = composeZoned('2026-03-10', '14:30', '');
    expect(noZone).toEqual({ utc: '2026-03-10T14:30:00Z', tz: '' });
    expect(wallClockOf(noZone)).toEqual({ date: '2026-03-10', time: '14:30' });
    expect(formatZoned(noZone, 'en')).toBe('');
    const placed = withZone(noZone, 'America/Toronto');
    expect(placed).toEqual({
      utc: '2026-03-10T18:30:00Z',
      tz: 'America/Toronto',
    });
    expect(wallClockOf(placed)).toEqual({ date: '2026-03-10', time: '14:30' });
    // Another zone keeps the wall clock: the zone says where the time was read.
    expect(wallClockOf(withZone(placed, 'America/Halifax'))).toEqual({
      date: '2026-03-10',
      time: '14:30',
    });
  });

  it('leaves the instant empty for a date or time it cannot read', () => {
    expect(composeZoned('2026-02-30', '14:30', 'America/Toronto')).toEqual({
      utc: '',
      tz: 'America/Toronto',
    });
    expect(composeZoned('2026-03-10', '25:00', 'America/Toronto').utc).toBe('');
    expect(composeZoned('10/03/2026', '14:30', 'America/Toronto').utc).toBe('');
    expect(wallClockOf({ utc: '', tz: 'America/Toronto' })).toEqual({
      date: '',
      time: '',
    });
  });

  it('accepts 24-hour times with or without a colon', () => {
    expect(parseTime('9:30')).toEqual({ hour: 9, minute: 30 });
    expect(parseTime('0930')).toEqual({ hour: 9, minute: 30 });
    expect(parseTime(' 23:59 ')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['24:00', '12:60', '2pm', '', '1:5']) expect(parseTime(bad), bad).toBeNull();
  });

  it('writes days with their weekday in the UI language, from the date alone', () => {
    expect(formatDay('2026-03-12', 'en')).toBe('Thu 2026-03-12');
    expect(formatDay('2026-05-09', 'en')).toBe('Sat 2026-05-09');
    expect(formatDay('2026-03-12', 'fr')).toBe('jeu. 2026-03-12');
    expect(formatZoned({ utc: '2026-03-12T18:30:00Z', tz: 'America/Toronto' }, 'en')).toBe('Thu 2026-03-12 14:30');
  });

  it('offers the Canadian zones, and any other zone a case already holds', () => {
    expect(zoneOptions('')).toContain('America/Toronto');
    expect(zoneOptions('America/St_Johns')).not.toContain('Europe/Paris');
    expect(zoneOptions('Europe/Paris').at(-1)).toBe('Europe/Paris');
  });
});
