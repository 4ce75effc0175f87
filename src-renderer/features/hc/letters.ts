import type { Case, Person, Statement, SupportLetter } from '../../../src-main/core/model/case.ts';
import { personName } from '../../case-edit/people.ts';
import { withLetterField } from './model.ts';

/** What the register can say of a letter's translation, from the statement it points to. */
export type LetterTranslation =
  | { readonly kind: 'no-statement' }
  | { readonly kind: 'statement-missing' }
  | { readonly kind: 'not-translated' }
  | { readonly kind: 'translated'; readonly lang: string; readonly done: number; readonly total: number; readonly certification?: string };

export function letterTranslation(letter: Pick<SupportLetter, 'statementId'>, statements: readonly Statement[]): LetterTranslation {
  if (letter.statementId === undefined) return { kind: 'no-statement' };
  const statement = statements.find((s) => s.id === letter.statementId);
  if (!statement) return { kind: 'statement-missing' };
  // The letter is read in the first translation that has words in it.
  const translation = statement.translations.find((tr) => tr.paragraphs.some((p) => p.trim() !== '')) ?? statement.translations[0];
  const done = translation?.paragraphs.filter((p) => p.trim() !== '').length ?? 0;
  if (!translation || done === 0) return { kind: 'not-translated' };
  return {
    kind: 'translated',
    lang: translation.lang,
    done,
    total: statement.paragraphs.length,
    ...(translation.certification ? { certification: translation.certification } : {}),
  };
}

/**
 * The letter with its author picked from the people in the case (or none). The name follows the
 * person while it is empty or still the previous person's name; a name typed by hand is kept.
 */
export function withAuthor(letter: SupportLetter, people: readonly Person[], authorId: string | undefined): SupportLetter {
  const previous = people.find((p) => p.id === letter.authorId);
  const next = people.find((p) => p.id === authorId);
  const named = letter.authorName.trim() === '' || (previous !== undefined && letter.authorName === personName(previous));
  const withId = withLetterField(letter, 'authorId', next ? authorId : undefined);
  return next && named ? { ...withId, authorName: personName(next) } : withId;
}

/** Ids already used by letters, so a new letter's id is never one of them. */
export function letterIds(c: Pick<Case, 'hc'>): Set<string> {
  return new Set(c.hc.letters.map((l) => l.id));
}
