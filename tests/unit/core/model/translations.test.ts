import { describe, expect, it } from 'vitest';
import { statementSchema, type Statement } from '../../../../src-main/core/model/case.ts';
import {
  chosenTranslation,
  hasTranslatedText,
  translationFieldPath,
  viewOf,
  withoutTranslation,
  withTranslation,
} from '../../../../src-main/core/model/translations.ts';

const base = {
  id: 'st-letter-1',
  kind: 'support-letter',
  title: 'Letter from the abbot',
  lang: 'th',
  method: 'handwritten',
  paragraphs: ['ข้าพเจ้ารู้จักนางสาวกนกวรรณ', 'เธอเป็นคนดี'],
};
const english = { lang: 'en', translatorId: 'p-atio-translator', paragraphs: ['I know Ms Kanokwan.', 'She is a good person.'] };
const french = { lang: 'fr', translatorId: 'p-other-translator', paragraphs: ['Je connais Mme Kanokwan.', ''] };

describe('a statement’s translations', () => {
  it('holds one per official language, in the order entered, with a typed transcription beside them', () => {
    const statement = statementSchema.parse({
      ...base,
      translations: [french, english],
      transcription: { transcriberName: 'Somchai P.', transcribedOn: '2026-04-02' },
    });
    expect(statement.translations.map((t) => t.lang)).toEqual(['fr', 'en']);
    expect(statement.transcription).toEqual({ transcriberName: 'Somchai P.', transcribedOn: '2026-04-02' });
    expect(statementSchema.parse(base).translations).toEqual([]);
  });

  it('refuses a second translation into the same language, and one longer than the original, each at its own path', () => {
    const twice = statementSchema.safeParse({ ...base, translations: [english, { ...english, translatorId: undefined }] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['translations.1.lang', 'translationLangTwice']]);
    const long = statementSchema.safeParse({ ...base, translations: [english, { ...french, paragraphs: ['a', 'b', 'c'] }] });
    expect(long.error?.issues.map((i) => i.path.join('.'))).toEqual(['translations.1.paragraphs']);
    const three = statementSchema.safeParse({ ...base, translations: [english, french, english] });
    expect(three.success).toBe(false);
  });

  it('is chosen by language, the first by default, and edited in place or appended', () => {
    const statement: Statement = statementSchema.parse({ ...base, translations: [english] });
    expect(chosenTranslation(statement)?.lang).toBe('en');
    expect(chosenTranslation(statement, 'fr')).toBeUndefined();
    expect(viewOf(statement, 'fr').translation).toBeUndefined();
    const both = withTranslation(statement, statementSchema.parse({ ...base, translations: [french] }).translations[0]!);
    expect(both.translations.map((t) => t.lang)).toEqual(['en', 'fr']);
    expect(viewOf(both, 'fr').translation?.translatorId).toBe('p-other-translator');
    const retranslated = withTranslation(both, { lang: 'en', paragraphs: ['Changed.', ''] });
    expect(retranslated.translations.map((t) => [t.lang, t.paragraphs[0]])).toEqual([
      ['en', 'Changed.'],
      ['fr', 'Je connais Mme Kanokwan.'],
    ]);
    expect(withoutTranslation(both, 'en').translations.map((t) => t.lang)).toEqual(['fr']);
    expect(hasTranslatedText(both)).toBe(true);
    expect(hasTranslatedText(withTranslation(statement, { lang: 'en', paragraphs: [' ', ''] }))).toBe(false);
  });

  it('puts a finding about one translation at that translation’s path in the statement', () => {
    expect(translationFieldPath('translation.translatorId', 1)).toBe('translations.1.translatorId');
    expect(translationFieldPath('translation', 0)).toBe('translations.0');
    expect(translationFieldPath('dialect', 1)).toBe('dialect');
  });
});
