import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-backups-'));
const vault = path.join(work, 'vault');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dossier = cliInProcess(vault);

interface Backup {
  id: string;
  reason: string;
  readable: boolean;
  cases: { id: string; displayName: string }[];
}

describe('backups from the CLI', () => {
  it('backs up, lists, and restores one case after it was changed', async () => {
    expect((await dossier('vault', 'init')).code).toBe(0);
    const { id } = JSON.parse((await dossier('case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json'))).stdout) as {
      id: string;
    };
    const original = JSON.parse((await dossier('case', 'export', id)).stdout) as { case: { exhibits: unknown[] } };
    const made = await dossier('vault', 'backup');
    expect(made.stderr).toBe('');
    const backupId = (JSON.parse(made.stdout) as { id: string }).id;

    // The case changes after the backup: an exhibit is added.
    const pdf = await PDFDocument.create();
    pdf.addPage([612, 792]);
    const exhibit = path.join(work, 'lease.pdf');
    writeFileSync(exhibit, await pdf.save());
    expect((await dossier('exhibit', 'add', '--case', id, exhibit)).code).toBe(0);
    const listed = JSON.parse((await dossier('vault', 'backups')).stdout) as Backup[];
    const backup = listed.find((b) => b.id === backupId);
    expect(backup).toMatchObject({ reason: 'manual', readable: true });
    expect(backup?.cases).toContainEqual(expect.objectContaining({ id, displayName: 'LAI Wing-sze (黎詠詩)' }));

    const restored = await dossier('vault', 'restore', backupId, '--case', id);
    expect(restored.stderr).toBe('');
    expect(JSON.parse(restored.stdout)).toMatchObject({ safetyBackup: expect.stringMatching(/Z-/u) as unknown });
    const after = JSON.parse((await dossier('case', 'export', id)).stdout) as { case: { exhibits: unknown[] } };
    expect(after.case).toEqual(original.case);
    // The backup of the vault as it was before the restore is listed.
    expect((JSON.parse((await dossier('vault', 'backups')).stdout) as Backup[]).map((b) => b.reason)).toContain('before-restore');
  }, 120_000);

  it('verifies a backup, copies it out as one file that verifies too, and restores the whole vault from it', async () => {
    const list = (await dossier('case', 'list')).stdout;
    const out = path.join(work, 'usb');
    mkdirSync(out);
    const made = await dossier('vault', 'backup', '--to', out);
    expect(made.stderr).toBe('');
    const { id, file } = JSON.parse(made.stdout) as { id: string; file: string };
    expect(path.dirname(file)).toBe(out);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const target of [id, file]) {
      const verified = await dossier('vault', 'verify', target);
      expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, problems: [] });
    }
    // A case added after the backup is gone once the whole vault is restored; the vault as it was is backed up first.
    expect((await dossier('case', 'import', path.join(root, 'tests/fixtures/cases/case2-srisuk.json'))).code).toBe(0);
    const restored = await dossier('vault', 'restore', id);
    expect(restored.stderr).toBe('');
    expect(JSON.parse(restored.stdout)).toMatchObject({ cases: 1, safetyBackup: expect.stringMatching(/Z-/u) as unknown });
    expect((await dossier('case', 'list')).stdout).toBe(list);
  }, 120_000);

  it('refuses a restore without a backup, and an id that is not one', async () => {
    const missing = await dossier('vault', 'restore');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/BACKUP id/u);
    const unknown = await dossier('vault', 'restore', '20260101T000000000Z-abcdef01');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/NOT_FOUND/u);
  }, 60_000);
});
