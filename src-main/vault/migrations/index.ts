import { migration0001 } from './0001-initial.ts';
import { migration0002 } from './0002-records.ts';
import { migration0003 } from './0003-statement-translations.ts';
import type { CaseMigration } from './migration.ts';

/** Every migration in order. Append-only: a released migration is never edited or removed. */
export const migrations: readonly CaseMigration[] = Object.freeze([migration0001, migration0002, migration0003]);
