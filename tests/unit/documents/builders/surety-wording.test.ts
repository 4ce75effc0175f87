import { describe, expect, it } from 'vitest';
import type { Case, Person } from '../../../../src-main/core/model/case.ts';
import { load, text } from './helpers.ts';

const lai = load('case1-lai');
const NBSP = '\u00A0';

function withPerson(c: Case, id: string, change: (b: NonNullable<Person['bondsperson']>) => NonNullable<Person['bondsperson']>): Case {
  return { ...c, people: c.people.map((p) => (p.id === id && p.bondsperson ? { ...p, bondsperson: change(p.bondsperson) } : p)) };
}

/** CHAN Kwok-wai offering a deposit only. */
const depositOnly = withPerson(lai, 'p-chan-kwok-wai', (b) => {
  const rest = { ...b };
  delete rest.guarantee;
  return rest;
});
/** CHAN Kwok-wai offering a guarantee only. */
const guaranteeOnly = withPerson(lai, 'p-chan-kwok-wai', (b) => {
  const rest = { ...b };
  delete rest.deposit;
  return rest;
});

const declaration = (c: Case, lang: 'en' | 'fr') => text(c, 'bondsperson-declaration', { lang, options: { personId: 'p-chan-kwok-wai' } });

describe("the surety's wording follows the bond offered", () => {
  it('a deposit-only declaration speaks of forfeiture, never of a guarantee becoming payable', () => {
    const en = declaration(depositOnly, 'en');
    expect(en).toContain('breaches any condition, the deposit will be forfeited (IRPR s.49(4)).');
    expect(en).not.toContain('guarantee will become payable');
    expect(en).not.toContain('debt due to His Majesty');
    const fr = declaration(depositOnly, 'fr');
    expect(fr).toContain('le dépôt sera confisqué (RIPR, par. 49(4)).');
    expect(fr).not.toContain('garantie deviendra exigible');
  });

  it('a guarantee-only declaration says the guarantee becomes payable and is a debt to the Crown', () => {
    const en = declaration(guaranteeOnly, 'en');
    expect(en).toContain(
      'breaches any condition, the guarantee will become payable (IRPR s.49(4)), and that an amount owed under a guarantee',
    );
    expect(en).not.toContain('deposit will be forfeited');
    expect(declaration(guaranteeOnly, 'fr')).toContain('la garantie deviendra exigible (RIPR, par. 49(4)), et que toute somme');
  });

  it('a deposit and a guarantee together name both', () => {
    expect(declaration(lai, 'en')).toContain('the deposit will be forfeited and the guarantee will become payable (IRPR s.49(4))');
    expect(declaration(lai, 'fr')).toContain('le dépôt sera confisqué et la garantie deviendra exigible (RIPR, par. 49(4))');
  });

  it('the release plan words each bondsperson’s obligations by their bond', () => {
    const en = text(depositOnly, 'release-plan', { lang: 'en' });
    expect(en).toContain(
      'understands the obligations of a bondsperson, that the deposit is forfeited if any condition is breached (IRPR s.49(4)), and the duty',
    );
    expect(en).not.toContain('guarantee becomes payable');
    const fr = text(depositOnly, 'release-plan', { lang: 'fr' });
    expect(fr).toContain('sait que le dépôt est confisqué en cas de manquement');
    expect(fr).not.toContain('garantie devient exigible');
  });
});

describe('a rejected bondsperson in the release plan', () => {
  const objected = withPerson(lai, 'p-tina-ho', (b) => ({
    ...b,
    objection: {
      by: 'minister',
      basis: 'She is said to receive a material benefit from the client’s sexual services',
      citation: 'Criminal Code, s. 286.2',
      date: '2026-03-12',
      answer: 'Ms. Ho works at a different spa and has never received money from the client.',
      answerFr: 'Mme Ho travaille dans un autre spa et n’a jamais reçu d’argent de la cliente.',
    },
  }));

  it('is shown as addressed, with the objection and the answer, not as a proposed surety', () => {
    const en = text(objected, 'release-plan', { lang: 'en' });
    const addressed = en.slice(en.indexOf('Bondspersons addressed'));
    expect(en.indexOf('Bondspersons addressed')).toBeGreaterThan(0);
    expect(addressed).toContain('HO Tina (friend) was put forward as a bondsperson and is not proposed as a surety in this plan.');
    expect(addressed).toContain(
      'The Minister objected on March 12, 2026: She is said to receive a material benefit from the client’s sexual services (Criminal Code, s. 286.2).',
    );
    expect(addressed).toContain("Counsel's answer: Ms. Ho works at a different spa and has never received money from the client.");
    expect(addressed).toContain('The member did not accept HO Tina as a bondsperson: Source of funds not established.');
    // Never among the bondspersons offered.
    const offered = en.slice(en.indexOf('## Bondspersons'), en.indexOf('Bondspersons addressed'));
    expect(offered).not.toContain('HO Tina');
  });

  it('prints the French answer in a French filing', () => {
    const fr = text(objected, 'release-plan', { lang: 'fr' });
    expect(fr).toContain('Cautions écartées');
    expect(fr).toContain(`Réponse de l'avocat${NBSP}: Mme Ho travaille dans un autre spa`);
    expect(fr).toContain('(Criminal Code, s. 286.2)');
  });
});
