import { describe, expect, it } from 'vitest';
import { formatDateWords, formatIsoDateWords, longDateWords } from '../../../../src-main/core/text/date-words.ts';

describe('dates in words', () => {
  it('French writes the first of the month as an ordinal, every other day as a number', () => {
    expect(longDateWords('2026-01-01', 'fr-CA')).toBe('1er janvier 2026');
    expect(longDateWords('2026-01-02', 'fr-CA')).toBe('2 janvier 2026');
    expect(longDateWords('2026-12-31', 'fr-CA')).toBe('31 décembre 2026');
    expect(longDateWords('2026-04-01', 'fr')).toBe('1er avril 2026');
    expect(longDateWords('2026-04-11', 'fr-CA')).toBe('11 avril 2026');
    expect(longDateWords('2026-04-21', 'fr-CA')).toBe('21 avril 2026');
  });

  it('English is unchanged', () => {
    expect(longDateWords('2026-04-01', 'en-CA')).toBe('April 1, 2026');
    expect(longDateWords('2026-12-31', 'en')).toBe('December 31, 2026');
  });

  it('the ordinal follows the weekday, the abbreviated month and the time; a numeric month keeps its digits', () => {
    const weekday = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } as const;
    expect(formatIsoDateWords('2026-04-01', 'fr-CA', weekday)).toBe('mercredi 1er avril 2026');
    expect(formatIsoDateWords('2026-04-01', 'en-CA', weekday)).toBe('Wednesday, April 1, 2026');
    expect(formatIsoDateWords('2026-04-01', 'fr-CA', { month: 'short', day: 'numeric' })).toBe('1er avr.');
    expect(formatIsoDateWords('2026-04-01', 'fr-CA', { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe('2026-04-01');
    expect(formatIsoDateWords('2026-04-01', 'fr-FR', { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe('01/04/2026');
    expect(formatDateWords(Date.UTC(2026, 3, 1, 13, 30), 'fr-CA', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })).toMatch(
      /^1er avril 2026 à 13\sh\s30$/u,
    );
  });

  it('the day is the calendar day written, whatever the host zone; anything not a day is returned as is', () => {
    expect(formatIsoDateWords('2026-03-01', 'fr-CA', { month: 'long', year: 'numeric' })).toBe('mars 2026');
    expect(longDateWords('2026-02-30', 'fr-CA')).toBe('2026-02-30');
    expect(longDateWords('spring 2025', 'en-CA')).toBe('spring 2025');
  });
});
