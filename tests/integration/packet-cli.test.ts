import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import { makeExhibitFixtures } from '../fixtures/exhibits/make-exhibits.ts';
import { dossierCli } from '../helpers/cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-packet-cli-'));
const vault = path.join(work, 'vault');
let files: Record<string, string>;

const dossier = dossierCli(vault);

beforeAll(async () => {
  files = await makeExhibitFixtures(work, { bigPages: 15 });
  expect(dossier(['vault', 'init']).code).toBe(0);
  const imported = dossier(['case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json')]);
  expect(imported.stderr).toBe('');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dossier exhibit add and dossier build', () => {
  it('imports exhibits, refuses a locked PDF with one line, builds volumes and a manifest kept in the case', () => {
    const caseId = (JSON.parse(dossier(['case', 'list']).stdout) as { id: string }[])[0]?.id ?? '';
    const added = dossier([
      'exhibit',
      'add',
      '--case',
      caseId,
      files['plain.pdf'] ?? '',
      '--title',
      'Employer letter',
      '--date',
      '2025-11-02',
    ]);
    expect(added.stderr).toBe('');
    expect(JSON.parse(added.stdout)).toMatchObject({ title: 'Employer letter', pages: 3, warnings: [] });
    const scan = JSON.parse(dossier(['exhibit', 'add', '--case', caseId, files['scan.jpg'] ?? '']).stdout) as {
      warnings: { code: string }[];
    };
    expect(scan.warnings.map((w) => w.code)).toEqual(['NOT_SEARCHABLE']);
    expect(dossier(['exhibit', 'add', '--case', caseId, files['big.pdf'] ?? '', '--title', 'Country report']).code).toBe(0);

    // A file attached to an exhibit the case already describes keeps its id, title and links.
    const attached = dossier(['exhibit', 'add', '--case', caseId, files['plain.pdf'] ?? '', '--exhibit', 'x-chan-t4']);
    expect(attached.stderr).toBe('');
    expect(JSON.parse(attached.stdout)).toMatchObject({ id: 'x-chan-t4', title: 'T4 slips of CHAN Kwok-wai, 2024 and 2025', pages: 3 });
    const again = dossier(['exhibit', 'add', '--case', caseId, files['plain.pdf'] ?? '', '--exhibit', 'x-chan-t4']);
    expect(again.stderr).toMatch(/^dossier: DUPLICATE: .*already has a file/u);
    const unknown = dossier(['exhibit', 'add', '--case', caseId, files['plain.pdf'] ?? '', '--exhibit', 'x-nowhere']);
    expect(unknown.stderr).toMatch(/^dossier: NOT_FOUND: Exhibit x-nowhere is not in this case/u);

    const locked = dossier(['exhibit', 'add', '--case', caseId, files['password.pdf'] ?? '']);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/^dossier: PASSWORD_PROTECTED: Exhibit "password\.pdf": .*unprotected copy.*\n$/u);
    expect(locked.stderr.split('\n')).toHaveLength(2);

    const out = path.join(work, 'out');
    const refused = dossier(['build', '--case', caseId, '--preset', 'detention-release-plan', '--format', 'pdf', '--out', out]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/Settings → Counsel profile/u);
    expect(existsSync(out)).toBe(false);
    const counsel = dossier([
      'counsel',
      'set',
      '--name',
      'Adaeze Okafor',
      '--firm',
      'Harbourfront Clinic',
      '--address',
      '200 Queens Quay W|Toronto',
    ]);
    expect(counsel.stderr).toBe('');

    const built = dossier([
      'build',
      '--case',
      caseId,
      '--preset',
      'detention-release-plan',
      '--format',
      'pdf',
      '--out',
      out,
      '--max-pages',
      '20',
    ]);
    expect(built.stderr).toBe('');
    const summary = JSON.parse(built.stdout) as { manifest: string; outputs: { fileName: string }[] };
    expect(summary.manifest).toBe(path.join(out, 'manifest.json'));
    const manifest = JSON.parse(readFileSync(summary.manifest, 'utf8')) as PacketManifest;
    expect(manifest.outputs.length).toBeGreaterThan(1);
    for (const o of manifest.outputs) {
      const file = path.join(out, o.fileName);
      expect(existsSync(file)).toBe(true);
      expect(o.pages).toBeLessThanOrEqual(20);
      expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/u);
    }
    // Tabs numbered without a gap after the unnumbered cover letter; the release plan is Tab 1, the statement of service last.
    // The client's statement is one tab: the side-by-side statement, its declaration as sub-tab a.
    const tabs = manifest.inputs.map((i) => i.tab);
    const main = tabs.slice(1).filter((t) => /^\d+$/u.test(t));
    expect(main).toEqual(main.map((_, i) => String(i + 1)));
    expect(tabs.filter((t) => /[a-z]$/u.test(t))).toEqual([
      `${manifest.inputs.find((i) => i.key === 'generated:statement:st-client-1')?.tab}a`,
    ]);
    expect(manifest.inputs[1]?.key).toBe('generated:release-plan');
    expect(manifest.inputs.at(-1)?.key).toBe('generated:proof-of-service');
    expect(manifest.inputs.slice(0, 2).map((i) => i.kind)).toEqual(['generated', 'generated']);
    expect(manifest.outputs[0]?.fileName).toMatch(/^0003-B6-01234 – ID – Release plan – Vol 1\.pdf$/u);
    const exported = JSON.parse(dossier(['case', 'export', caseId]).stdout) as { case: { builds: { id: string; outputs: unknown[] }[] } };
    expect(exported.case.builds).toHaveLength(1);
    expect(exported.case.builds[0]?.id).toBe(manifest.buildId);

    const out2 = path.join(work, 'out2');
    const styled = dossier([
      'build',
      '--case',
      caseId,
      '--preset',
      'detention-release-plan',
      '--format',
      'pdf,docx',
      '--out',
      out2,
      '--labels',
      'p',
      '--start',
      '5',
      '--dividers',
    ]);
    expect(styled.stderr).toBe('');
    const second = JSON.parse(readFileSync(path.join(out2, 'manifest.json'), 'utf8')) as PacketManifest;
    expect(second.options).toMatchObject({ labelStyle: { kind: 'short' }, startNumber: 5, dividers: true });
    expect(second.inputs[0]?.firstPage).toBe(5);
    // One DOCX per generated document: cover letter, release plan, declarations, chronology, statement of service.
    const docx = second.outputs.filter((o) => o.format === 'docx');
    expect(docx).toHaveLength(second.inputs.filter((i) => i.kind === 'generated').length);
    for (const o of docx) expect(existsSync(path.join(out2, o.fileName))).toBe(true);
    const pdf = path.join(out2, second.outputs[0]?.fileName ?? '');
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })).toMatch(/p\. 5/u);
    const badLabels = dossier(['build', '--case', caseId, '--preset', 'hc', '--out', out2, '--labels', 'roman']);
    expect(badLabels.stderr).toMatch(/use page-of, p or bates/u);
  });
});
