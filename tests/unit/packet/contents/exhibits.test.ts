import { describe, expect, it } from 'vitest';
import { partialDateSchema } from '../../../../src-main/core/model/partial-date.ts';
import { displayDate } from '../../../../src-main/packet/contents/exhibits.ts';

const date = (input: Record<string, unknown>) => partialDateSchema.parse(input);

describe('displayDate (the exhibit dates of the list of documents)', () => {
  it('prints a day typed in the form as the whole day, in the packet language, not as its year', () => {
    const typed = date({ year: 2026, month: 3, day: 3 });
    expect(displayDate(typed, 'en')).toBe('March 3, 2026');
    expect(displayDate(typed, 'fr')).toBe('3 mars 2026');
  });

  it('prints a month or a year as what it is', () => {
    expect(displayDate(date({ year: 2026, month: 3 }), 'fr')).toBe('mars 2026');
    expect(displayDate(date({ year: 2019 }), 'en')).toBe('2019');
  });

  it('prints a date a source wrote in another calendar in the Gregorian calendar of the packet', () => {
    const thai = date({ calendar: 'buddhist', original: '12 ส.ค. 2531', year: 2531, month: 8, day: 12 });
    expect(displayDate(thai, 'en')).toBe('August 12, 1988');
  });

  it('prints nothing for an exhibit without a date', () => {
    expect(displayDate(undefined, 'en')).toBeUndefined();
  });
});
