import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import { makeExhibitFixtures } from '../fixtures/exhibits/make-exhibits.ts';
import { dossierCli } from '../helpers/cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-french-cli-'));
const dossier = dossierCli(path.join(work, 'vault'));
let caseId = '';

/** Case 1 heard in French: its first condition has French particulars, the others do not. */
beforeAll(async () => {
  const files = await makeExhibitFixtures(work, { bigPages: 3 });
  const bundle = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as {
    case: { matter: Record<string, unknown>; detention: { releasePlan: { conditions: Record<string, unknown>[] } } };
  };
  bundle.case.matter['languageOfProceedings'] = 'fr';
  const first = bundle.case.detention.releasePlan.conditions[0];
  if (first) first['detailsFr'] = 'chez CHAN Kwok-wai, au 14 Elmwood Crescent, Richmond Hill (Ontario)';
  const file = path.join(work, 'case-fr.json');
  writeFileSync(file, JSON.stringify(bundle));
  expect(dossier(['vault', 'init']).code).toBe(0);
  expect(dossier(['case', 'import', file]).stderr).toBe('');
  caseId = (JSON.parse(dossier(['case', 'list']).stdout) as { id: string }[])[0]?.id ?? '';
  expect(dossier(['exhibit', 'add', '--case', caseId, files['plain.pdf'] ?? '', '--exhibit', 'x-chan-t4']).stderr).toBe('');
  expect(
    dossier(['counsel', 'set', '--name', 'Adaeze Okafor', '--firm', 'Harbourfront Clinic', '--address', '200 Queens Quay W|Toronto'])
      .stderr,
  ).toBe('');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pageText = (file: string, n: number): string =>
  execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');

describe('a French filing from the CLI', () => {
  it('stamps, names and bookmarks every page in French, and warns of each field printed as typed', () => {
    const out = path.join(work, 'out');
    const built = dossier(['build', '--case', caseId, '--preset', 'detention-release-plan', '--format', 'pdf,docx', '--out', out]);
    expect(built.stderr).toBe('');
    const summary = JSON.parse(built.stdout) as { warnings?: { code: string; message: string }[] };
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as PacketManifest;
    const pdf = manifest.outputs.find((o) => o.format === 'pdf');
    expect(pdf?.fileName).toMatch(/ – SI – Plan de mise en liberté\.pdf$/u);
    const docx = manifest.outputs.filter((o) => o.format === 'docx').map((o) => o.fileName);
    expect(docx.some((name) => / – SI – Onglet 1 – Plan de mise en liberté/u.test(name))).toBe(true);
    expect(docx.join('\n')).not.toMatch(/\bTab \d/u);

    // Condition 1 has its French version; every other proposed condition with particulars is named.
    const codes = (summary.warnings ?? []).filter((w) => w.code === 'french.conditionDetails').map((w) => w.message);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes[0]).toBe('Condition 2 — details will print as typed (no French version).');

    const file = path.join(out, pdf?.fileName ?? '');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Title:\s+Plan de mise en liberté – /u);
    const pages = pdf?.pages ?? 0;
    for (let n = 1; n <= pages; n += 1) {
      const text = pageText(file, n);
      expect(text, `page ${n}`).toContain(`Page ${n} de ${pages}`);
      expect(text, `page ${n}`).not.toMatch(/Page \d+ of \d+|\bTab \d/u);
    }
    for (const input of manifest.inputs.filter((i) => i.tab !== ''))
      expect(pageText(file, input.firstPage)).toContain(`Onglet ${input.tab}`);
    const list = pageText(file, (manifest.inputs[0]?.lastPage ?? 0) + 1);
    expect(list).toContain('Liste des documents');
    expect(list).toMatch(/Onglet Document Date Pages/u);
    expect(list).toMatch(/\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/u);
    const outline = execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' });
    expect(outline).toContain('"title": "Onglet 1 – ');
    expect(outline).not.toMatch(/"title": "Tab /u);
    expect(outline).toContain('"title": "Liste des documents"');
    const letter = Array.from({ length: (manifest.inputs[1]?.lastPage ?? 0) - (manifest.inputs[1]?.firstPage ?? 0) + 1 }, (_, i) =>
      pageText(file, (manifest.inputs[1]?.firstPage ?? 0) + i),
    ).join(' ');
    expect(letter).toContain("Résider à l'adresse approuvée, chez CHAN Kwok-wai, au 14 Elmwood Crescent");
    expect(letter).not.toContain('with CHAN Kwok-wai');
  }, 240_000);
});
