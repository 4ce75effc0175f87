import { mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFiles, codeOf, newVault, PASSPHRASE, sampleCase, testVault, tempVaultDir } from './support.ts';

const damage = {
  'a flipped byte': (file: string) => {
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0x40;
    writeFileSync(file, bytes);
  },
  'zero length': (file: string) => truncateSync(file, 0),
  truncation: (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2)),
};

/** A vault with one case saved twice, so it has a current and a previous generation. */
async function twoGenerations() {
  const dir = tempVaultDir();
  const vault = await newVault(dir);
  const first = await vault.writeCase(sampleCase('case-0001', { notes: 'first' }), 0);
  await vault.writeCase({ ...first.case, notes: 'second' }, 1);
  const [name] = caseFiles(dir);
  if (!name) throw new Error('no case file');
  return { dir, vault, name, file: path.join(dir, name) };
}

const quarantined = (dir: string) => {
  try {
    return readdirSync(path.join(dir, 'quarantine')).map((n) => readFileSync(path.join(dir, 'quarantine', n)));
  } catch {
    return [];
  }
};

describe('vault recovery', () => {
  for (const [kind, apply] of Object.entries(damage)) {
    it(`a case file with ${kind} falls back to the previous generation and is quarantined, not deleted`, async () => {
      const { dir, vault, name, file } = await twoGenerations();
      apply(file);
      const damaged = readFileSync(file);
      const stored = await vault.readCase('case-0001');
      expect(stored).toMatchObject({ revision: 1, case: { notes: 'first' } });
      expect((await vault.status()).recovered).toEqual([{ file: name, restoredFrom: 'previous' }]);
      expect(quarantined(dir)).toEqual([damaged]);
      expect(readdirSync(path.join(dir, 'quarantine'))[0]).toMatch(/^q-[0-9a-f]{32}$/);
      // The restored copy is back under the current name and the case can be saved again.
      expect(await vault.writeCase({ ...stored.case, notes: 'third' }, 1)).toMatchObject({ revision: 2 });
    });
  }

  it('both generations unreadable: CORRUPT (never an empty case), both kept in quarantine', async () => {
    const { dir, vault, name, file } = await twoGenerations();
    damage['a flipped byte'](file);
    truncateSync(`${file}.prev`, 0);
    expect(await codeOf(vault.readCase('case-0001'))).toBe('CORRUPT');
    expect((await vault.status()).recovered).toEqual([{ file: name, restoredFrom: 'none' }]);
    expect(quarantined(dir)).toHaveLength(2);
    expect((await vault.listCases()).map((c) => c.id)).toEqual(['case-0001']);
  });

  it('a current file missing after an interrupted write reads the previous generation', async () => {
    const { vault, file } = await twoGenerations();
    rmSync(file);
    expect(await vault.readCase('case-0001')).toMatchObject({ revision: 1 });
    expect((await vault.status()).recovered).toEqual([]);
  });

  for (const [kind, apply] of Object.entries(damage)) {
    it(`an index with ${kind} falls back to index.dsv.prev on unlock and re-adopts the newest case`, async () => {
      const dir = tempVaultDir();
      const vault = await newVault(dir);
      await vault.writeCase(sampleCase('case-0001'), 0);
      await vault.writeCase(sampleCase('case-0002'), 0);
      vault.lock();
      apply(path.join(dir, 'index.dsv'));
      const reopened = testVault(dir);
      const status = await reopened.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
      expect(status.recovered).toEqual([{ file: 'index.dsv', restoredFrom: 'previous' }]);
      expect((await reopened.listCases()).map((c) => c.id).sort()).toEqual(['case-0001', 'case-0002']);
      expect(quarantined(dir)).toHaveLength(1);
    });
  }

  it('rebuilds the index from the case files when no index generation is readable', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    for (const id of ['case-0001', 'case-0002', 'case-0003']) await vault.writeCase(sampleCase(id), 0);
    vault.lock();
    truncateSync(path.join(dir, 'index.dsv'), 0);
    truncateSync(path.join(dir, 'index.dsv.prev'), 10);
    const reopened = testVault(dir);
    expect((await reopened.unlock({ method: 'passphrase', passphrase: PASSPHRASE })).recovered).toEqual([
      { file: 'index.dsv', restoredFrom: 'none' },
    ]);
    expect((await reopened.listCases()).map((c) => c.id).sort()).toEqual(['case-0001', 'case-0002', 'case-0003']);
    expect(quarantined(dir)).toHaveLength(2);
  });

  it('falls back to keys.json.prev when the key file is damaged', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    await vault.writeCase(sampleCase('case-0001'), 0);
    vault.lock();
    writeFileSync(path.join(dir, 'keys.json'), '{"format":"dossier-vault-keys","vers');
    const reopened = testVault(dir);
    expect((await reopened.unlock({ method: 'passphrase', passphrase: PASSPHRASE })).recovered).toEqual([
      { file: 'keys.json', restoredFrom: 'previous' },
    ]);
    expect(JSON.parse(readFileSync(path.join(dir, 'keys.json'), 'utf8'))).toMatchObject({ format: 'dossier-vault-keys' });
  });

  it('cleans leftover temp files and half-made backups on unlock, and nothing else', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    await vault.writeCase(sampleCase('case-0001'), 0);
    await vault.putBlob(new Uint8Array([1, 2, 3]));
    vault.lock();
    const [name] = caseFiles(dir);
    writeFileSync(path.join(dir, `${name}.0123456789abcdef.tmp`), 'partial');
    writeFileSync(path.join(dir, 'index.dsv.fedcba9876543210.tmp'), '');
    writeFileSync(path.join(dir, 'blobs', `b-${'1'.repeat(32)}.dsb.0011223344556677.tmp`), 'partial');
    mkdirSync(path.join(dir, 'backups', '.partial-20260101T000000000Z-00000000'), { recursive: true });
    const before = readdirSync(dir).filter((n) => !n.endsWith('.tmp'));
    await testVault(dir).unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(readdirSync(dir).sort()).toEqual(before.sort());
    expect(readdirSync(path.join(dir, 'blobs')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([]);
  });

  it('a damaged attachment is CORRUPT and quarantined', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    const ref = await vault.putBlob(new Uint8Array(Buffer.from('exhibit bytes')));
    damage['a flipped byte'](path.join(dir, 'blobs', `${ref.blobId}.dsb`));
    expect(await codeOf(vault.getBlob(ref.blobId))).toBe('CORRUPT');
    expect(quarantined(dir)).toHaveLength(1);
    expect((await vault.status()).recovered).toEqual([{ file: `blobs/${ref.blobId}.dsb`, restoredFrom: 'none' }]);
  });
});
