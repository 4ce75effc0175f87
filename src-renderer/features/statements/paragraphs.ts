import type { Statement } from './model.ts';

/**
 * The statement and its translations are kept paragraph-aligned: paragraph n of the original and
 * paragraph n of each translation say the same thing, so "para 14" means the same in all. These
 * helpers change every side together so they never drift apart.
 */

export interface AlignedRow {
  /** 1-based paragraph number, as printed. */
  readonly n: number;
  readonly original: string;
  readonly translation: string;
  /** The original has words here and the translation does not yet. */
  readonly pending: boolean;
}

type Translation = Statement['translations'][number];
type Dates = Statement['dates'];

/**
 * As many rows as the longest side, beside the translation into `lang` (the first when no
 * language is given); a side shorter than the other reads as empty cells.
 */
export function alignedRows(statement: Pick<Statement, 'paragraphs' | 'translations'>, lang?: Translation['lang']): AlignedRow[] {
  const translated =
    (lang === undefined ? statement.translations[0] : statement.translations.find((t) => t.lang === lang))?.paragraphs ?? [];
  const count = Math.max(statement.paragraphs.length, translated.length);
  return Array.from({ length: count }, (_, i) => {
    const original = statement.paragraphs[i] ?? '';
    const translation = translated[i] ?? '';
    return { n: i + 1, original, translation, pending: original.trim() !== '' && translation.trim() === '' };
  });
}

/** The original and every translation padded with empty paragraphs to the same length. */
function padded(statement: Statement): { original: string[]; translations: string[][] } {
  const count = Math.max(statement.paragraphs.length, ...statement.translations.map((t) => t.paragraphs.length));
  const pad = (paragraphs: readonly string[]): string[] => Array.from({ length: count }, (_, i) => paragraphs[i] ?? '');
  return { original: pad(statement.paragraphs), translations: statement.translations.map((t) => pad(t.paragraphs)) };
}

function withSides(statement: Statement, original: string[], translations: string[][], dates: Dates = statement.dates): Statement {
  return {
    ...statement,
    paragraphs: original,
    dates,
    translations: statement.translations.map((t, i) => ({ ...t, paragraphs: translations[i] ?? t.paragraphs })),
  };
}

/** Inserts an empty paragraph in the original and every translation at `at` (0-based; `at` = length appends). */
export function insertRow(statement: Statement, at: number): Statement {
  const { original, translations } = padded(statement);
  const index = Math.max(0, Math.min(at, original.length));
  original.splice(index, 0, '');
  for (const side of translations) side.splice(index, 0, '');
  const dates = statement.dates.map((d) => (d.paragraph >= index ? { ...d, paragraph: d.paragraph + 1 } : d));
  return withSides(statement, original, translations, dates);
}

/** Removes paragraph `at` (0-based) from the original and every translation, with the dates recorded in it. */
export function removeRow(statement: Statement, at: number): Statement {
  const { original, translations } = padded(statement);
  if (at < 0 || at >= original.length) return statement;
  original.splice(at, 1);
  for (const side of translations) side.splice(at, 1);
  const dates = statement.dates.flatMap((d) => (d.paragraph === at ? [] : d.paragraph > at ? [{ ...d, paragraph: d.paragraph - 1 }] : [d]));
  return withSides(statement, original, translations, dates);
}

/** How many dates are recorded in paragraph `at`. */
export function datesIn(statement: Pick<Statement, 'dates'>, at: number): number {
  return statement.dates.filter((d) => d.paragraph === at).length;
}

/** Sets the original's paragraph `at`, keeping every translation as long as the original. */
export function setOriginal(statement: Statement, at: number, text: string): Statement {
  const { original, translations } = padded(statement);
  while (original.length <= at) {
    original.push('');
    for (const side of translations) side.push('');
  }
  original[at] = text;
  return withSides(statement, original, translations);
}

/** Sets paragraph `at` of the translation into `lang`, starting that translation when there is none. */
export function setTranslated(statement: Statement, at: number, text: string, lang: Translation['lang']): Statement {
  const base: Statement = statement.translations.some((t) => t.lang === lang)
    ? statement
    : { ...statement, translations: [...statement.translations, { lang, paragraphs: [] }] };
  const { original, translations } = padded(base);
  const index = base.translations.findIndex((t) => t.lang === lang);
  while (original.length <= at) {
    original.push('');
    for (const side of translations) side.push('');
  }
  const side = translations[index];
  if (side) side[at] = text;
  return withSides(base, original, translations);
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

/** How far the translation into `lang` (the first by default) has come: rows whose original has words, and how many of those are translated. */
export function progress(
  statement: Pick<Statement, 'paragraphs' | 'translations'>,
  lang?: Translation['lang'],
): { readonly done: number; readonly total: number } {
  const rows = alignedRows(statement, lang).filter((r) => r.original.trim() !== '');
  return { done: rows.filter((r) => !r.pending).length, total: rows.length };
}
