import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dossierCli } from '../helpers/cli.ts';

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
