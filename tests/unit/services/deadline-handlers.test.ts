import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../src-main/core/errors.ts';
import { caseSchema, type Case } from '../../../src-main/core/model/case.ts';
import { contract } from '../../../src-main/ipc/contract.ts';
import { createDeadlineHandlers } from '../../../src-main/services/deadline-handlers.ts';
import type { VaultApi } from '../../../src-main/vault/types.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const case1 = (): Case =>
  caseSchema.parse((JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as { case: unknown }).case);

/** The handler over a vault holding one case; only `readCase` is ever called. */
function computeFor(value: Case, asOf = '2026-03-11T12:00:00Z') {
  const vault = {
    readCase: (id: string) =>
      id === value.id
        ? Promise.resolve({
            case: value,
            revision: 1,
            createdAt: asOf,
            updatedAt: asOf,
          })
        : Promise.reject(new Error('no such case')),
  } as Pick<VaultApi, 'readCase'> as VaultApi;
  const { deadlinesCompute } = createDeadlineHandlers({
    vault,
    now: () => new Date(0),
  });
  return deadlinesCompute({ caseId: value.id, asOf });
}

const byRule = <T extends { ruleId: string }>(list: readonly T[], ruleId: string): T[] => list.filter((d) => d.ruleId === ruleId);

describe('deadlinesCompute', () => {
  it("answers Case 1's limits in the contract's shape, naming what each is attached to and where it runs from", async () => {
    const list = await computeFor(case1());
    expect(contract.deadlinesCompute.output.parse(list)).toEqual(list);
    const [limit48] = byRule(list, 'irpa-57-1-48h');
    expect(limit48).toMatchObject({
      subject: { type: 'episode', id: 'd-episode-1' },
      from: '2026-03-10T18:30:00Z',
      dueLaw: { type: 'instant', local: { date: '2026-03-12', time: '14:30' } },
      satisfiedBy: 'h-48h',
    });
    const seizures = byRule(list, 'irpr-254-seizure-return');
    expect(seizures.map((d) => d.subject)).toEqual(
      expect.arrayContaining([
        { type: 'seized-item', id: 's-phones' },
        { type: 'seized-item', id: 's-cash' },
      ]),
    );
    expect(seizures[0]).toMatchObject({
      from: '2026-03-10',
      dueLaw: { type: 'date', date: '2026-05-09' },
      dueOffice: '2026-05-08',
    });
    expect(seizures[0]?.dueUnrolled).toBeUndefined();
  });

  it("counts under the case's own holiday corrections and rule overrides, with the reason carried", async () => {
    const value = case1();
    value.detention.deadlineSettings = {
      ruleOverrides: [
        {
          ruleId: 'irpa-57-2-7d',
          reason: 'Member counts the closure as a sitting day',
          rollForward: false,
        },
      ],
      holidayOverrides: [
        {
          date: '2026-03-19',
          action: 'add',
          name: 'Office closure',
          reason: 'Closed by notice',
        },
      ],
    };
    const [limit7] = byRule(await computeFor(value), 'irpa-57-2-7d');
    expect(limit7).toMatchObject({
      status: 'overridden',
      overrideReason: 'Member counts the closure as a sitting day',
      dueLaw: { type: 'date', date: '2026-03-19' },
      dueOffice: '2026-03-18',
    });

    value.detention.deadlineSettings.ruleOverrides = [];
    const [rolled] = byRule(await computeFor(value), 'irpa-57-2-7d');
    expect(rolled).toMatchObject({
      dueLaw: { type: 'date', date: '2026-03-20' },
      dueUnrolled: '2026-03-19',
    });
    expect(rolled?.overrideReason).toBeUndefined();
  });

  it('the facility decides the holidays over the zone, and a zone not kept there is shown', async () => {
    const value = case1();
    for (const episode of value.detention.episodes) episode.start = { ...episode.start, tz: 'America/Vancouver' };
    const list = await computeFor(value);
    expect(list.every((d) => d.warnings.some((w) => w.code === 'REGION_MISMATCH' && w.message.includes('America/Vancouver')))).toBe(true);
  });

  it('uses the chosen holiday region where neither the place nor the zone names a province', async () => {
    const value = case1();
    for (const episode of value.detention.episodes) {
      episode.start = { ...episode.start, tz: 'America/New_York' };
      delete episode.facility;
    }
    const unknown = await computeFor(value);
    expect(unknown.every((d) => d.warnings.some((w) => w.code === 'REGION_UNKNOWN'))).toBe(true);
    value.detention.deadlineSettings = {
      holidayRegion: 'ON',
      ruleOverrides: [],
      holidayOverrides: [],
    };
    const chosen = await computeFor(value);
    expect(chosen.some((d) => d.warnings.some((w) => w.code === 'REGION_UNKNOWN'))).toBe(false);
  });

  it('drops the limits of a rule switched off', async () => {
    const value = case1();
    value.detention.deadlineSettings.ruleOverrides = [
      {
        ruleId: 'irpr-254-seizure-return',
        reason: 'Returned at release',
        disabled: true,
      },
    ];
    expect(byRule(await computeFor(value), 'irpr-254-seizure-return')).toEqual([]);
  });

  it("names a bad override at its place in the case's settings", async () => {
    const value = case1();
    value.detention.deadlineSettings.ruleOverrides = [{ ruleId: 'no-such-rule', reason: 'Testing', rollForward: true }];
    const error: unknown = await computeFor(value).catch((e: unknown) => e);
    expect(isDossierError(error) && error.code).toBe('VALIDATION');
    expect(isDossierError(error) ? error.issues : []).toEqual([
      {
        path: 'detention.deadlineSettings.ruleOverrides.0.ruleId',
        message: 'No rule has this id.',
        code: 'unknownRule',
        params: {},
      },
    ]);
  });
});
