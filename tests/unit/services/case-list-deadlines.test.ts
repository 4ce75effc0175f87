import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseSummaryDto } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';

const scrypt = { N: 2 ** 12, r: 8, p: 1 };
const dirs: string[] = [];
const opened: Services[] = [];

/** A vault holding Case 1 (possibly changed), listed as of `asOf`. */
async function listAt(asOf: string, change: (c: Case1) => void = () => undefined): Promise<CaseSummaryDto[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-next-'));
  dirs.push(dir);
  const services = createNodeServices({
    dataDir: path.join(dir, 'vault'),
    settings: createMemorySettings(),
    scrypt,
    now: () => new Date(asOf),
  });
  opened.push(services);
  const call = async (channel: Parameters<typeof invokeChannel>[1], input?: unknown) => {
    const result = await invokeChannel(services.handlers, channel, input, { onActivity: services.onActivity });
    if (!result.ok) throw new Error(`${String(channel)}: ${result.error.message}`);
    return result.value;
  };
  await call('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
  const file = JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as { case: Case1 };
  change(file.case);
  await call('caseImport', { file });
  return (await call('caseList', {})) as CaseSummaryDto[];
}

interface Case1 {
  detention: {
    hearings: { id: string; type: string }[];
    episodes: { end?: unknown; endReason?: string }[];
    seizedItems: { returnApplicationFiled?: string }[];
    applications?: { id: string; kind: string; status: string; hearingId?: string; filedOn?: string }[];
  };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.dispose()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the case list shows each case its next deadline without opening it', () => {
  it('the day after the arrest: the 48-hour review, to the minute in Toronto time', async () => {
    const [summary] = await listAt('2026-03-11T12:00:00Z', (c) => {
      c.detention.hearings = [];
      delete c.detention.episodes[0]?.end;
      delete c.detention.episodes[0]?.endReason;
    });
    expect(summary?.nextDeadline).toEqual({
      kind: '48H-review',
      title: '48-hour detention review',
      dueOffice: '2026-03-12',
      dueLabel: '2026-03-12 14:30',
      pastDue: false,
    });
  });

  it('with no review recorded once the 48 hours have run: past due', async () => {
    const [summary] = await listAt('2026-03-13T12:00:00Z', (c) => {
      c.detention.hearings = [];
      delete c.detention.episodes[0]?.end;
      delete c.detention.episodes[0]?.endReason;
    });
    expect(summary?.nextDeadline).toMatchObject({ kind: '48H-review', pastDue: true });
  });

  it('after release, the disclosure date before the admissibility hearing', async () => {
    const [summary] = await listAt('2026-04-10T12:00:00Z', (c) => {
      for (const item of c.detention.seizedItems) item.returnApplicationFiled = '2026-04-01';
    });
    expect(summary?.nextDeadline).toMatchObject({ kind: 'disclosure', dueLabel: '2026-04-16', pastDue: false });
  });

  it('an unfiled seizure return is past due; once filed, nothing is left by November', async () => {
    const [late] = await listAt('2026-11-23T12:00:00Z');
    expect(late?.nextDeadline).toMatchObject({ kind: 'seizure-return', dueLabel: '2026-05-09', dueOffice: '2026-05-08', pastDue: true });
    const [done] = await listAt('2026-11-23T12:00:00Z', (c) => {
      for (const item of c.detention.seizedItems) item.returnApplicationFiled = '2026-04-01';
    });
    expect(done?.nextDeadline).toBeUndefined();
  });

  // ID Rule 45(4)(b): received at least 5 days before the admissibility hearing of Wednesday 22 April
  // 2026. Clear days (IA s.27(1)): 17, 18, 19, 20 and 21 April, so the last day is Thursday 16 April.
  const r45 = (c: Case1, filedOn?: string) => {
    for (const item of c.detention.seizedItems) item.returnApplicationFiled = '2026-04-01';
    c.detention.applications = [
      {
        id: 'app-r45',
        kind: 'private-proceeding',
        status: filedOn ? 'filed' : 'draft',
        hearingId: 'h-admissibility',
        ...(filedOn ? { filedOn } : {}),
      },
    ];
  };

  it("an ID Rules application's limit is on the list: an r.45 application for the admissibility hearing, due 16 April", async () => {
    const [summary] = await listAt('2026-04-10T12:00:00Z', (c) => r45(c));
    expect(summary?.nextDeadline).toMatchObject({ kind: 'application', dueLabel: '2026-04-16', dueOffice: '2026-04-16', pastDue: false });
  });

  it('an unfiled application whose day has passed is past due; once the Division received it, it leaves the list', async () => {
    const [late] = await listAt('2026-04-20T12:00:00Z', (c) => r45(c));
    expect(late?.nextDeadline).toMatchObject({ kind: 'application', dueLabel: '2026-04-16', pastDue: true });
    const [filed] = await listAt('2026-04-20T12:00:00Z', (c) => r45(c, '2026-04-15'));
    // The Minister's disclosure date, the same day, is then the limit the list shows.
    expect(filed?.nextDeadline).toMatchObject({ kind: 'disclosure', dueLabel: '2026-04-16', pastDue: true });
  });
});
