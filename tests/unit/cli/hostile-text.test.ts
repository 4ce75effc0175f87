import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-hostile-'));
const vault = path.join(work, 'vault');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dossier = cliInProcess(vault);
const case1 = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as {
  case: { id: string; client: Record<string, unknown> };
};

/** Writes `file` as a case file under the work folder (JSON escapes keep lone surrogates) and returns its path. */
function caseFile(name: string, file: unknown): string {
  const full = path.join(work, name);
  writeFileSync(full, JSON.stringify(file));
  return full;
}

describe('hostile text through the CLI', () => {
  it('imports a case with invisible characters removed from its names, each on stderr with the field', async () => {
    expect((await dossier('vault', 'init')).code).toBe(0);
    const file = caseFile('hostile.json', {
      ...case1,
      case: {
        ...case1.case,
        id: 'case-hostile-1',
        client: { ...case1.case.client, familyName: 'L\u202Eai', givenNames: 'Wing\u200B-sze' },
      },
    });
    const imported = await dossier('case', 'import', file);
    expect(imported.code).toBe(0);
    expect(imported.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^dossier: warning: client\.familyName: Invisible or direction-changing characters \(U\+202E\) were removed/u),
      expect.stringMatching(/^dossier: warning: client\.givenNames: .*\(U\+200B\)/u),
    ]);
    const exported = JSON.parse((await dossier('case', 'export', 'case-hostile-1')).stdout) as { case: { client: { familyName: string } } };
    expect(exported.case.client.familyName).toBe('Lai');
  }, 60_000);

  it('refuses a case file holding half a surrogate pair, naming the field, and imports nothing', async () => {
    const file = caseFile('broken.json', { ...case1, case: { ...case1.case, id: 'case-hostile-2', notes: 'A note \uDC00' } });
    const refused = await dossier('case', 'import', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^dossier: VALIDATION: The case file is not valid \(1 field\): case\.notes: This holds a character that is not text \(U\+DC00/u,
    );
    expect((await dossier('case', 'export', 'case-hostile-2')).code).not.toBe(0);
  }, 60_000);

  it('sets a file number given with a bidi override without it, and says so', async () => {
    const set = await dossier('case', 'matter', '--case', 'case-hostile-1', '--irb', '0003-\u202EB6-01234');
    expect(set.code).toBe(0);
    expect(set.stderr).toMatch(/^dossier: warning: --irb: Invisible or direction-changing characters \(U\+202E\) were removed/u);
    expect((JSON.parse(set.stdout) as { fileNumbers: { value: string }[] }).fileNumbers.map((f) => f.value)).toContain('0003-B6-01234');
  }, 60_000);
});
