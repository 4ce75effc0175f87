import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { documentKinds } from '../../../../src-main/documents/builders/document-types.ts';
import { factDateText } from '../../../../src-main/documents/builders/format-date.ts';
import { partialDateSchema } from '../../../../src-main/core/model/partial-date.ts';
import { build, load, textOf } from './helpers.ts';

/** What a filed page must never show: placeholders for empty sections and notes meant for counsel. */
const PLACEHOLDERS = [
  'No submissions',
  'Aucune observation',
  'No source cited',
  'Aucune source citée',
  'No bondsperson is offered',
  'Aucune caution n',
  'No residence has been proposed',
  'Aucune résidence n',
  'No exhibits are cited',
  'Aucune pièce n',
  'not yet set',
  'date à fixer',
  'has not yet confirmed',
  "n'a pas encore confirmé",
  'needs no affidavit',
  "n'exige pas d'affidavit",
  'TODO',
  'to be confirmed',
  'à confirmer',
];

/** Case 1 with every optional part of its release plan and every timeline source left empty. */
function bare(c: Case): Case {
  return {
    ...c,
    people: c.people.map((p) => {
      const { bondsperson: _dropped, ...rest } = p;
      return rest;
    }),
    timeline: c.timeline.map((e) => ({ ...e, sources: [] })),
    detention: {
      ...c.detention,
      releasePlan: { conditions: [], factors: [], background: '', vulnerability: '', groundResponses: [] },
    },
  };
}

const cases = ['case1-lai', 'case2-srisuk', 'case3-persian'].map((name) => ({ name, value: load(name) }));

describe('no placeholder or internal note on a filed page', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`leaves empty optional sections out of every document, in ${lang === 'en' ? 'English' : 'French'}`, () => {
      let built = 0;
      for (const { name, value } of [...cases, { name: 'case1-lai, bare', value: bare(load('case1-lai')) }]) {
        for (const kind of documentKinds) {
          let text: string;
          try {
            text = textOf(build(value, kind, { lang }));
          } catch {
            continue; // The case lacks what this document needs (no hearing, no translation): it is refused, not printed.
          }
          built += 1;
          for (const placeholder of PLACEHOLDERS) expect(text, `${name} ${kind} ${lang}`).not.toContain(placeholder);
        }
      }
      expect(built).toBeGreaterThan(20);
    });
  }

  it('prints an empty release plan without the sections it has nothing for', () => {
    const en = textOf(build(bare(load('case1-lai')), 'release-plan'));
    for (const heading of ['Factors under IRPR s.248', 'The person concerned', 'Bondspersons', 'Residence', 'Exhibits'])
      expect(en.split('\n')).not.toContain(heading);
    const fr = textOf(build(bare(load('case1-lai')), 'release-plan', { lang: 'fr' }));
    for (const heading of ["Critères de l'article 248 du RIPR", 'La personne concernée', 'Cautions', 'Résidence', 'Pièces'])
      expect(fr.split('\n')).not.toContain(heading);
  });
});

describe('dates stated as facts', () => {
  const date = (input: Record<string, unknown>) => partialDateSchema.parse(input);
  it('are written in the document’s language and the Gregorian calendar, not as entered', () => {
    const thai = date({ calendar: 'buddhist', year: 2531, month: 8, day: 12, original: '12 ส.ค. 2531' });
    expect(factDateText(thai, 'en')).toBe('August 12, 1988');
    expect(factDateText(thai, 'fr')).toBe('12 août 1988');
    expect(factDateText(date({ year: 1988, month: 8 }), 'en')).toBe('August 1988');
    expect(factDateText(date({ year: 1988, qualifier: 'circa' }), 'fr')).toBe('vers 1988');
  });
});
