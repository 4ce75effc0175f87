import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION } from '../../../src-main/core/model/case.ts';
import { parseCase, parseCaseFile } from '../../../src-main/core/model/interchange.ts';
import { peekSchemaVersion } from '../../../src-main/vault/codec.ts';
import { migration0001 } from '../../../src-main/vault/migrations/0001-initial.ts';
import { migration0002 } from '../../../src-main/vault/migrations/0002-records.ts';
import { migration0003 } from '../../../src-main/vault/migrations/0003-statement-translations.ts';
import { migrations } from '../../../src-main/vault/migrations/index.ts';
import type { CaseMigration } from '../../../src-main/vault/migrations/migration.ts';
import { assertChain, migrateCase } from '../../../src-main/vault/migrations/runner.ts';
import { codeOf, newVault, PASSPHRASE, rawVault, testVault, tempVaultDir } from './support.ts';

const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../fixtures/vault/case-v0.json'), 'utf8')) as Record<
  string,
  unknown
>;

const fixtureV1 = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../fixtures/vault/case-v1.json'), 'utf8')) as {
  formatVersion: number;
  case: { statements: Record<string, unknown>[] };
};

describe('case migrations', () => {
  it('0003 turns the frozen version-1 fixture (through 0002): the single translation becomes the first and only item of the list', () => {
    expect(fixtureV1.formatVersion).toBe(1);
    const before = fixtureV1.case.statements[0]?.['translation'];
    const migrated = parseCase(migration0003.migrate(migration0002.migrate(structuredClone(fixtureV1.case))));
    const [statement] = migrated.statements;
    expect(statement).not.toHaveProperty('translation');
    expect(statement?.translations).toHaveLength(1);
    expect(statement?.translations[0]).toEqual(before);
    expect(statement?.translations[0]).toMatchObject({ lang: 'en', translatorId: 'p-wong-mei-ling' });
    expect(statement?.transcription).toBeUndefined();
    // A statement with no translation gets an empty list; one already at version 3 is left as it is.
    const bare = migration0003.migrate({ statements: [{ id: 'st-x', paragraphs: [] }] });
    expect(bare).toEqual({ statements: [{ id: 'st-x', paragraphs: [], translations: [] }] });
    expect(migration0003.migrate(structuredClone(migrated))).toEqual(migrated);
    expect(migration0003.migrate('not an object')).toBe('not an object');
  });

  it('an interchange file written at version 1 imports through the same migrations', () => {
    const file = parseCaseFile(structuredClone(fixtureV1), migrateCase);
    expect(file.formatVersion).toBe(CASE_SCHEMA_VERSION);
    expect(file.case.statements[0]?.translations.map((t) => t.lang)).toEqual(['en']);
    // At the current version, a leftover `translation` is an unknown field: refused with its path, never dropped.
    const stale = {
      ...file,
      case: { ...file.case, statements: [{ ...file.case.statements[0], translation: { lang: 'fr', paragraphs: [] } }] },
    };
    expect(() => parseCaseFile(stale, migrateCase)).toThrow(/statements\.0\.translation/u);
  });

  it('0001 turns the frozen version-0 fixture into a valid version-1 case', () => {
    const migrated = parseCase(migrateCase(structuredClone(fixture), 0));
    expect(migrated).toMatchObject({
      id: 'legacy-case-0001',
      kind: 'detention-review',
      archived: true,
      notes: 'Draft saved before the first release.',
    });
    expect(migrated.client).toMatchObject({ familyName: 'Nguyễn', givenNames: 'Thị Lan', aliases: ['Lan Nguyen'] });
    expect(migrated).not.toHaveProperty('caseType');
    expect(migrated).not.toHaveProperty('closed');
  });

  it('0001 leaves a document already at the version-1 shape unchanged', () => {
    const v1 = migration0001.migrate(structuredClone(fixture));
    expect(migration0001.migrate(structuredClone(v1))).toEqual(v1);
    expect(migration0001.migrate('not an object')).toBe('not an object');
  });

  it('is frozen and the list is an ordered chain ending at the current schema version', () => {
    expect(Object.isFrozen(migration0001)).toBe(true);
    expect(Object.isFrozen(migrations)).toBe(true);
    expect(Object.isFrozen(migration0002)).toBe(true);
    expect(Object.isFrozen(migration0003)).toBe(true);
    expect(migrations.map((m) => [m.from, m.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(migrations.at(-1)?.to).toBe(CASE_SCHEMA_VERSION);
    expect(() => assertChain(migrations, CASE_SCHEMA_VERSION)).not.toThrow();
  });

  it('the runner applies only the steps above the stored version and refuses gaps and newer versions', async () => {
    const step = (from: number): CaseMigration => ({ from, to: from + 1, name: `m${from}`, migrate: (d) => [...(d as number[]), from] });
    expect(migrateCase([], 0, [step(0), step(1), step(2)], 3)).toEqual([0, 1, 2]);
    expect(migrateCase([], 2, [step(0), step(1), step(2)], 3)).toEqual([2]);
    expect(migrateCase([], 3, [step(0), step(1), step(2)], 3)).toEqual([]);
    expect(() => migrateCase([], 0, [step(0), step(2)], 3)).toThrow(/does not follow/);
    expect(() => migrateCase([], 0, [step(0)], 3)).toThrow(/end at version 1/);
    expect(await codeOf(() => migrateCase({}, CASE_SCHEMA_VERSION + 1))).toBe('FUTURE_SCHEMA');
  });

  it('a version-0 case in the vault is backed up on unlock, migrated on read and written back at the current version', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    vault.lock();
    const raw = await rawVault(dir);
    const fileId = `c-${randomBytes(16).toString('hex')}`;
    const envelope = { revision: 4, createdAt: '2025-11-02T10:00:00.000Z', updatedAt: '2025-12-01T10:00:00.000Z', case: fixture };
    raw.write(`${fileId}.dsv`, fileId, 0, Buffer.from(JSON.stringify(envelope), 'utf8'));
    raw.writeIndex([
      {
        id: 'legacy-case-0001',
        fileId,
        revision: 4,
        createdAt: envelope.createdAt,
        updatedAt: envelope.updatedAt,
        schemaVersion: 0,
        displayName: 'NGUYỄN Thị Lan',
        kind: 'detention-review',
        archived: true,
        searchNames: ['nguyen thi lan'],
      },
    ]);

    const reopened = testVault(dir);
    await reopened.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    const backups = readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'backups', backups[0] ?? '', 'backup.json'), 'utf8')) as { reason: string };
    expect(manifest.reason).toBe('before-migration');
    expect(readdirSync(path.join(dir, 'backups', backups[0] ?? ''))).toContain(`${fileId}.dsv`);

    const stored = await reopened.readCase('legacy-case-0001');
    expect(stored).toMatchObject({ revision: 4, createdAt: envelope.createdAt, case: { kind: 'detention-review', archived: true } });
    await reopened.writeCase(stored.case, 4);
    expect(peekSchemaVersion(readFileSync(path.join(dir, `${fileId}.dsv`)))).toBe(CASE_SCHEMA_VERSION);
    expect(readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });
});
