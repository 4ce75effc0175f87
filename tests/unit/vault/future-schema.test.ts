import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION } from '../../../src-main/core/model/case.ts';
import {
  caseFiles,
  codeOf,
  hashTree,
  newVault,
  PASSPHRASE,
  rawVault,
  recordingFs,
  sampleCase,
  testVault,
  tempVaultDir,
} from './support.ts';

const NEWER = CASE_SCHEMA_VERSION + 1;

async function vaultWithCase() {
  const dir = tempVaultDir();
  const vault = await newVault(dir);
  await vault.writeCase(sampleCase('case-0001'), 0);
  vault.lock();
  return { dir, raw: await rawVault(dir) };
}

async function expectNoWritesAllowed(vault: ReturnType<typeof testVault>) {
  const stored = await vault.readCase('case-0001');
  expect(await codeOf(vault.writeCase({ ...stored.case, notes: 'x' }, stored.revision))).toBe('READ_ONLY');
  expect(await codeOf(vault.writeCase(sampleCase('case-0002'), 0))).toBe('READ_ONLY');
  expect(await codeOf(vault.deleteCase('case-0001'))).toBe('READ_ONLY');
  expect(await codeOf(vault.putBlob(new Uint8Array([1])))).toBe('READ_ONLY');
  expect(await codeOf(vault.changePassphrase(PASSPHRASE, 'another passphrase'))).toBe('READ_ONLY');
}

describe('data from a newer schema', () => {
  it('an index written by a newer version opens the vault read-only with an explanation', async () => {
    const { dir, raw } = await vaultWithCase();
    raw.writeIndex(raw.readIndex(), NEWER);
    const before = hashTree(dir);
    const { fs, writes } = recordingFs();
    const vault = testVault(dir, { fs });
    const status = await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(status).toMatchObject({ state: 'read-only', readOnlyReason: expect.stringContaining('newer version of Dossier') as unknown });
    expect((await vault.listCases()).map((c) => c.id)).toEqual(['case-0001']);
    await expectNoWritesAllowed(vault);
    expect(writes).toEqual([]);
    expect(hashTree(dir)).toEqual(before);
  });

  it('a case file written by a newer version turns the vault read-only when read', async () => {
    const { dir, raw } = await vaultWithCase();
    const [name] = caseFiles(dir);
    const fileId = (name ?? '').replace('.dsv', '');
    const envelope = JSON.parse(Buffer.from(raw.read(name ?? '', fileId).plaintext).toString('utf8')) as { case: Record<string, unknown> };
    envelope.case['fieldFromTheFuture'] = { kept: true };
    raw.write(name ?? '', fileId, NEWER, Buffer.from(JSON.stringify(envelope), 'utf8'));
    const vault = testVault(dir);
    expect((await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE })).state).toBe('unlocked');
    const before = hashTree(dir);
    expect((await vault.readCase('case-0001')).case.id).toBe('case-0001');
    expect((await vault.status()).state).toBe('read-only');
    await expectNoWritesAllowed(vault);
    expect(hashTree(dir)).toEqual(before);
  });

  it('a newer case that no longer fits this version is FUTURE_SCHEMA, not CORRUPT, and is never quarantined', async () => {
    const { dir, raw } = await vaultWithCase();
    const [name] = caseFiles(dir);
    const fileId = (name ?? '').replace('.dsv', '');
    raw.write(
      name ?? '',
      fileId,
      NEWER,
      Buffer.from(JSON.stringify({ revision: 2, createdAt: 'x', updatedAt: 'y', case: { id: 'case-0001', shape: 'v2' } }), 'utf8'),
    );
    const vault = testVault(dir);
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(await codeOf(vault.readCase('case-0001'))).toBe('FUTURE_SCHEMA');
    expect((await vault.status()).state).toBe('read-only');
    expect(caseFiles(dir)).toEqual([name]);
  });

  it('a key file from a newer version is FUTURE_SCHEMA and left alone', async () => {
    const { dir } = await vaultWithCase();
    const file = path.join(dir, 'keys.json');
    const keys = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...keys, version: 2 }));
    const before = hashTree(dir);
    expect(await codeOf(testVault(dir).unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('FUTURE_SCHEMA');
    expect(hashTree(dir)).toEqual(before);
  });
});
