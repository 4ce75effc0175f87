import type { CaseMigration } from './migration.ts';

/**
 * Version 3: a statement holds a list of translations. The single `translation` of versions 1
 * and 2 becomes the first (and only) item of `translations`. Frozen: later changes get their own file.
 */
const FROM = 2;
const TO = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function migrateStatement(statement: unknown): unknown {
  if (!isRecord(statement)) return statement;
  const { translation, ...rest } = statement;
  if (Array.isArray(rest['translations'])) return translation === undefined ? statement : rest;
  return { ...rest, translations: isRecord(translation) ? [translation] : [] };
}

function migrate(document: unknown): unknown {
  // Anything that is not the expected shape is left for validation to reject with a clear error.
  if (!isRecord(document) || !Array.isArray(document['statements'])) return document;
  return { ...document, statements: document['statements'].map(migrateStatement) };
}

export const migration0003: CaseMigration = Object.freeze({ from: FROM, to: TO, name: 'statement-translations', migrate });
