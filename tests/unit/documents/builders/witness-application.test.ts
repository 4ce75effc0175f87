import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { durationWords } from '../../../../src-main/documents/builders/witness-application.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { caught } from '../../../helpers/errors.ts';
import { build, load, text, withoutPseudonym, withRuleApplications } from './helpers.ts';

const lai = withRuleApplications(withoutPseudonym(load('case1-lai')));
const NBSP = '\u00A0';
const store = createTemplateStore();
const labels = (lang: 'en' | 'fr') => store.set(lang)('witnesses-application').front.strings;

function witness(change: object): Case {
  const applications = (lai.detention.applications ?? []).map((a) => (a.id === 'app-r32' ? { ...a, ...change } : a));
  return { ...lai, detention: { ...lai.detention, applications } };
}

describe('r.32 witness information from its own fields', () => {
  it('prints each item of r.32(1) in English: testimony, time, relationship, not an expert, the means; then counsel’s paragraphs', () => {
    const en = text(lai, 'witnesses-application', { today: '2026-03-16' });
    for (const s of [
      'intends to call CHAN Mei-ling as a witness',
      '(a) Purpose and substance of the testimony',
      'Ms. Chan will say that she can house the person concerned',
      'She will describe the room offered and her working hours.',
      '(b) Time needed for the testimony: 20 minutes.',
      '(c) Relationship between LAI Wing-sze (黎詠詩) and the witness: her cousin.',
      '(d) Expert witness: the witness is not called as an expert.',
      '(e) How the witness will testify: by videoconference.',
      'Further information',
      'Ms. Chan works nights',
    ])
      expect(en).toContain(s);
    expect(en.indexOf('(a) Purpose')).toBeLessThan(en.indexOf('(e) How'));
    expect(en).not.toMatch(/\{\{|\}\}|undefined/u);
  });

  it('prints them in French, with French spacing and the expert’s qualifications', () => {
    const expert = witness({
      expertWitness: true,
      expertQualifications: 'Psychologist registered in Ontario since 2009.\n\nTwelve years of work with survivors of trafficking.',
      testimonyMinutes: 90,
      witnessMeans: 'in-person',
      witnessRelationship: 'none: she assessed the person concerned on 2 March 2026.',
      reasons: [],
    });
    const fr = text(expert, 'witnesses-application', { lang: 'fr', today: '2026-03-16' });
    for (const s of [
      'a) Résumé du témoignage, qui sera signé par le témoin expert',
      `b) Temps nécessaire pour entendre le témoignage${NBSP}: 1 heure 30 minutes.`,
      `c) Lien entre LAI Wing-sze (黎詠詩) et le témoin${NBSP}: none: she assessed the person concerned on 2 March 2026.`,
      `d) Témoin expert${NBSP}: le témoin est cité à titre d'expert${NBSP}; ses compétences sont les suivantes.`,
      'Psychologist registered in Ontario since 2009.',
      'Twelve years of work with survivors of trafficking.',
      `e) Mode de témoignage${NBSP}: en personne.`,
    ])
      expect(fr).toContain(s);
    expect(fr).not.toContain('Autres renseignements');
    expect(fr).not.toMatch(/\{\{|\}\}|undefined/u);
    const en = text(expert, 'witnesses-application', { today: '2026-03-16' });
    expect(en).toContain('(a) Summary of the testimony, to be signed by the expert witness');
    expect(en).toContain('(d) Expert witness: the witness is called as an expert, with the following qualifications.');
    expect(en).toContain('(b) Time needed for the testimony: 1 hour 30 minutes.');
  });

  it('refuses with each missing item of r.32(1) named by its path; counsel’s paragraphs are not required', () => {
    const bare = witness({
      witness: ' ',
      testimony: undefined,
      testimonyMinutes: undefined,
      witnessRelationship: ' ',
      expertWitness: true,
      expertQualifications: undefined,
      witnessMeans: undefined,
      reasons: [],
    });
    const at = 'detention.applications.1';
    expect(caught(() => build(bare, 'witnesses-application', { today: '2026-03-16' })).issues.map((i) => [i.path, i.code])).toEqual([
      [`${at}.witness`, 'witnessNoName'],
      [`${at}.testimony`, 'witnessNoTestimony'],
      [`${at}.testimonyMinutes`, 'witnessNoTime'],
      [`${at}.witnessRelationship`, 'witnessNoRelationship'],
      [`${at}.expertQualifications`, 'witnessNoQualifications'],
      [`${at}.witnessMeans`, 'witnessNoMeans'],
    ]);
  });

  it('words a duration in hours and minutes in both languages', () => {
    expect(durationWords(1, labels('en'))).toBe('1 minute');
    expect(durationWords(45, labels('en'))).toBe('45 minutes');
    expect(durationWords(60, labels('en'))).toBe('1 hour');
    expect(durationWords(150, labels('en'))).toBe('2 hours 30 minutes');
    expect(durationWords(120, labels('fr'))).toBe('2 heures');
    expect(durationWords(61, labels('fr'))).toBe('1 heure 1 minute');
  });
});
