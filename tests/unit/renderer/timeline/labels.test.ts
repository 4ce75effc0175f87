import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../../src-main/core/model/partial-date.ts';
import { gregorianText } from '../../../../src-renderer/features/timeline/labels.ts';
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
