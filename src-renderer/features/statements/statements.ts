import type { Case } from '../../../src-main/core/model/case.ts';
import { directionForLang, type TextDirection } from '../../../src-main/core/lang/direction.ts';
import type { Statement, StatementKind, StatementMethod } from './model.ts';

export const statementKinds = [
  'client-statement',
  'affidavit',
  'statutory-declaration',
  'support-letter',
  'document',
] as const satisfies readonly StatementKind[];

export const statementMethods = ['handwritten', 'typed', 'dictated-via-interpreter'] as const satisfies readonly StatementMethod[];

/** A well-formed BCP 47 tag as the case schema reads one; anything else gets no `lang` attribute. */
export function usableLang(tag: string | undefined): string | undefined {
  const trimmed = tag?.trim() ?? '';
  return /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/u.test(trimmed) ? trimmed : undefined;
}

/**
 * The direction a statement's text runs in, from its language: Persian, Arabic, Urdu, Hebrew and
 * other right-to-left languages (or an explicit Arabic or Hebrew script subtag) read right to left.
 */
export function directionOf(tag: string | undefined): TextDirection {
  const lang = usableLang(tag);
  return lang === undefined ? 'ltr' : directionForLang(lang);
}

/**
 * A new statement, in the language the client prefers for hearings (else their first language),
 * its translation to be in the language of proceedings.
 */
export function newStatement(id: string, value: Pick<Case, 'client' | 'matter'>): Statement {
  const languages = value.client.languages;
  const lang = (languages.find((l) => l.preferredForHearing) ?? languages[0])?.lang ?? '';
  return {
    id,
    kind: 'client-statement',
    title: '',
    lang,
    method: 'typed',
    paragraphs: [''],
    dates: [],
    translations: [{ lang: value.matter.languageOfProceedings, paragraphs: [''] }],
  };
}

/** Replaces the statement with this id. */
export function updateStatement(value: Case, id: string, update: (statement: Statement) => Statement): Case {
  return { ...value, statements: value.statements.map((s) => (s.id === id ? update(s) : s)) };
}

/**
 * Removes a statement. The exhibit holding its handwritten original stays: it is evidence of its
 * own, and other parts of the case may cite it.
 */
export function withoutStatement(value: Case, id: string): Case {
  return { ...value, statements: value.statements.filter((s) => s.id !== id) };
}
