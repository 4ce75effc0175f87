import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { load, text } from './helpers.ts';

const srisuk = load('case2-srisuk');
const FILED = '2026-06-15';

/** Ms Srisuk, born in Udon Thani; her Thai ID gives her birth date in the Buddhist Era. */
function withBirth(c: Case): Case {
  return {
    ...c,
    client: {
      ...c.client,
      placeOfBirth: { city: 'Udon Thani', country: 'TH' },
      dateOfBirthOtherCalendar: {
        calendar: 'buddhist',
        original: '12 ส.ค. 2531',
        year: 2531,
        month: 8,
        day: 12,
        qualifier: 'exact',
        confidence: 'high',
        earliest: '1988-08-12',
        latest: '1988-08-12',
      },
    },
  };
}

describe('the H&C submission names the place of birth and the birth date in the other calendar', () => {
  it('in English, the country named from its code', () => {
    const printed = text(withBirth(srisuk), 'hc-submission', { today: FILED });
    expect(printed).toContain('Place of birth: Udon Thani, Thailand');
    expect(printed).toMatch(/Date of birth in another calendar: 12 ส\.ค\. 2531.*1988/u);
  });

  it('in French', () => {
    const printed = text(withBirth(srisuk), 'hc-submission', { today: FILED, lang: 'fr' });
    expect(printed).toMatch(/Lieu de naissance\s:\sUdon Thani, Thaïlande/u);
  });

  it('prints neither line for a client without them', () => {
    expect(text(srisuk, 'hc-submission', { today: FILED })).not.toContain('Place of birth');
  });
});
