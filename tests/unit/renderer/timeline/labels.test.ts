import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../../src-main/core/model/partial-date.ts';
import type { DerivedEvent } from '../../../../src-main/core/timeline/derived.ts';
import { derivedSummary, gregorianText } from '../../../../src-renderer/features/timeline/labels.ts';
import en from '../../../../src-renderer/i18n/en.json';
import fr from '../../../../src-renderer/i18n/fr.json';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en: { translation: en }, fr: { translation: fr } }, interpolation: { escapeValue: false } });
});
const inLang = (lang: 'en' | 'fr') => i18n.getFixedT(lang);

const date = (fields: Partial<PartialDate>): PartialDate => ({
  calendar: 'gregorian',
  original: '',
  qualifier: 'exact',
  confidence: 'high',
  ...fields,
});

describe("the Timeline tab's Gregorian dates, in the UI language's words as the printed chronology writes them", () => {
  it('"after" a whole month, a day, and before the first of a month', () => {
    expect(gregorianText(inLang('en'), date({ year: 2019, month: 3, qualifier: 'after' }))).toBe('after March 2019');
    expect(gregorianText(inLang('fr'), date({ year: 2019, month: 3, qualifier: 'after' }))).toBe('après mars 2019');
    expect(gregorianText(inLang('en'), date({ year: 2019, month: 3, day: 1, qualifier: 'after' }))).toBe('after 1 March 2019');
    expect(gregorianText(inLang('fr'), date({ year: 2019, month: 3, day: 1, qualifier: 'after' }))).toBe('après le 1er mars 2019');
    expect(gregorianText(inLang('fr'), date({ year: 2020, month: 1, day: 1, qualifier: 'before' }))).toBe('avant le 1er janvier 2020');
  });

  it('an exact day, a year, a circa month, and a range of days typed by hand', () => {
    expect(gregorianText(inLang('en'), date({ year: 1988, month: 8, day: 12 }))).toBe('12 August 1988');
    expect(gregorianText(inLang('fr'), date({ year: 2019 }))).toBe('2019');
    expect(gregorianText(inLang('en'), date({ year: 2019, month: 3, qualifier: 'circa' }))).not.toMatch(/\d{4}-\d{2}/u);
    const typed = date({ original: 'mid-March 2019', earliest: '2019-03-10', latest: '2019-03-20' });
    expect(gregorianText(inLang('en'), typed)).toBe('10 March 2019 – 20 March 2019');
  });
});

describe("the Timeline tab's status rows", () => {
  const start = (details: Record<string, string>): DerivedEvent => ({
    key: 'derived:client.statusHistory.0.from',
    kind: 'status-start',
    category: 'status',
    when: date({ year: 2024, month: 5, day: 1 }),
    derivedFrom: 'client.statusHistory.0.from',
    editAt: 'client',
    details: { status: 'work-employer-specific', ...details },
  });

  it("show a permit's employer and conditions beside its status, in English and French", () => {
    const both = start({ employer: 'Maple Leaf Greenhouses Ltd.', conditions: 'Leamington only' });
    expect(derivedSummary(inLang('en'), both)).toBe(
      'Status begins: Employer-specific work permit (employer: Maple Leaf Greenhouses Ltd.; conditions: Leamington only)',
    );
    expect(derivedSummary(inLang('fr'), both)).toBe(
      'Début du statut : Permis de travail lié à un employeur (employeur\u00A0: Maple Leaf Greenhouses Ltd.\u00A0; conditions\u00A0: Leamington only)',
    );
    expect(derivedSummary(inLang('en'), start({ employer: 'Maple Leaf Greenhouses Ltd.' }))).toBe(
      'Status begins: Employer-specific work permit (employer: Maple Leaf Greenhouses Ltd.)',
    );
    expect(derivedSummary(inLang('en'), start({ conditions: 'Leamington only' }))).toBe(
      'Status begins: Employer-specific work permit (conditions: Leamington only)',
    );
    expect(derivedSummary(inLang('en'), start({}))).toBe('Status begins: Employer-specific work permit');
  });
});
