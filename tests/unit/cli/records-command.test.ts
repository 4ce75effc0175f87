import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-records-'));
const vault = path.join(work, 'vault');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dossier = cliInProcess(vault);

describe('dossier case proceeding and case reserved', () => {
  it('records a parallel matter and a reserved decision through the case save path, and the clock reads them', async () => {
    expect((await dossier('vault', 'init')).code).toBe(0);
    const { id } = JSON.parse((await dossier('case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json'))).stdout) as {
      id: string;
    };

    const added = await dossier(
      'case',
      'proceeding',
      'add',
      '--case',
      id,
      '--kind',
      'vtip-trp',
      '--status',
      'filed',
      '--number',
      'V123456789',
      '--filed',
      '2026-03-25',
    );
    expect(added.stderr).toBe('');
    expect(JSON.parse(added.stdout)).toEqual([
      { id: 'proc-1', kind: 'vtip-trp', status: 'filed', fileNumber: 'V123456789', filedOn: '2026-03-25' },
    ]);
    const decided = JSON.parse(
      (await dossier('case', 'proceeding', 'set', '--case', id, '--proceeding', 'proc-1', '--status', 'granted', '--decided', '2026-04-09'))
        .stdout,
    ) as { status: string; decidedOn: string }[];
    expect(decided[0]).toMatchObject({ status: 'granted', decidedOn: '2026-04-09' });

    const backwards = await dossier('case', 'proceeding', 'set', '--case', id, '--proceeding', 'proc-1', '--decided', '2026-03-01');
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('proceedings.0.decidedOn');
    const noKind = await dossier('case', 'proceeding', 'add', '--case', id);
    expect(noKind.code).toBe(2);

    // The 7-day review (Wed 18 March) was reserved; the decision arrived Fri 20 March.
    const reserved = await dossier(
      'case',
      'reserved',
      '--case',
      id,
      '--hearing',
      'h-7d',
      '--reserved-on',
      '2026-03-18',
      '--received-on',
      '2026-03-20',
    );
    expect(reserved.stderr).toBe('');
    expect(JSON.parse(reserved.stdout)).toMatchObject({ id: 'h-7d', reserved: { reservedOn: '2026-03-18', receivedOn: '2026-03-20' } });
    const limits = JSON.parse((await dossier('deadlines', '--case', id, '--as-of', '2026-03-21T12:00:00Z')).stdout) as {
      kind: string;
      dueLaw: { date?: string };
    }[];
    // ID Rules r.11(4): ten days after the decision is received (Mon 30 March), not after the sitting (Sat 28 March).
    const reasons = limits.filter((d) => d.kind === 'written-reasons-request').map((d) => d.dueLaw.date);
    expect(reasons).toContain('2026-03-30');
    expect(reasons).not.toContain('2026-03-28');

    const cleared = JSON.parse((await dossier('case', 'reserved', '--case', id, '--hearing', 'h-7d', '--clear')).stdout) as object;
    expect(cleared).not.toHaveProperty('reserved');
    const removed = JSON.parse((await dossier('case', 'proceeding', 'remove', '--case', id, '--proceeding', 'proc-1')).stdout) as unknown[];
    expect(removed).toEqual([]);
    const noHearing = await dossier('case', 'reserved', '--case', id, '--hearing', 'h-none');
    expect(noHearing.code).toBe(2);
    expect(noHearing.stderr).toContain('h-48h');
  }, 60_000);
});
