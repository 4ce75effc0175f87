import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPdf } from '../../fixtures/exhibits/make-exhibits.ts';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-backup-file-'));
const PASSPHRASE = 'correct horse battery staple';
const OTHER = 'vault B has its own passphrase';
/** The CLI against one vault: its own passphrase in DOSSIER_PASS, the backup file's in BACKUP_PASS. */
const cli = (dir: string, own = PASSPHRASE, backup = PASSPHRASE) =>
  cliInProcess(path.join(work, dir), { DOSSIER_PASS: own, BACKUP_PASS: backup });
const fromFile = ['--backup-passphrase-env', 'BACKUP_PASS'];
let backupFile = '';
let caseId = '';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Vault A: case 1 with one exhibit's PDF, backed up and copied out as one .dsvbackup file. */
beforeAll(async () => {
  const a = cli('a');
  expect((await a('vault', 'init')).code).toBe(0);
  expect((await a('case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json'))).stderr).toBe('');
  caseId = (JSON.parse((await a('case', 'list')).stdout) as { id: string }[])[0]?.id ?? '';
  const pdf = path.join(work, 'letter.pdf');
  writeFileSync(pdf, await textPdf('Letter from the employer', 1));
  expect((await a('exhibit', 'add', '--case', caseId, pdf, '--exhibit', 'x-chan-t4')).stderr).toBe('');
  const made = await a('vault', 'backup', '--to', work);
  expect(made.stderr).toBe('');
  backupFile = (JSON.parse(made.stdout) as { file: string }).file;
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dossier vault verify|restore FILE --backup-passphrase-env', { timeout: 30_000 }, () => {
  it('refuses a wrong passphrase and says which one opens the file', async () => {
    const fresh = cli('wrong', PASSPHRASE, 'not this one');
    const refused = await fresh('vault', 'restore', backupFile, ...fromFile);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('passphrase the vault had when the backup was made');
    expect((await fresh('vault', 'status')).stdout).toContain('absent');
  });

  it('verifies the file with its own passphrase and restores it whole into an empty folder, which opens with it', async () => {
    const fresh = cli('fresh', PASSPHRASE);
    const verified = JSON.parse((await fresh('vault', 'verify', backupFile, ...fromFile)).stdout) as {
      check: { ok: boolean; cases: number };
      cases: { id: string }[];
    };
    expect(verified.check).toMatchObject({ ok: true, cases: 1 });
    expect(verified.cases.map((c) => c.id)).toEqual([caseId]);
    const restored = await fresh('vault', 'restore', backupFile, ...fromFile);
    expect(restored.stderr).toBe('');
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: true, cases: 1 });
    expect(JSON.parse((await fresh('case', 'export', caseId)).stdout)).toMatchObject({ case: { id: caseId } });
    // The canary walk: the client's name is nowhere in plain text.
    for (const file of walk(path.join(work, 'fresh'))) expect(readFileSync(file).includes(Buffer.from('Wing-sze'))).toBe(false);
  });

  it('gives one case to vault B, which keeps its own passphrase, and the exhibit opens there', async () => {
    const b = cli('b', OTHER);
    expect((await b('vault', 'init')).code).toBe(0);
    const restored = await b('vault', 'restore', backupFile, '--case', caseId, ...fromFile);
    expect(restored.stderr).toBe('');
    expect(JSON.parse(restored.stdout)).toMatchObject({ revision: 1 });
    const exported = JSON.parse((await b('case', 'export', caseId)).stdout) as { case: { exhibits: { id: string; sha256?: string }[] } };
    expect(exported.case.exhibits.find((e) => e.id === 'x-chan-t4')?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse((await b('vault', 'check')).stdout)).toMatchObject({ unreadable: [], orphans: [] });
    expect(JSON.parse((await b('vault', 'backups')).stdout)).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'before-restore' })]),
    );
  });

  it('refuses a file with a changed byte', async () => {
    const tampered = readFileSync(backupFile);
    const at = Math.floor(tampered.length / 2);
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    const file = path.join(work, 'tampered.dsvbackup');
    writeFileSync(file, tampered);
    const fresh = cli('tampered');
    const refused = await fresh('vault', 'restore', file, ...fromFile);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('damaged');
    expect((await fresh('vault', 'status')).stdout).toContain('absent');
  });
});
