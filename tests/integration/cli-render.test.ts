import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-render-cli-'));
const vault = path.join(work, 'vault');
const env = { ...process.env, DOSSIER_PASS: 'correct horse battery staple' };

function dossier(args: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'bin/dossier.js'), ...args, '--vault', vault, '--passphrase-env', 'DOSSIER_PASS'],
    {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let caseId = '';
beforeAll(() => {
  expect(dossier(['vault', 'init']).code).toBe(0);
  expect(dossier(['case', 'import', path.join(root, 'tests/fixtures/cases/case2-srisuk.json')]).stderr).toBe('');
  caseId = (JSON.parse(dossier(['case', 'list']).stdout) as { id: string }[])[0]?.id ?? '';
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dossier render and dossier counsel', () => {
  it('refuses to print a letter before the counsel profile is set, then prints it', () => {
    const out = path.join(work, 'letter.pdf');
    const refused = dossier(['render', '--case', caseId, '--doc', 'letter', '--lang', 'fr', '--format', 'pdf', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^dossier: VALIDATION: .*Settings → Counsel profile/u);

    const set = dossier([
      'counsel',
      'set',
      '--name',
      'Adaeze Okafor',
      '--firm',
      'Harbourfront Community Legal Clinic',
      '--address',
      '200 Queens Quay West|Toronto, Ontario',
      '--law-society',
      'Law Society of Ontario',
      '--law-society-number',
      '71234P',
    ]);
    expect(set.stderr).toBe('');
    expect(JSON.parse(dossier(['counsel', 'show']).stdout)).toMatchObject({
      name: 'Adaeze Okafor',
      addressLines: ['200 Queens Quay West', 'Toronto, Ontario'],
    });

    const done = dossier(['render', '--case', caseId, '--doc', 'letter', '--lang', 'fr', '--format', 'pdf', '--out', out]);
    expect(done.stderr).toBe('');
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Harbourfront Community Legal Clinic');
    expect(text).toContain('Objet : SRISUK Kanokwan');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Title:\s+Lettre — SRISUK Kanokwan/u);
  });

  it('rejects an unknown document or format with one line', () => {
    const bad = dossier(['render', '--case', caseId, '--doc', 'memo', '--out', path.join(work, 'x.pdf')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--doc takes letter, timeline, translator-declaration/u);
    expect(dossier(['render', '--case', caseId, '--doc', 'timeline', '--format', 'odt', '--out', path.join(work, 'x.pdf')]).stderr).toMatch(
      /--format takes pdf/u,
    );
  });
});
