import type { Statement } from './model.ts';

/**
 * The statement and its translation are kept paragraph-aligned: paragraph n of the original and
 * paragraph n of the translation say the same thing, so "para 14" means the same in both. These
 * helpers change both sides together so they never drift apart.
 */

export interface AlignedRow {
  /** 1-based paragraph number, as printed. */
  readonly n: number;
  readonly original: string;
  readonly translation: string;
  /** The original has words here and the translation does not yet. */
  readonly pending: boolean;
}

type Translation = NonNullable<Statement['translation']>;
type Dates = Statement['dates'];

/** As many rows as the longer side; a side shorter than the other reads as empty cells. */
export function alignedRows(statement: Pick<Statement, 'paragraphs' | 'translation'>): AlignedRow[] {
  const translated = statement.translation?.paragraphs ?? [];
  const count = Math.max(statement.paragraphs.length, translated.length);
  return Array.from({ length: count }, (_, i) => {
    const original = statement.paragraphs[i] ?? '';
    const translation = translated[i] ?? '';
    return { n: i + 1, original, translation, pending: original.trim() !== '' && translation.trim() === '' };
  });
}

/** Both sides padded with empty paragraphs to the same length. */
function padded(statement: Statement): { original: string[]; translation: string[] | undefined } {
  const rows = alignedRows(statement);
  return {
    original: rows.map((r) => r.original),
    translation: statement.translation ? rows.map((r) => r.translation) : undefined,
  };
}

function withSides(statement: Statement, original: string[], translation: string[] | undefined, dates: Dates = statement.dates): Statement {
  return {
    ...statement,
    paragraphs: original,
    dates,
    ...(statement.translation && translation ? { translation: { ...statement.translation, paragraphs: translation } } : {}),
  };
}

/** Inserts an empty paragraph on both sides at `at` (0-based; `at` = length appends). */
export function insertRow(statement: Statement, at: number): Statement {
  const { original, translation } = padded(statement);
  const index = Math.max(0, Math.min(at, original.length));
  original.splice(index, 0, '');
  translation?.splice(index, 0, '');
  const dates = statement.dates.map((d) => (d.paragraph >= index ? { ...d, paragraph: d.paragraph + 1 } : d));
  return withSides(statement, original, translation, dates);
}

/** Removes paragraph `at` (0-based) from both sides, with the dates recorded in it. */
export function removeRow(statement: Statement, at: number): Statement {
  const { original, translation } = padded(statement);
  if (at < 0 || at >= original.length) return statement;
  original.splice(at, 1);
  translation?.splice(at, 1);
  const dates = statement.dates.flatMap((d) => (d.paragraph === at ? [] : d.paragraph > at ? [{ ...d, paragraph: d.paragraph - 1 }] : [d]));
  return withSides(statement, original, translation, dates);
}

/** How many dates are recorded in paragraph `at`. */
export function datesIn(statement: Pick<Statement, 'dates'>, at: number): number {
  return statement.dates.filter((d) => d.paragraph === at).length;
}

/** Sets the original's paragraph `at`, keeping the translation as long as the original. */
export function setOriginal(statement: Statement, at: number, text: string): Statement {
  const { original, translation } = padded(statement);
  while (original.length <= at) {
    original.push('');
    translation?.push('');
  }
  original[at] = text;
  return withSides(statement, original, translation);
}

/** Sets the translation's paragraph `at`, starting a translation in `lang` when there is none. */
export function setTranslated(statement: Statement, at: number, text: string, lang: Translation['lang']): Statement {
  const base: Statement = statement.translation ? statement : { ...statement, translation: { lang, paragraphs: [] } };
  const { original, translation = [] } = padded(base);
  while (original.length <= at) {
    original.push('');
    translation.push('');
  }
  translation[at] = text;
  return withSides(base, original, translation);
}

/**
 * Splits pasted text into paragraphs at blank lines (any line ending), trimming each and dropping
 * empty ones, so a statement typed elsewhere arrives one paragraph per row.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[^\S\n]*\n+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Pasting several paragraphs into the original's cell `at`: the first replaces the cell, the rest
 * become new rows after it (with empty translation cells), so both sides stay aligned.
 */
export function pasteOriginal(statement: Statement, at: number, parts: readonly string[]): Statement {
  const [first, ...rest] = parts;
  if (first === undefined) return statement;
  let next = setOriginal(statement, at, first);
  rest.forEach((text, i) => {
    next = setOriginal(insertRow(next, at + 1 + i), at + 1 + i, text);
  });
  return next;
}

/** How far the translation has come: rows whose original has words, and how many of those are translated. */
export function progress(statement: Pick<Statement, 'paragraphs' | 'translation'>): { readonly done: number; readonly total: number } {
  const rows = alignedRows(statement).filter((r) => r.original.trim() !== '');
  return { done: rows.filter((r) => !r.pending).length, total: rows.length };
}
