import { CASE_SCHEMA_VERSION } from '../../core/model/case.ts';
import { migrateCase } from './runner.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A case interchange file written at an older format version, brought to the current one by the
 * same migrations the vault runs (a version-1 statement's `translation` becomes `translations`).
 * Anything else, a newer version included, is returned as it is for the parser to judge.
 */
export function upgradeCaseFile(input: unknown): unknown {
  if (!isRecord(input)) return input;
  const version = input['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || version >= CASE_SCHEMA_VERSION) return input;
  return { ...input, formatVersion: CASE_SCHEMA_VERSION, case: migrateCase(input['case'], version) };
}
