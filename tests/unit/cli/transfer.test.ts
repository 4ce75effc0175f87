import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../src-main/vault/vault.ts';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-transfer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { DOSSIER_PASS: 'correct horse battery staple', TRANSFER_PASS: 'read out by phone 1234' };
const sender = cliInProcess(path.join(work, 'a'), env);
const receiver = cliInProcess(path.join(work, 'b'), env);
const blobs = (vault: string) => readdirSync(path.join(work, vault, 'blobs')).filter((n) => n.endsWith('.dsb'));

describe('case transfer, case delete and vault check from the CLI', () => {
  it('exports a case with its exhibit, imports it into another vault, deletes it there with its blob', { timeout: 180_000 }, async () => {
    expect((await sender('vault', 'init')).code).toBe(0);
    expect((await receiver('vault', 'init')).code).toBe(0);
    const { id } = JSON.parse((await sender('case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json'))).stdout) as {
      id: string;
    };
    const pdf = await PDFDocument.create();
    pdf.addPage([612, 792]);
    const exhibit = path.join(work, 'lease.pdf');
    writeFileSync(exhibit, await pdf.save());
    expect((await sender('exhibit', 'add', '--case', id, exhibit)).code).toBe(0);

    const file = path.join(work, 'lai.dossiercase');
    const exported = await sender('case', 'transfer', 'export', '--case', id, '--out', file, '--bundle-passphrase-env', 'TRANSFER_PASS');
    expect(exported.stderr).toBe('');
    expect(JSON.parse(exported.stdout)).toMatchObject({ out: 'lai.dossiercase', exhibits: 1 });
    const imported = await receiver('case', 'transfer', 'import', file, '--bundle-passphrase-env', 'TRANSFER_PASS');
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)).toMatchObject({ id, exhibits: 1 });
    expect(blobs('b')).toHaveLength(1);

    const check = await receiver('vault', 'check');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ blobs: 1, orphans: [], unreadable: [] });

    expect(JSON.parse((await receiver('case', 'delete', id)).stdout)).toEqual({ deleted: id });
    expect(blobs('b')).toEqual([]);
  });

  it('reports an orphan and an unreadable file with exit code 1; --clean removes only the orphan', { timeout: 180_000 }, async () => {
    // A blob no case refers to, as an import interrupted between its attachments and its case leaves.
    const vault = createVault({ dir: path.join(work, 'b') });
    await vault.unlock({ method: 'passphrase', passphrase: env.DOSSIER_PASS });
    const orphan = await vault.putBlob(new TextEncoder().encode('left behind'));
    vault.lock();
    const found = await receiver('vault', 'check');
    expect(found.code).toBe(1);
    expect(found.stderr).toMatch(/no case refers to.*--clean/);
    expect(JSON.parse(found.stdout)).toMatchObject({ orphans: [{ blobId: orphan.blobId }], cleaned: 0 });
    const cleaned = await receiver('vault', 'check', '--clean');
    expect(cleaned.code).toBe(0);
    expect(JSON.parse(cleaned.stdout)).toMatchObject({ cleaned: 1 });
    expect(blobs('b')).toEqual([]);

    const stray = `b-${'f'.repeat(32)}.dsb`;
    writeFileSync(path.join(work, 'b', 'blobs', stray), 'not sealed with this vault key');
    const damaged = await receiver('vault', 'check', '--clean');
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/cannot open/);
    expect(JSON.parse(damaged.stdout)).toMatchObject({ unreadable: [{ file: `blobs/${stray}` }], cleaned: 0 });
    expect(blobs('b')).toEqual([stray]);
  });
});
