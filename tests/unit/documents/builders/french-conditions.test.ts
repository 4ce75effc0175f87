import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { frenchVersionWarnings } from '../../../../src-main/core/lang/french-versions.ts';
import { counsel, load, text } from './helpers.ts';

const NBSP = '\u00A0';
const lai = load('case1-lai');

const withFrench = (c: Case): Case => ({
  ...c,
  matter: { ...c.matter, languageOfProceedings: 'fr' },
  detention: {
    ...c.detention,
    releasePlan: {
      ...c.detention.releasePlan,
      conditions: c.detention.releasePlan.conditions.map((x, i) =>
        i === 0 ? { ...x, detailsFr: 'chez CHAN Kwok-wai, au 14 Elmwood Crescent, Richmond Hill (Ontario)' } : x,
      ),
      ...(c.detention.releasePlan.residence
        ? { residence: { ...c.detention.releasePlan.residence, suitabilityFr: 'Une chambre à elle, au rez-de-chaussée.' } }
        : {}),
    },
  },
});

describe('conditions in a French filing', () => {
  it('prints the French version of the particulars, joined by the French template', () => {
    const fr = text(withFrench(lai), 'release-plan', { lang: 'fr' });
    expect(fr).toContain("Résider à l'adresse approuvée, chez CHAN Kwok-wai, au 14 Elmwood Crescent, Richmond Hill (Ontario).");
    expect(fr).not.toContain('with CHAN Kwok-wai');
    expect(fr).toContain('Une chambre à elle, au rez-de-chaussée.');
    // The template's own semicolon after a case value takes a no-break space; the value is untouched.
    expect(fr).toContain(`cousin${NBSP}; fréquence des contacts${NBSP}: Weekly`);
  });

  it('keeps the English particulars in an English filing', () => {
    const en = text(withFrench(lai), 'release-plan', { lang: 'en' });
    expect(en).toContain('Reside at the approved address, with CHAN Kwok-wai at 14 Elmwood Crescent, Richmond Hill, ON.');
    expect(en).not.toContain('chez CHAN');
  });

  it('prints typed text as typed when there is no French version, and the Packets tab names each such field', () => {
    const fr = text(lai, 'release-plan', { lang: 'fr' });
    expect(fr).toContain("Résider à l'adresse approuvée, with CHAN Kwok-wai");
    const french = { ...lai, matter: { ...lai.matter, languageOfProceedings: 'fr' as const } };
    const warnings = frenchVersionWarnings(french, 'detention-release-plan');
    const withDetails = lai.detention.releasePlan.conditions.filter((x) => x.proposed && x.details.trim() !== '');
    expect(warnings.filter((w) => w.code === 'french.conditionDetails')).toHaveLength(withDetails.length);
    expect(warnings[0]?.path).toMatch(/^detention\.releasePlan\./u);
    expect(frenchVersionWarnings(withFrench(lai), 'detention-release-plan').map((w) => w.path)).not.toContain(
      'detention.releasePlan.conditions.0.detailsFr',
    );
    expect(frenchVersionWarnings(lai, 'detention-release-plan')).toEqual([]);
    expect(frenchVersionWarnings(french, 'detention-disclosure')).toEqual([]);
  });

  it("says once that counsel's submissions print as typed, when there are any", () => {
    const french = { ...lai, matter: { ...lai.matter, languageOfProceedings: 'fr' as const } };
    expect(frenchVersionWarnings(french, 'detention-release-plan').filter((w) => w.code === 'french.counselText')).toHaveLength(1);
    const silent = {
      ...french,
      detention: {
        ...french.detention,
        releasePlan: { ...french.detention.releasePlan, background: '', vulnerability: '', groundResponses: [], factors: [] },
      },
    };
    expect(frenchVersionWarnings(silent, 'detention-release-plan').map((w) => w.code)).not.toContain('french.counselText');
  });

  it('names each bondsperson whose own words a French filing prints as typed, never a rejected one', () => {
    const french = { ...lai, matter: { ...lai.matter, languageOfProceedings: 'fr' as const } };
    const named = frenchVersionWarnings(french, 'detention-release-plan').filter((w) => w.code === 'french.bondspersonText');
    const printed = lai.people.filter((p) => p.bondsperson && p.bondsperson.determination !== 'rejected');
    expect(named).toHaveLength(printed.length);
    expect(named.map((w) => w.params['name'])).toContain('CHAN Kwok-wai');
    const rejected = lai.people.findIndex((p) => p.bondsperson?.determination === 'rejected');
    expect(rejected).toBeGreaterThanOrEqual(0);
    expect(named.map((w) => w.path)).not.toContain(`people.${rejected}.bondsperson`);
  });

  it('writes French typography around case text', () => {
    const fr = text(withFrench(lai), 'release-plan', { lang: 'fr' });
    expect(fr).toContain(`Objet${NBSP}: `);
    expect(fr).toContain(`Répond à${NBSP}: risque de fuite`);
    expect(fr).not.toContain(' : ');
    expect(fr).not.toMatch(/\bde [AEIOUÉ]/u);
  });
});

describe("counsel's title in a French filing", () => {
  const full = { ...counsel, title: 'Barrister and Solicitor', lawSociety: 'Law Society of Ontario', lawSocietyNumber: '71234P' };

  it('prints the French title and law society counsel gave, never the English beside them', () => {
    const fr = text(lai, 'letter', { lang: 'fr', profile: { ...full, titleFr: 'Avocate', lawSocietyFr: 'Barreau de l’Ontario' } });
    expect(fr).toContain('Avocate');
    expect(fr).toMatch(/Barreau de l’Ontario, nº\s71234P/u);
    expect(fr).not.toContain('Barrister');
    expect(fr).not.toContain('Law Society of Ontario');
    // The English letter keeps the English.
    const en = text(lai, 'letter', { lang: 'en', profile: { ...full, titleFr: 'Avocate' } });
    expect(en).toContain('Barrister and Solicitor');
    expect(en).not.toContain('Avocate');
  });

  it('prints the title as typed when no French one was given', () => {
    expect(text(lai, 'letter', { lang: 'fr', profile: full })).toContain('Barrister and Solicitor');
  });
});
