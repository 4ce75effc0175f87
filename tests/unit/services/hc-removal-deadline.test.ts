import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseSummaryDto, DeadlineDto } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';

/**
 * Case 2 filed its H&C application on 2026-06-15 and CBSA has scheduled removal for 2026-07-08:
 * the application stays nothing until first-stage approval (IRPR s.233), so the removal is a
 * deadline — on the case and in the case list, without opening the case.
 */

const dirs: string[] = [];
const opened: Services[] = [];

interface Hc {
  removalScheduledFor?: string;
  firstStageApprovedOn?: string;
  submittedOn?: string;
}

async function open(asOf: string, change: (hc: Hc) => void = () => undefined) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-removal-'));
  dirs.push(dir);
  const services = createNodeServices({
    dataDir: path.join(dir, 'vault'),
    settings: createMemorySettings(),
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
    now: () => new Date(asOf),
  });
  opened.push(services);
  const call = async (channel: Parameters<typeof invokeChannel>[1], input?: unknown) => {
    const result = await invokeChannel(services.handlers, channel, input);
    if (!result.ok) return { error: result.error };
    return { value: result.value };
  };
  await call('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
  const file = JSON.parse(readFileSync('tests/fixtures/cases/case2-srisuk.json', 'utf8')) as { case: { hc: Hc } };
  change(file.case.hc);
  const imported = await call('caseImport', { file });
  return { call, imported };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.dispose()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("an H&C applicant's scheduled removal", () => {
  it('is a deadline on the case, citing IRPR s.233, and the next deadline in the case list', async () => {
    const { call } = await open('2026-06-20T12:00:00Z');
    const deadlines = (await call('deadlinesCompute', { caseId: 'case2-srisuk-kanokwan' })).value as DeadlineDto[];
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({
      kind: 'removal',
      ruleId: 'irpr-233-scheduled-removal',
      subject: { type: 'removal' },
      from: '2026-07-08',
      dueLaw: { type: 'date', date: '2026-07-08' },
      dueOffice: '2026-07-08',
      basis: { instrument: 'IRPR', pinpoint: 's.233' },
    });
    const [summary] = (await call('caseList', {})).value as CaseSummaryDto[];
    expect(summary?.nextDeadline).toMatchObject({ kind: 'removal', dueLabel: '2026-07-08', pastDue: false });
  });

  it('is met once first-stage approval stays it, and leaves the list once the day has passed', async () => {
    const approved = await open('2026-07-01T12:00:00Z', (hc) => {
      hc.firstStageApprovedOn = '2026-06-30';
    });
    const deadlines = (await approved.call('deadlinesCompute', { caseId: 'case2-srisuk-kanokwan' })).value as DeadlineDto[];
    expect(deadlines[0]?.satisfiedBy).toBe('first-stage-approval:2026-06-30');
    expect(((await approved.call('caseList', {})).value as CaseSummaryDto[])[0]?.nextDeadline).toBeUndefined();
    const after = await open('2026-07-10T12:00:00Z');
    expect(((await after.call('caseList', {})).value as CaseSummaryDto[])[0]?.nextDeadline).toBeUndefined();
  });

  it('refuses a submission or an approval after today, and an approval before the submission, at their fields', async () => {
    const future = await open('2026-06-20T12:00:00Z', (hc) => {
      hc.firstStageApprovedOn = '2026-06-10';
    });
    expect(future.imported.error?.issues?.map((i) => [i.path, i.code])).toEqual([
      ['hc.firstStageApprovedOn', 'hc.approvalBeforeSubmission'],
    ]);
    const early = await open('2026-06-01T12:00:00Z');
    expect(early.imported.error?.issues?.map((i) => [i.path, i.code])).toContainEqual(['hc.submittedOn', 'hc.submittedInFuture']);
  });
});
