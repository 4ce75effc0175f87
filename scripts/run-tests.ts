/**
 * `npm test`: lint, typecheck, unit + property, integration and end-to-end tests, each runner
 * printing its own summary, then one closing line with the totals.
 *
 * Where `unshare -rn` works, the whole suite re-runs itself inside an empty network namespace
 * (loopback down, no routes): proof that nothing in Dossier or its tests needs the network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const inNamespace = process.env.DOSSIER_TEST_NETNS === '1';

function canIsolate(): boolean {
  if (process.platform !== 'linux' || process.env.DOSSIER_TEST_NETNS === '0') return false;
  return spawnSync('unshare', ['-rn', 'true'], { stdio: 'ignore' }).status === 0;
}

if (!inNamespace && canIsolate()) {
  console.log('Running the test suite inside an empty network namespace (unshare -rn).');
  const child = spawnSync('unshare', ['-rn', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, DOSSIER_TEST_NETNS: '1' },
  });
  process.exit(child.status ?? 1);
}
if (!inNamespace) console.log('unshare -rn is not available here: running the test suite without network isolation.');

const reports = mkdtempSync(path.join(tmpdir(), 'dossier-test-reports-'));
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

interface Step {
  readonly name: string;
  readonly cmd: string;
  readonly args: readonly string[];
  readonly env?: Record<string, string>;
  readonly report?: { readonly file: string; readonly kind: 'vitest' | 'playwright' };
}

const vitestJson = (name: string) => path.join(reports, `${name}.json`);
const steps: Step[] = [
  { name: 'lint', cmd: bin('eslint'), args: ['--max-warnings=0', '.'] },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '--log-level', 'warn', '.'] },
  { name: 'typecheck', cmd: bin('tsc'), args: ['-b'] },
  {
    name: 'unit and property tests',
    cmd: bin('vitest'),
    args: [
      'run',
      '--project',
      'unit',
      '--project',
      'property',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestJson('unit')}`,
    ],
    report: { file: vitestJson('unit'), kind: 'vitest' },
  },
  {
    name: 'integration tests',
    cmd: bin('vitest'),
    args: ['run', '--project', 'integration', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson('integration')}`],
    report: { file: vitestJson('integration'), kind: 'vitest' },
  },
  { name: 'renderer build', cmd: bin('vite'), args: ['build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'] },
  {
    name: 'end-to-end tests',
    cmd: bin('playwright'),
    args: ['test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: vitestJson('e2e'), PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    report: { file: vitestJson('e2e'), kind: 'playwright' },
  },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** The failed tests of a report, one line each: file, title and the first line of the error. */
function failuresOf(file: string, kind: 'vitest' | 'playwright'): string[] {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const firstLine = (text: unknown) =>
    typeof text === 'string' ? (text.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300) : '';
  const out: string[] = [];
  if (kind === 'vitest') {
    for (const file of (data.testResults ?? []) as {
      name?: string;
      message?: string;
      status?: string;
      assertionResults?: { status?: string; fullName?: string; failureMessages?: unknown[] }[];
    }[]) {
      const where = path.relative(root, file.name ?? '');
      const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
      for (const a of failed) out.push(`${where} › ${a.fullName ?? ''}: ${firstLine(a.failureMessages?.[0])}`);
      if (failed.length === 0 && file.status === 'failed') out.push(`${where}: ${firstLine(file.message)}`);
    }
    return out;
  }
  interface PwSuite {
    title?: string;
    file?: string;
    suites?: PwSuite[];
    specs?: { title?: string; file?: string; line?: number; tests?: { status?: string; results?: { error?: { message?: string } }[] }[] }[];
  }
  const walk = (suite: PwSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'unexpected' || t.status === 'flaky') {
          const error = t.results?.find((r) => r.error)?.error?.message;
          out.push(`${spec.file ?? suite.file ?? ''}:${spec.line ?? ''} › ${spec.title ?? ''} (${t.status}): ${firstLine(error)}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of (data.suites ?? []) as PwSuite[]) walk(suite);
  return out;
}

function countReport(file: string, kind: 'vitest' | 'playwright'): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (kind === 'vitest') {
    const n = (key: string) => (typeof data[key] === 'number' ? data[key] : 0);
    return { passed: n('numPassedTests'), failed: n('numFailedTests'), skipped: n('numPendingTests') + n('numTodoTests') };
  }
  const stats = (data.stats ?? {}) as Record<string, number | undefined>;
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0), skipped: stats.skipped ?? 0 };
}

const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];
const failedTests: string[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const result = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (step.report) {
    const counts = countReport(step.report.file, step.report.kind);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    failedTests.push(...failuresOf(step.report.file, step.report.kind));
  }
  if (result.status !== 0) {
    failedSteps.push(step.name);
    if (!step.report) totals.failed += 1;
  }
}
rmSync(reports, { recursive: true, force: true });

console.log('');
if (failedTests.length > 0) {
  console.log('Failed tests:');
  for (const line of failedTests) console.log(`  ${line}`);
}
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
