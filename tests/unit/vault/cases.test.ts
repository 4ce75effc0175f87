import { describe, expect, it } from 'vitest';
import { CANARY, caseFiles, codeOf, newVault, recordingFs, sampleCase, testVault, tempVaultDir, PASSPHRASE } from './support.ts';

function clock(start = Date.UTC(2026, 2, 10, 12, 0, 0)) {
  let t = start;
  return () => new Date((t += 1000));
}

describe('vault cases', () => {
  it('creates, reads and lists a case with revisions and clock timestamps', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir, { now: clock() });
    const created = await vault.writeCase(sampleCase('case-0001'), 0);
    expect(created).toMatchObject({ revision: 1, createdAt: '2026-03-10T12:00:02.000Z', updatedAt: '2026-03-10T12:00:03.000Z' });
    const updated = await vault.writeCase({ ...created.case, notes: 'second' }, 1);
    expect(updated).toMatchObject({ revision: 2, createdAt: created.createdAt, updatedAt: '2026-03-10T12:00:04.000Z' });
    expect(await vault.readCase('case-0001')).toEqual(updated);
    expect(await vault.listCases()).toEqual([
      {
        id: 'case-0001',
        displayName: `${CANARY.toUpperCase()} Mai (黎詠詩)`,
        kind: 'detention-review',
        archived: false,
        updatedAt: updated.updatedAt,
        searchNames: [`${CANARY.toLowerCase()} mai`, `mai ${CANARY.toLowerCase()}`, '黎詠詩'],
      },
    ]);
  });

  it('refuses a second create with the same id (DUPLICATE) and keeps the first', async () => {
    const vault = await newVault(tempVaultDir());
    await vault.writeCase(sampleCase('case-0001'), 0);
    expect(await codeOf(vault.writeCase(sampleCase('case-0001', { notes: 'imposter' }), 0))).toBe('DUPLICATE');
    expect((await vault.readCase('case-0001')).case.notes).toBeUndefined();
  });

  it('refuses a save with a stale revision (BUSY: changed elsewhere)', async () => {
    const vault = await newVault(tempVaultDir());
    const first = await vault.writeCase(sampleCase('case-0001'), 0);
    await vault.writeCase({ ...first.case, notes: 'window A' }, 1);
    const error = await vault.writeCase({ ...first.case, notes: 'window B' }, 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BUSY', message: expect.stringContaining('changed elsewhere') as unknown });
    expect(await vault.readCase('case-0001')).toMatchObject({ revision: 2, case: { notes: 'window A' } });
  });

  it('validates with parseCase and lists the failing fields', async () => {
    const vault = await newVault(tempVaultDir());
    const bad = { ...sampleCase('case-0001'), kind: 'bail' } as unknown as ReturnType<typeof sampleCase>;
    const error = await vault.writeCase(bad, 0).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [expect.objectContaining({ path: 'kind' })] });
    expect(await codeOf(vault.writeCase(sampleCase('case-0001'), -1))).toBe('VALIDATION');
    expect(await vault.listCases()).toEqual([]);
  });

  it('reports NOT_FOUND for unknown ids', async () => {
    const vault = await newVault(tempVaultDir());
    expect(await codeOf(vault.readCase('case-missing'))).toBe('NOT_FOUND');
    expect(await codeOf(vault.writeCase(sampleCase('case-missing'), 3))).toBe('NOT_FOUND');
    expect(await codeOf(vault.deleteCase('case-missing'))).toBe('NOT_FOUND');
  });

  it('deletes a case and both of its generations', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    const first = await vault.writeCase(sampleCase('case-0001'), 0);
    await vault.writeCase({ ...first.case, notes: 'two' }, 1);
    await vault.deleteCase('case-0001');
    expect(await vault.listCases()).toEqual([]);
    expect(caseFiles(dir)).toEqual([]);
    vault.lock();
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(await vault.listCases()).toEqual([]);
  });

  it('lists from the index alone: unlock + list never opens a case file', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    for (let i = 0; i < 5; i += 1) await vault.writeCase(sampleCase(`case-000${i}`), 0);
    vault.lock();
    const { fs } = recordingFs();
    const reads: string[] = [];
    const watched = testVault(dir, { fs: { ...fs, readFile: (p) => (reads.push(p), fs.readFile(p)) } });
    await watched.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(await watched.listCases()).toHaveLength(5);
    // keys.json.prev is compared with keys.json, so an interrupted passphrase change cannot leave the old one working.
    expect(reads.map((p) => p.slice(dir.length + 1))).toEqual(['keys.json', 'index.dsv', 'keys.json.prev']);
  });

  it('stores and returns encrypted attachments', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    const bytes = new Uint8Array(Buffer.from(`%PDF-1.7 exhibit for ${CANARY}`));
    const ref = await vault.putBlob(bytes);
    expect(ref).toMatchObject({ blobId: expect.stringMatching(/^b-[0-9a-f]{32}$/) as unknown, bytes: bytes.length });
    expect(ref.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(await vault.getBlob(ref.blobId)).equals(Buffer.from(bytes))).toBe(true);
    expect(await codeOf(vault.getBlob('../keys.json'))).toBe('NOT_FOUND');
    expect(await codeOf(vault.getBlob(`b-${'0'.repeat(32)}`))).toBe('NOT_FOUND');
  });

  it('serialises concurrent saves so none is lost', async () => {
    const vault = await newVault(tempVaultDir());
    await Promise.all(Array.from({ length: 12 }, (_, i) => vault.writeCase(sampleCase(`case-${String(i).padStart(4, '0')}`), 0)));
    expect(await vault.listCases()).toHaveLength(12);
  });
});
