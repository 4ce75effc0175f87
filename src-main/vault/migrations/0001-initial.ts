import type { CaseMigration } from './migration.ts';

/**
 * Version 1 baseline. Version 0 is the draft shape written before the first release:
 * `caseType` ('detention' | 'hc') instead of `kind`, and `closed` instead of `archived`.
 * Everything here is frozen: later changes get their own migration file, never an edit here.
 */
const LEGACY_KINDS: Readonly<Record<string, string>> = Object.freeze({ detention: 'detention-review', hc: 'hc' });
const FROM = 0;
const TO = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function migrate(document: unknown): unknown {
  // Anything that is not an object is left for validation to reject with a clear error.
  if (!isRecord(document)) return document;
  const { caseType, closed, ...rest } = document;
  const next: Record<string, unknown> = { ...rest };
  if (next['kind'] === undefined && typeof caseType === 'string') next['kind'] = LEGACY_KINDS[caseType] ?? caseType;
  if (next['archived'] === undefined) next['archived'] = closed === true;
  return next;
}

export const migration0001: CaseMigration = Object.freeze({ from: FROM, to: TO, name: 'initial', migrate });
