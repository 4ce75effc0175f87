import { describe, expect, it } from 'vitest';
import { defaultTranslationRules } from '../../../../src-main/core/rules/translation-rules-data.ts';
import {
  accuracyWording,
  defaultDestination,
  isBlank,
  usualCertification,
} from '../../../../src-renderer/features/statements/certification.ts';

describe('where a translation is filed', () => {
  it('defaults to the case forum when translations are filed there, and to nothing before the Federal Court or CBSA', () => {
    const matter = { openedAt: '2026-03-10', fileNumbers: [], languageOfProceedings: 'en' as const, privacy: 'public' as const };
    expect(defaultDestination({ matter: { ...matter, forum: 'IRB-ID' } })).toBe('IRB-ID');
    expect(defaultDestination({ matter: { ...matter, forum: 'IRCC' } })).toBe('IRCC');
    expect(defaultDestination({ matter: { ...matter, forum: 'FC' } })).toBeUndefined();
    expect(defaultDestination({ matter: { ...matter, forum: 'CBSA' } })).toBeUndefined();
  });

  it('words a new declaration with the certification the destination takes first', () => {
    expect(usualCertification('IRB-ID', defaultTranslationRules)).toBe(defaultTranslationRules.destinations['IRB-ID'].accepts[0]);
    expect(usualCertification('IRCC', defaultTranslationRules)).toBe(defaultTranslationRules.destinations.IRCC.accepts[0]);
    expect(usualCertification(undefined, defaultTranslationRules)).toBe('ID_DECLARATION');
  });
});

describe('the statement of accuracy', () => {
  it('is the rule data’s wording in the document’s language, with both languages named', () => {
    const text = accuracyWording(defaultTranslationRules, 'ID_DECLARATION', 'en', { from: 'Cantonese', into: 'English' });
    expect(text).toContain('Cantonese');
    expect(text).toContain('English');
    expect(text).not.toMatch(/\{(from|into)\}/);
    const template = defaultTranslationRules.certifications.ID_DECLARATION.accuracyStatement.en;
    expect(text).toBe(template.replaceAll('{from}', 'Cantonese').replaceAll('{into}', 'English'));
  });

  it('names the languages every time they appear (the affidavit names them twice)', () => {
    const text = accuracyWording(defaultTranslationRules, 'IRCC_AFFIDAVIT', 'fr', { from: 'thaï', into: 'français' });
    const template = defaultTranslationRules.certifications.IRCC_AFFIDAVIT.accuracyStatement.fr;
    expect(text.split('thaï').length - 1).toBe(template.split('{from}').length - 1);
    expect(text).not.toContain('{');
  });
});

describe('an empty part of a certification', () => {
  it('is blank when every field is empty or unset, and not once anything is typed', () => {
    expect(isBlank({ translatorName: '', languageAndDialect: '', accuracyStatement: '', signedAt: undefined })).toBe(true);
    expect(isBlank({ translatorName: 'WONG Mei-ling', languageAndDialect: '' })).toBe(false);
  });
});
