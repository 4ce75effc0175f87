import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../../src-main/core/errors.ts';
import { parseCase } from '../../src-main/core/model/interchange.ts';
import { backupCap, selectBackupsToDelete, type BackupInfo } from '../../src-main/vault/backup-rotation.ts';
import { decryptFile, encryptFile } from '../../src-main/vault/codec.ts';
import type { VaultApi } from '../../src-main/vault/types.ts';
import { createVault } from '../../src-main/vault/vault.ts';

const key = randomBytes(32);
const fileIdArb = fc.string({ minLength: 1, maxLength: 40 });
const ivArb = fc.uint8Array({ minLength: 12, maxLength: 12 });

function corruptCode(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return isDossierError(error) ? error.code : 'untyped';
  }
  return 'no error';
}

describe('vault codec properties', () => {
  it('round-trips arbitrary bytes, file ids and schema versions', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4096 }),
        fileIdArb,
        fc.integer({ min: 0, max: 0xffff }),
        ivArb,
        (plain, fileId, version, iv) => {
          const decoded = decryptFile(key, fileId, encryptFile(key, fileId, version, plain, iv));
          expect(decoded.schemaVersion).toBe(version);
          expect(Buffer.from(decoded.plaintext).equals(Buffer.from(plain))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any flipped byte of an encrypted file gives CORRUPT', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 512 }),
        fileIdArb,
        ivArb,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (plain, fileId, iv, at, mask) => {
          const file = encryptFile(key, fileId, 1, plain, iv);
          const bad = Uint8Array.from(file);
          const i = at % bad.length;
          bad[i] = (bad[i] ?? 0) ^ mask;
          expect(corruptCode(() => decryptFile(key, fileId, bad))).toBe('CORRUPT');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('any truncation or extension of an encrypted file gives CORRUPT', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 256 }),
        ivArb,
        fc.nat(),
        fc.uint8Array({ minLength: 1, maxLength: 8 }),
        (plain, iv, cut, extra) => {
          const file = encryptFile(key, 'c-x', 1, plain, iv);
          expect(corruptCode(() => decryptFile(key, 'c-x', file.subarray(0, cut % file.length)))).toBe('CORRUPT');
          expect(corruptCode(() => decryptFile(key, 'c-x', Buffer.concat([file, extra])))).toBe('CORRUPT');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('vault case file properties', () => {
  let root: string;
  let dir: string;
  let vault: VaultApi;
  let file: string;
  let original: Buffer;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'dossier-vault-prop-'));
    dir = path.join(root, 'vault');
    vault = createVault({ dir, scrypt: { N: 2 ** 12, r: 8, p: 1 } });
    await vault.init({ method: 'passphrase', passphrase: 'property passphrase' });
    const value = parseCase({
      id: 'case-0001',
      kind: 'hc',
      matter: { forum: 'IRCC', openedAt: '2026-01-02' },
      client: { familyName: 'Srisuk', givenNames: 'Kanokwan' },
    });
    await vault.writeCase(value, 0);
    const name = readdirSync(dir).find((n) => n.endsWith('.dsv') && n.startsWith('c-')) ?? '';
    file = path.join(dir, name);
    original = readFileSync(file);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a case file with any flipped byte and no previous copy reads as CORRUPT, never as a case', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const bad = Buffer.from(original);
        const i = at % bad.length;
        bad[i] = (bad[i] ?? 0) ^ mask;
        writeFileSync(file, bad);
        const outcome = await vault.readCase('case-0001').then(
          () => 'read',
          (error: unknown) => (isDossierError(error) ? error.code : 'untyped'),
        );
        expect(outcome).toBe('CORRUPT');
      }),
      { numRuns: 150 },
    );
  });
});

describe('backup rotation properties', () => {
  const backupsArb = fc.uniqueArray(
    fc.record({
      name: fc.stringMatching(/^[a-z0-9]{1,8}$/),
      createdAt: fc
        .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true })
        .map((d) => d.toISOString()),
    }),
    { selector: (b) => b.name, maxLength: 60 },
  );
  const policyArb = fc.record({ keepLast: fc.integer({ min: -2, max: 20 }), keepDaily: fc.integer({ min: -2, max: 20 }) });
  const newest = (list: readonly BackupInfo[]) =>
    [...list].sort((a, b) => (a.createdAt === b.createdAt ? (a.name < b.name ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1))[0];

  it('never deletes the newest, respects its cap, keeps at least keepLast, deletes only known names once', () => {
    fc.assert(
      fc.property(backupsArb, policyArb, (backups, policy) => {
        const doomed = selectBackupsToDelete(backups, policy);
        const kept = backups.filter((b) => !doomed.includes(b.name));
        if (backups.length > 0) expect(doomed).not.toContain(newest(backups)?.name);
        expect(kept.length).toBeLessThanOrEqual(backupCap(policy));
        expect(kept.length).toBeGreaterThanOrEqual(Math.min(backups.length, Math.max(1, policy.keepLast)));
        expect(new Set(doomed).size).toBe(doomed.length);
        for (const name of doomed) expect(backups.some((b) => b.name === name)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on the order the backups are listed in', () => {
    fc.assert(
      fc.property(backupsArb, policyArb, fc.nat(), (backups, policy, seed) => {
        const shuffled = [...backups].sort((a, b) => ((a.name.charCodeAt(0) * 31 + seed) % 7) - ((b.name.charCodeAt(0) * 31 + seed) % 7));
        expect(selectBackupsToDelete(shuffled, policy).sort()).toEqual(selectBackupsToDelete(backups, policy).sort());
      }),
      { numRuns: 300 },
    );
  });
});
