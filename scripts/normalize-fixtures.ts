/**
 * Rewrites each case fixture in its canonical form (every default filled in, as export
 * produces it) at the current format version, so import→export round-trips compare byte for byte.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCaseFile } from '../src-main/core/model/interchange.ts';
import { migrateCase } from '../src-main/vault/migrations/runner.ts';

const dir = path.resolve(import.meta.dirname, '../tests/fixtures/cases');
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json'))) {
  const parsed = parseCaseFile(JSON.parse(await readFile(path.join(dir, name), 'utf8')), migrateCase);
  await writeFile(path.join(dir, name), `${JSON.stringify(parsed, null, 2)}\n`);
  console.log(`normalised ${name}`);
}
