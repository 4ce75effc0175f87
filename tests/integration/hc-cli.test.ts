import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { dossierCli, TEST_PASSPHRASE } from '../helpers/cli.ts';
import { importFixtureCase, openTestServices, type ExhibitSample } from '../helpers/services.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/cases');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-hc-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Finding {
  check: string;
  result: string;
  barEnds?: string;
  cite: string;
  exception?: { kind: string };
}

describe('dossier hc check', () => {
  it('prints Case 2’s bar checks and gaps, exits 0 with the child exception and 2 without it', () => {
    const dossier = dossierCli(path.join(work, 'vault'));
    expect(dossier(['vault', 'init']).code).toBe(0);
    const file = JSON.parse(readFileSync(path.join(fixtures, 'case2-srisuk.json'), 'utf8')) as {
      case: { id: string; hc: { exceptions: unknown[] } };
    };
    expect(dossier(['case', 'import', path.join(fixtures, 'case2-srisuk.json')]).stderr).toBe('');
    file.case.id = 'case2-no-exception';
    file.case.hc.exceptions = [];
    const plain = path.join(work, 'no-exception.json');
    writeFileSync(plain, JSON.stringify(file));
    expect(dossier(['case', 'import', plain]).stderr).toBe('');

    const ok = dossier(['hc', 'check', '--case', 'case2-srisuk-kanokwan', '--as-of', '2026-06-15']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.stdout) as {
      barred: boolean;
      checkedOn: string;
      bars: Finding[];
      gaps: { code: string }[];
      forms: unknown[];
    };
    expect(report).toMatchObject({ barred: false, checkedOn: '2026-06-15' });
    expect(report.bars.find((b) => b.check === 'twelve-month-bar')).toMatchObject({
      result: 'excepted',
      barEnds: '2027-01-20',
      cite: 'IRPA s.25(1.2)(c); months counted under IA s.28',
      exception: { kind: 'BIOC' },
    });
    expect(report.gaps.map((g) => g.code)).toContain('hc.letterUntranslated');
    expect(report.forms).toHaveLength(8);

    const barred = dossier(['hc', 'check', '--case', 'case2-no-exception', '--as-of', '2026-06-15']);
    expect(barred.code).toBe(2);
    expect(barred.stderr).toContain('barred on 2026-06-15');
    expect(barred.stderr).toContain('until 2027-01-20 inclusive');
    const printed = JSON.parse(barred.stdout) as { barred: boolean; bars: Finding[] };
    expect(printed.barred).toBe(true);
    expect(printed.bars.find((b) => b.check === 'twelve-month-bar')?.result).toBe('barred');

    const bad = dossier(['hc', 'check', '--case', 'case2-no-exception', '--as-of', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of takes a date as YYYY-MM-DD');
    expect(bad.stdout).toBe('');
  }, 180_000);
});

describe('dossier build --preset hc-application', () => {
  it('writes one file per portal slot under --max-bytes plus the manifest, and names every field to fix when IRCC would refuse a translation', async () => {
    const vault = path.join(work, 'vault-build');
    const file = JSON.parse(readFileSync(path.join(fixtures, 'case2-srisuk.json'), 'utf8')) as {
      case: { id: string; statements: { id: string; translations: { certifiedCopy?: unknown }[] }[] };
    };
    const sample = async (_: unknown, i: number): Promise<ExhibitSample> => ({
      bytes: await textPdf(`Sample exhibit ${i + 1}`, 1 + (i % 2)),
      ext: 'pdf',
    });
    // The vault is filled in process (fast key derivation); the counsel profile is set and the builds run through the command line.
    const { services } = await openTestServices(vault, { passphrase: TEST_PASSPHRASE });
    try {
      await importFixtureCase(services, file, { work, sample });
      // The same case with the house registration's certified copy not yet recorded.
      const noCopy = structuredClone(file);
      for (const s of noCopy.case.statements) if (s.id === 'st-house-reg') for (const t of s.translations) delete t.certifiedCopy;
      await importFixtureCase(services, noCopy, { work, caseId: 'case2-no-copy', sample });
    } finally {
      await services.dispose();
    }

    const dossier = dossierCli(vault);
    expect(
      dossier(['counsel', 'set', '--name', 'Adaeze Okafor', '--firm', 'Harbourfront Clinic', '--address', '200 Queens Quay W|Toronto'])
        .stderr,
    ).toBe('');
    const buildApplication = (caseId: string, ...options: string[]) =>
      dossier(['build', '--case', caseId, '--preset', 'hc-application', ...options]);
    const out = path.join(work, 'portal');
    const built = buildApplication('case2-srisuk-kanokwan', '--out', out, '--max-bytes', '3000000');
    expect(built.stderr).toBe('');
    const result = JSON.parse(built.stdout) as {
      manifest: string;
      files: { slot: string; fileName: string; bytes: number; pages: number }[];
    };
    expect(result.files.map((f) => f.slot)).toEqual(['submission', 'establishment', 'bioc', 'hardship', 'letters', 'other']);
    expect(readdirSync(out).sort()).toEqual([...result.files.map((f) => f.fileName), 'manifest.json'].sort());
    for (const f of result.files) expect(statSync(path.join(out, f.fileName)).size).toBe(f.bytes);
    expect(result.files.every((f) => f.bytes <= 3_000_000)).toBe(true);

    const pagesRefused = buildApplication('case2-srisuk-kanokwan', '--out', out, '--max-pages', '50');
    expect(pagesRefused.code).toBe(2);
    expect(pagesRefused.stderr).toMatch(/use --max-bytes/u);

    const refusedOut = path.join(work, 'refused');
    const refused = buildApplication('case2-no-copy', '--out', refusedOut);
    expect(refused.code).toBe(2);
    const lines = refused.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^dossier: VALIDATION: The H&C application cannot be built yet/u);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}statements\.2\.translations\.0\.certifiedCopy: House registration .*certified true copy/u),
    ]);
    expect(existsSync(refusedOut)).toBe(false);
  });
});
