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

  it('records the r.32 witness information item by item, clears one, and refuses bad minutes by their path', async () => {
    // Case 1 as the test above leaves it: imported, with no application.
    const [{ id } = { id: '' }] = JSON.parse((await dossier('case', 'list')).stdout) as { id: string }[];
    const added = await dossier(
      'case',
      'application',
      'add',
      '--case',
      id,
      '--kind',
      'witnesses',
      '--witness',
      'CHAN Mei-ling',
      '--testimony',
      'She can house and supervise the person concerned.',
      '--minutes',
      '45',
      '--relationship',
      'her cousin',
      '--expert',
      '--qualifications',
      'Registered social worker.',
      '--means',
      'telephone',
    );
    expect(added.stderr).toBe('');
    const witness = (JSON.parse(added.stdout) as { applications: Record<string, unknown>[] }).applications[0];
    expect(witness).toMatchObject({
      kind: 'witnesses',
      witness: 'CHAN Mei-ling',
      testimony: 'She can house and supervise the person concerned.',
      testimonyMinutes: 45,
      witnessRelationship: 'her cousin',
      expertWitness: true,
      expertQualifications: 'Registered social worker.',
      witnessMeans: 'telephone',
    });

    const set = await dossier('case', 'application', 'set', '--case', id, '--application', 'app-1', '--not-expert', '--qualifications', '');
    const after = (JSON.parse(set.stdout) as { applications: Record<string, unknown>[] }).applications[0];
    expect(after).not.toHaveProperty('expertWitness');
    expect(after).not.toHaveProperty('expertQualifications');
    expect(after).toMatchObject({ testimonyMinutes: 45, witnessMeans: 'telephone' });

    for (const [option, value, field] of [
      ['--minutes', 'an hour', 'testimonyMinutes'],
      ['--minutes', '0', 'testimonyMinutes'],
      ['--means', 'by pigeon', 'witnessMeans'],
    ] as const) {
      const bad = await dossier('case', 'application', 'set', '--case', id, '--application', 'app-1', option, value);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`detention.applications.0.${field}`);
    }
  }, 60_000);
});
