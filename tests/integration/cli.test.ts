import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierCli } from '../helpers/cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/cases');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
const vault = path.join(work, 'vault');

const dossier = dossierCli(vault);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

beforeAll(() => {
  const init = dossier(['vault', 'init']);
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dossier CLI', () => {
  const ids: Record<string, string> = {};

  it.each(['case1-lai.json', 'case2-srisuk.json'])('imports and exports %s losslessly', (name) => {
    const imported = dossier(['case', 'import', path.join(fixtures, name)]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: string };
    ids[name] = id;
    const exported = dossier(['case', 'export', id]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')));
  });

  it('lists the cases with id, display name and kind', () => {
    const listed = dossier(['case', 'list']);
    expect(listed.code).toBe(0);
    const list = JSON.parse(listed.stdout) as { id: string; displayName: string; kind: string }[];
    expect(list).toEqual(
      expect.arrayContaining([
        { id: ids['case1-lai.json'], displayName: 'LAI Wing-sze (黎詠詩)', kind: 'detention-review' },
        { id: ids['case2-srisuk.json'], displayName: 'SRISUK Kanokwan (กนกวรรณ ศรีสุข)', kind: 'hc' },
      ]),
    );
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['displayName', 'id', 'kind']);
  });

  it('sets the matter with case matter, through the case save path, and refuses a bad value naming the field', () => {
    const id = ids['case1-lai.json'] ?? '';
    const set = dossier([
      'case',
      'matter',
      '--case',
      id,
      '--lang',
      'fr',
      '--irb',
      '0003-B6-09999',
      '--ircc',
      'E000123456',
      '--cbsa',
      '',
      '--uci',
      '1234-5678',
      '--member',
      'J. Gagnon',
      '--hearing-mode',
      'video',
      '--hearing-place',
      'Toronto Immigration Holding Centre',
    ]);
    expect(set.stderr).toBe('');
    const matter = JSON.parse(set.stdout) as Record<string, unknown> & { numbers: { issuer: string; value: string }[] };
    expect(matter).toMatchObject({
      languageOfProceedings: 'fr',
      presidingMember: 'J. Gagnon',
      hearingMode: 'video',
      hearingPlace: 'Toronto Immigration Holding Centre',
    });
    expect(matter.numbers).toEqual([
      { issuer: 'IRB', value: '0003-B6-09999' },
      { issuer: 'IRCC', value: 'E000123456' },
      { issuer: 'UCI', value: '1234-5678' },
    ]);
    const exported = JSON.parse(dossier(['case', 'export', id]).stdout) as { case: { client: { uci?: string } } };
    expect(exported.case.client.uci).toBe('1234-5678');
    const bad = dossier(['case', 'matter', '--case', id, '--hearing-mode', 'carrier-pigeon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('matter.hearingMode');
  });

  it('refuses a duplicate import and keeps the existing case', () => {
    const again = dossier(['case', 'import', path.join(fixtures, 'case1-lai.json')]);
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('DUPLICATE');
  });

  it('names every failing field of an invalid case file on one line', () => {
    const bad = JSON.parse(readFileSync(path.join(fixtures, 'case1-lai.json'), 'utf8')) as {
      case: Record<string, unknown> & { client: Record<string, unknown> };
    };
    bad.case.id = 'another-case-id';
    bad.case.kind = 'bail';
    bad.case.client.familyName = 'x'.repeat(5 * 1024 * 1024);
    const file = path.join(work, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const result = dossier(['case', 'import', file]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('case.kind');
    expect(lines[0]).toContain('case.client.familyName');
  });

  it('gives one-line errors for a wrong passphrase, a missing variable, bad JSON and unknown commands', () => {
    const wrong = dossier(['case', 'list'], { DOSSIER_PASS: 'not the passphrase' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/^dossier: WRONG_PASSPHRASE: .+\n$/);
    const missing = dossier(['case', 'list'], { DOSSIER_PASS: '' });
    expect(missing.stderr).toMatch(/^dossier: PASSPHRASE_REQUIRED: .+\n$/);
    const notJson = path.join(work, 'not.json');
    writeFileSync(notJson, '{ not json');
    expect(dossier(['case', 'import', notJson]).stderr).toMatch(/^dossier: VALIDATION: not\.json is not valid JSON\.\n$/);
    expect(dossier(['case', 'frobnicate']).stderr).toMatch(/^dossier: VALIDATION: Unknown command/);
    expect(dossier(['case', 'export', 'no-such-case']).stderr).toMatch(/^dossier: NOT_FOUND: /);
  });

  it('leaves no client name in any file of the vault', () => {
    const needles = ['黎詠詩', 'Wing-sze', 'กนกวรรณ', 'Kanokwan', 'SRISUK', 'Srisuk'].flatMap((n) => [
      Buffer.from(n, 'utf8'),
      Buffer.from(n, 'utf16le'),
    ]);
    const files = walk(vault);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) expect(bytes.includes(needle), `${path.relative(vault, file)} holds a client name`).toBe(false);
      expect(path.basename(file)).not.toMatch(/lai|srisuk|wing|kanok/i);
    }
  });
});
