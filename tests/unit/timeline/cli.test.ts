import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliArgs } from '../../../src-main/cli/args.ts';
import { timelineCommand } from '../../../src-main/cli/timeline-commands.ts';
import { parseCaseFile } from '../../../src-main/core/model/interchange.ts';
import { DossierError } from '../../../src-main/core/errors.ts';
import { dossierCli } from '../../helpers/cli.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/cases');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-timeline-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface FixtureFile {
  case: { id: string; timeline: { sources: { exhibitId: string; pages?: string }[] }[] };
}

/** Case 1 with the arrest's source pointing to an exhibit that is not in the case. */
function brokenLai(): FixtureFile {
  const file = JSON.parse(readFileSync(path.join(fixtures, 'case1-lai.json'), 'utf8')) as FixtureFile;
  file.case.id = 'case-timeline-errors';
  const arrest = file.case.timeline[1];
  if (!arrest) throw new Error('fixture changed: the arrest event is missing');
  arrest.sources = [{ exhibitId: 'x-removed-exhibit', pages: '2' }];
  return file;
}

/** The DossierError a promise rejects with; anything else (or success) fails the test. */
async function catchTyped(promise: Promise<unknown>): Promise<DossierError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a DossierError');
}

const args = (options: CliArgs['options'], command = ['timeline', 'check']): CliArgs => ({
  command,
  vault: work,
  passphraseEnv: 'UNUSED',
  positionals: [],
  options,
});

function run(file: unknown, options: CliArgs['options'], now = new Date(2026, 10, 23, 12)) {
  const printed: string[] = [];
  const stored = { case: parseCaseFile(file).case, revision: 1 };
  const result = timelineCommand(
    args(options),
    () => Promise.resolve(stored),
    (text) => printed.push(text),
    now,
  );
  return { result, printed };
}

describe('dossier timeline check', () => {
  const lai = JSON.parse(readFileSync(path.join(fixtures, 'case1-lai.json'), 'utf8')) as FixtureFile;

  it('returns the findings when none is an error, checked on the local day', async () => {
    const { result, printed } = run(lai, { case: lai.case.id });
    const report = (await result) as { checkedOn: string; errors: number; warnings: number; findings: { code: string; path: string }[] };
    expect(report).toMatchObject({ checkedOn: '2026-11-23', errors: 0, warnings: 2 });
    expect(report.findings.map((f) => `${f.code} ${f.path}`)).toEqual(['NO_SOURCE timeline.0.sources', 'NO_SOURCE timeline.2.sources']);
    expect(printed).toEqual([]);
  });

  it('prints the findings and fails when one is an error', async () => {
    const { result, printed } = run(brokenLai(), { case: 'case-timeline-errors', 'as-of': '2026-04-01' });
    const error = await catchTyped(result);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe("1 of the timeline's findings is an error: fix them before filing the chronology.");
    const report = JSON.parse(printed.join('')) as { checkedOn: string; findings: { code: string; path: string }[] };
    expect(report.checkedOn).toBe('2026-04-01');
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'SOURCE_REMOVED', path: 'timeline.1.sources.0.exhibitId' }));
  });

  it('refuses a missing case id, a date that is not YYYY-MM-DD and an unknown action', async () => {
    expect((await catchTyped(run(lai, {}).result)).message).toBe('timeline check needs --case ID.');
    expect((await catchTyped(run(lai, { case: 'x', 'as-of': '2026-02-30' }).result)).message).toMatch(
      /--as-of takes a date as YYYY-MM-DD/u,
    );
    const unknown = timelineCommand(
      args({ case: 'x' }, ['timeline', 'draw']),
      () => Promise.reject(new Error('not called')),
      () => undefined,
    );
    expect((await catchTyped(unknown)).message).toBe('Use dossier timeline check --case ID.');
  });

  it('from the command line: exits non-zero with the findings on stdout', () => {
    const dossier = dossierCli(path.join(work, 'vault'));
    expect(dossier(['vault', 'init']).code).toBe(0);
    const changed = path.join(work, 'changed.json');
    writeFileSync(changed, JSON.stringify(brokenLai()));
    const imported = dossier(['case', 'import', changed]);
    expect(imported.stderr).toBe('');
    const result = dossier(['timeline', 'check', '--case', 'case-timeline-errors', '--as-of', '2026-11-23']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("1 of the timeline's findings is an error");
    expect(JSON.parse(result.stdout)).toMatchObject({ caseId: 'case-timeline-errors', errors: 1, warnings: 2 });
  }, 120_000);
});
