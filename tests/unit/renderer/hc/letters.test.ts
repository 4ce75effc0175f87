import { describe, expect, test } from 'vitest';
import { statementSchema } from '../../../../src-main/core/model/case.ts';
import { letterIds, letterTranslation, withAuthor } from '../../../../src-renderer/features/hc/letters.ts';
import { case2 } from './facts.ts';

const abbotLetter = statementSchema.parse({
  id: 'st-abbot',
  kind: 'support-letter',
  title: "Abbot's letter",
  lang: 'th',
  paragraphs: ['หนึ่ง', 'สอง', 'สาม'],
});

describe("a letter's translation", () => {
  test('is read from the statement it points to', () => {
    expect(letterTranslation({}, [abbotLetter])).toEqual({ kind: 'no-statement' });
    expect(letterTranslation({ statementId: 'st-gone' }, [abbotLetter])).toEqual({ kind: 'statement-missing' });
    expect(letterTranslation({ statementId: 'st-abbot' }, [abbotLetter])).toEqual({ kind: 'not-translated' });
    const translated = {
      ...abbotLetter,
      translations: [{ lang: 'en' as const, paragraphs: ['One', '', 'Three'], certification: 'IRCC_CERTIFIED_MEMBER' as const }],
    };
    expect(letterTranslation({ statementId: 'st-abbot' }, [translated])).toEqual({
      kind: 'translated',
      lang: 'en',
      done: 2,
      total: 3,
      certification: 'IRCC_CERTIFIED_MEMBER',
    });
    const blank = { ...abbotLetter, translations: [{ lang: 'en' as const, paragraphs: [' ', ''] }] };
    expect(letterTranslation({ statementId: 'st-abbot' }, [blank])).toEqual({ kind: 'not-translated' });
  });
});

describe("a letter's author", () => {
  const c = case2();
  const blank = { id: 'ls-new', authorName: '', relationship: '', lang: 'en', translated: false };

  test('picked from the people fills an empty name, and follows a later pick', () => {
    const teacher = withAuthor(blank, c.people, 'p-teacher');
    expect(teacher).toMatchObject({ authorId: 'p-teacher', authorName: 'DUNBAR Claire' });
    expect(withAuthor(teacher, c.people, 'p-mali')).toMatchObject({ authorId: 'p-mali', authorName: 'SRISUK-DUNN Mali' });
  });

  test('never overwrites a name typed by hand, and "none" keeps the name', () => {
    const typed = withAuthor({ ...blank, authorName: 'Ms. Claire Dunbar' }, c.people, 'p-teacher');
    expect(typed).toMatchObject({ authorId: 'p-teacher', authorName: 'Ms. Claire Dunbar' });
    const none = withAuthor(typed, c.people, undefined);
    expect(none).not.toHaveProperty('authorId');
    expect(none.authorName).toBe('Ms. Claire Dunbar');
  });

  test('a letter id is never reused', () => {
    expect(letterIds(c)).toEqual(new Set(['ls-teacher', 'ls-abbot']));
  });
});
