import { DossierError } from '../../core/errors.ts';
import { CASE_SCHEMA_VERSION } from '../../core/model/case.ts';
import { migrations as registered } from './index.ts';
import type { CaseMigration } from './migration.ts';

/** Throws unless the list is a gap-free chain ending at the current schema version. */
export function assertChain(list: readonly CaseMigration[], target: number): void {
  list.forEach((m, i) => {
    if (m.to !== m.from + 1) throw new Error(`Migration ${m.name} must go up exactly one version.`);
    const before = list[i - 1];
    if (before && before.to !== m.from) throw new Error(`Migration ${m.name} does not follow ${before.name}.`);
  });
  const last = list.at(-1);
  if (last && last.to !== target) throw new Error(`Migrations end at version ${last.to}, the schema is at ${target}.`);
}

/** Brings stored case JSON from `fromVersion` up to the current schema, in order. */
export function migrateCase(
  document: unknown,
  fromVersion: number,
  list: readonly CaseMigration[] = registered,
  target = CASE_SCHEMA_VERSION,
): unknown {
  if (fromVersion > target) {
    throw new DossierError(
      'FUTURE_SCHEMA',
      `This case was saved by a newer version of Dossier (format ${fromVersion}). Update Dossier to change it.`,
    );
  }
  assertChain(list, target);
  return list.filter((m) => m.from >= fromVersion).reduce((doc, m) => m.migrate(doc), document);
}
