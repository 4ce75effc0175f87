import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-applications-'));
const vault = path.join(work, 'vault');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dossier = cliInProcess(vault);

interface Listing {
  privacy: string;
  applications: { id: string; kind: string; status: string; grounds: string[]; reasons: string[]; filedOn?: string }[];
  prompts: { code: string; message: string }[];
}

describe('dossier case application', () => {
  it('records an r.45 application, keeps matter.privacy in step, lists its time limit, and refuses a bad value by its path', async () => {
    expect((await dossier('vault', 'init')).code).toBe(0);
    const { id } = JSON.parse((await dossier('case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json'))).stdout) as {
      id: string;
    };

    const before = JSON.parse((await dossier('case', 'application', 'list', '--case', id)).stdout) as Listing;
    expect(before.applications).toEqual([]);
    expect(before.prompts.map((p) => p.code)).toEqual(['privacy.requestedNotRecorded']);

    const added = await dossier(
      'case',
      'application',
      'add',
      '--case',
      id,
      '--kind',
      'private-proceeding',
      '--hearing',
      'h-admissibility',
      '--ground',
      'trafficking,safety',
      '--relief',
      'private-hearing,initials',
      '--reason',
      'The Minister framed her as controlled by traffickers, with commas.|A public hearing would expose her.',
      '--status',
      'filed',
      '--filed',
      '2026-04-14',
    );
    expect(added.stderr).toBe('');
    const after = JSON.parse(added.stdout) as Listing;
    expect(after.applications).toMatchObject([
      { id: 'app-1', kind: 'private-proceeding', status: 'filed', grounds: ['trafficking', 'safety'], filedOn: '2026-04-14' },
    ]);
    expect(after.applications[0]?.reasons).toHaveLength(2);
    expect(after.privacy).toBe('private-requested');
    expect(after.prompts).toEqual([]);

    const limits = JSON.parse((await dossier('deadlines', '--case', id, '--as-of', '2026-04-01T12:00:00Z')).stdout) as {
      kind: string;
      dueLaw: { date?: string };
      basis: { pinpoint: string };
    }[];
    // Admissibility hearing Wed 22 April 2026: at least 5 clear days before is Thu 16 April.
    expect(limits.find((d) => d.kind === 'application')).toMatchObject({
      dueLaw: { date: '2026-04-16' },
      basis: { pinpoint: 'r.45(4)(b)' },
    });

    const granted = JSON.parse(
      (await dossier('case', 'application', 'set', '--case', id, '--application', 'app-1', '--status', 'granted')).stdout,
    ) as Listing;
    expect(granted.privacy).toBe('private-ordered');

    const bad = await dossier('case', 'application', 'set', '--case', id, '--application', 'app-1', '--ground', 'weather');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('detention.applications.0.grounds.0');

    const unknown = await dossier('case', 'application', 'set', '--case', id, '--application', 'app-9', '--status', 'filed');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('app-1');

    const removed = JSON.parse((await dossier('case', 'application', 'remove', '--case', id, '--application', 'app-1')).stdout) as Listing;
    expect(removed.applications).toEqual([]);
  }, 60_000);
});
