import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vaultNamePattern } from '../../../src-main/vault/file-names.ts';
import { CANARY, caseFiles, newVault, sampleCase, tempVaultDir, walk } from './support.ts';

async function populatedVault() {
  const dir = tempVaultDir();
  const vault = await newVault(dir);
  const first = await vault.writeCase(sampleCase('case-0001', { notes: `${CANARY} told us` }), 0);
  await vault.writeCase({ ...first.case, notes: 'again' }, 1);
  await vault.putBlob(new Uint8Array(Buffer.from(`statement of ${CANARY}`)));
  await vault.backup('manual');
  return { dir, vault };
}

describe('vault files on disk', () => {
  it('uses 0600 files and 0700 folders', async () => {
    if (process.platform === 'win32') return;
    const { dir } = await populatedVault();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const entries = walk(dir);
    expect(entries.length).toBeGreaterThan(8);
    for (const entry of entries) {
      const s = statSync(entry);
      expect([path.relative(dir, entry), (s.mode & 0o777).toString(8)]).toEqual([
        path.relative(dir, entry),
        s.isDirectory() ? '700' : '600',
      ]);
    }
  });

  it('names every file with a random id: no client name, UCI, case id or title in any path', async () => {
    const { dir } = await populatedVault();
    for (const entry of walk(dir)) {
      const name = path.basename(entry);
      expect(name).toMatch(vaultNamePattern);
      for (const secret of [CANARY, CANARY.toLowerCase(), '12345678', '1234-5678', 'case-0001', '黎詠詩'])
        expect(entry.slice(dir.length)).not.toContain(secret);
    }
    expect(caseFiles(dir)).toHaveLength(1);
  });

  it('writes no plaintext: the client name and UCI appear in no file', async () => {
    const { dir } = await populatedVault();
    for (const entry of walk(dir).filter((f) => statSync(f).isFile())) {
      const bytes = readFileSync(entry);
      for (const secret of [CANARY, '1234-5678', '黎詠詩', 'case-0001'])
        expect([entry, bytes.includes(Buffer.from(secret))]).toEqual([entry, false]);
    }
  });

  it('keeps the previous generation beside each rewritten file', async () => {
    const { dir } = await populatedVault();
    const names = readdirSync(dir);
    const [caseFile] = caseFiles(dir);
    expect(names).toEqual(expect.arrayContaining(['keys.json', 'keys.json.prev', 'index.dsv', 'index.dsv.prev', `${caseFile}.prev`]));
  });
});
