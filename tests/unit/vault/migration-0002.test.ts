import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, caseSchema } from '../../../src-main/core/model/case.ts';
import { parseCase, parseCaseFile } from '../../../src-main/core/model/interchange.ts';
import { migration0002 } from '../../../src-main/vault/migrations/0002-records.ts';
import { migration0003 } from '../../../src-main/vault/migrations/0003-statement-translations.ts';
import { migrateCase } from '../../../src-main/vault/migrations/runner.ts';
import { codeOf, newVault, PASSPHRASE, rawVault, testVault, tempVaultDir } from './support.ts';

/** A case file exported at format version 1, frozen: never regenerate it from the current model. */
const frozen = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../fixtures/vault/case-v1.json'), 'utf8')) as {
  formatVersion: number;
  case: Record<string, unknown>;
};

describe('migration 0002 (records)', () => {
  it('turns the frozen version-1 case into a valid version-2 case with every field kept and the new ones absent', () => {
    expect(frozen.formatVersion).toBe(1);
    // Read at the current version, so the statements' later step (0003) runs after it.
    const migrated = parseCase(migration0003.migrate(migration0002.migrate(structuredClone(frozen.case))));
    expect(migrated).toEqual(parseCase(migration0003.migrate(structuredClone(frozen.case))));
    expect(migrated.client.familyName).toBe('Lai');
    expect(migrated.proceedings).toBeUndefined();
    expect(migrated.client.placeOfBirth).toBeUndefined();
    expect(migrated.client.dateOfBirthOtherCalendar).toBeUndefined();
    expect(migrated.detention.hearings.every((h) => h.reserved === undefined)).toBe(true);
    expect(Object.isFrozen(migration0002)).toBe(true);
    expect([migration0002.from, migration0002.to]).toEqual([1, 2]);
  });

  it('a version-1 case file imports through the migrations and is refused without them', async () => {
    const file = parseCaseFile(structuredClone(frozen), migrateCase);
    expect(file.formatVersion).toBe(CASE_SCHEMA_VERSION);
    expect(file.case.id).toBe(frozen.case['id']);
    expect(await codeOf(() => parseCaseFile(structuredClone(frozen)))).toBe('VALIDATION');
  });

  it('a version-1 file that names a field the model does not know is refused with its path', () => {
    const withNew = structuredClone(frozen);
    const client = withNew.case['client'] as Record<string, unknown>;
    client['placeOfBirht'] = { city: 'Hong Kong' };
    expect(() => parseCaseFile(withNew, migrateCase)).toThrow(/client\.placeOfBirht/);
  });

  it('a version-1 case in the vault is read, then written back at version 2 with the new fields', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    vault.lock();
    const raw = await rawVault(dir);
    const fileId = `c-${randomBytes(16).toString('hex')}`;
    const id = String(frozen.case['id']);
    const envelope = { revision: 2, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z', case: frozen.case };
    raw.write(`${fileId}.dsv`, fileId, 1, Buffer.from(JSON.stringify(envelope), 'utf8'));
    raw.writeIndex([
      {
        id,
        fileId,
        revision: 2,
        createdAt: envelope.createdAt,
        updatedAt: envelope.updatedAt,
        schemaVersion: 1,
        displayName: 'LAI Wing Sze',
        kind: 'detention-review',
        archived: false,
        searchNames: ['lai wing sze'],
      },
    ]);
    const reopened = testVault(dir);
    await reopened.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    const stored = await reopened.readCase(id);
    const next = caseSchema.parse({
      ...stored.case,
      client: { ...stored.case.client, placeOfBirth: { city: 'Hong Kong', country: 'HK' } },
      proceedings: [{ id: 'proc-vtip', kind: 'vtip-trp', status: 'filed', filedOn: '2026-03-04' }],
    });
    await reopened.writeCase(next, 2);
    const again = await reopened.readCase(id);
    expect(again.case.client.placeOfBirth).toEqual({ city: 'Hong Kong', country: 'HK' });
    expect(again.case.proceedings?.[0]).toMatchObject({ kind: 'vtip-trp', status: 'filed', filedOn: '2026-03-04' });
  });
});
