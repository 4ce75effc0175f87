import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-recovered-'));
const vault = path.join(work, 'vault');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dossier = cliInProcess(vault);

describe('a damaged case file read by the CLI', () => {
  it('is reported on stderr when the previous copy is used, and in the vault status of that run', async () => {
    expect((await dossier('vault', 'init')).code).toBe(0);
    const imported = await dossier('case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json'));
    expect(imported.stderr).toBe('');
    const { id } = JSON.parse(imported.stdout) as { id: string };
    const pdf = await PDFDocument.create();
    pdf.addPage([612, 792]);
    const exhibit = path.join(work, 'exhibit.pdf');
    writeFileSync(exhibit, await pdf.save());
    const added = await dossier('exhibit', 'add', '--case', id, exhibit, '--title', 'Lease');
    expect(added.code).toBe(0);
    const before = JSON.parse((await dossier('case', 'export', id)).stdout) as { case: { exhibits: unknown[] } };

    // The case file is the one with a previous generation beside it that is neither the key nor the index.
    const names = readdirSync(vault);
    const caseFile = names.find((n) => names.includes(`${n}.prev`) && !n.startsWith('keys') && !n.startsWith('index'));
    expect(caseFile).toBeDefined();
    truncateSync(path.join(vault, caseFile ?? ''), 40);

    const exported = await dossier('case', 'export', id);
    expect(exported.code).toBe(0);
    const after = JSON.parse(exported.stdout) as { case: { exhibits: unknown[] } };
    expect(after.case.exhibits.length).toBe(before.case.exhibits.length - 1);
    expect(exported.stderr).toMatch(/^dossier: warning: .+ was damaged; its previous saved copy was used/mu);
    // Repaired: the next command reads the restored copy and has nothing to report.
    const again = await dossier('case', 'export', id);
    expect(again.stderr).toBe('');
  }, 120_000);
});
