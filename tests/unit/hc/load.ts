import { readFileSync } from 'node:fs';
import path from 'node:path';
import { caseSchema, type Case } from '../../../src-main/core/model/case.ts';

const root = path.resolve(import.meta.dirname, '../../..');

/** A fixture case, parsed through the schema as the app stores it. */
export function loadCase(name: string): Case {
  const file = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', `${name}.json`), 'utf8')) as { case: unknown };
  return caseSchema.parse(file.case);
}

/** A copy of a case with its H&C record changed. */
export function withHc(c: Case, hc: Partial<Case['hc']>): Case {
  return { ...c, hc: { ...c.hc, ...hc } };
}
