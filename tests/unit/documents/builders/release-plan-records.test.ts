import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { load, text } from './helpers.ts';

/**
 * Ms Lai's plan for her 7-day review (18 March), after a 48-hour review whose decision the member
 * reserved; the Minister names the host's lodger, who is not offered as a bondsperson.
 */
function withRecords(received: string | undefined): Case {
  const c = load('case1-lai');
  const residence = c.detention.releasePlan.residence ?? { address: '', household: [], proofExhibitIds: [], suitability: '' };
  return {
    ...c,
    detention: {
      ...c.detention,
      hearings: c.detention.hearings.map((h) =>
        h.id === 'h-48h'
          ? { ...h, reserved: { reservedOn: '2026-03-12', ...(received === undefined ? {} : { receivedOn: received }) } }
          : h,
      ),
      releasePlan: {
        ...c.detention.releasePlan,
        residence: {
          ...residence,
          namedByMinister: [
            {
              name: 'Chan Tai Man',
              relationship: 'lodger of the host',
              sharesAddress: true,
              ministerSays: 'Alleged to have arranged the client’s work at the spa.',
              answer: 'Mr Chan moved out on 1 March 2026; his lease elsewhere is at Tab 4.',
              answerFr: 'M. Chan a quitté le logement le 1er mars 2026 ; son bail ailleurs figure à l’onglet 4.',
            },
            { name: 'Wong Siu Ming', relationship: 'cousin', sharesAddress: false, address: '12 Elm St., Markham', ministerSays: '' },
          ],
        },
      },
    },
  };
}

describe('the release plan says what the model now holds', () => {
  it('in English: the previous review’s reserved decision, and each person the Minister names where the residence is described', () => {
    const printed = text(withRecords('2026-03-13'), 'release-plan', { today: '2026-03-15' });
    expect(printed).toContain('Previous hearing: Forty-eight-hour review, March 12, 2026: decision reserved, received March 13, 2026');
    const residence = printed.slice(printed.indexOf('Residence'));
    expect(residence).toContain(
      "Chan Tai Man (lodger of the host), who lives at this residence. The Minister says: Alleged to have arranged the client’s work at the spa. Counsel's answer: Mr Chan moved out on 1 March 2026; his lease elsewhere is at Tab 4.",
    );
    expect(residence).toContain('Wong Siu Ming (cousin), who lives at 12 Elm St., Markham.');
    expect(text(withRecords(undefined), 'release-plan', { today: '2026-03-15' })).toContain('decision reserved, not yet received');
  });

  it('in French: the answer in French, with French wording', () => {
    const printed = text(withRecords(undefined), 'release-plan', { today: '2026-03-15', lang: 'fr' });
    expect(printed).toMatch(
      /Audience précédente\s:\sContrôle des quarante-huit heures, le 12 mars 2026\s:\sdécision mise en délibéré, pas encore reçue/u,
    );
    expect(printed).toMatch(/Chan Tai Man \(lodger of the host\), qui habite ce logement\. Selon le ministre\s:/u);
    expect(printed).toContain('M. Chan a quitté le logement le 1er mars 2026');
    expect(printed).not.toContain('Mr Chan moved out');
  });
});
