import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import { caseSchema, type Case } from '../../../src-main/core/model/case.ts';
import { checkCaseFacts } from '../../../src-main/core/validate.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';
import { loadCase, withHc } from './load.ts';
import { mapHcEvidence } from '../../../src-main/core/hc/evidence.ts';

const srisuk = loadCase('case2-srisuk');
const today = '2026-06-15';
const hcCodes = (c: Case) => checkCaseFacts(c, today).filter((i) => i.code?.startsWith('hc.'));

describe('H&C facts refused on save', () => {
  it('Case 2 as shipped saves: its evidence gaps are work to do, not refusals', () => {
    expect(hcCodes(srisuk)).toEqual([]);
  });

  it('refuses a negative decision dated after today, at the field, with a code', () => {
    const issues = hcCodes(withHc(srisuk, { lastNegativeDecision: '2026-07-01' }));
    expect(issues).toEqual([
      { path: 'hc.lastNegativeDecision', code: 'hc.decisionInFuture', params: {}, message: expect.stringMatching(/after today/) as string },
    ]);
    expect(hcCodes(withHc(srisuk, { lastNegativeDecision: today }))).toEqual([]);
  });

  it('refuses a claim or a letter dated after today', () => {
    expect(hcCodes(withHc(srisuk, { claimDate: '2027-01-01' })).map((i) => i.code)).toEqual(['hc.claimInFuture']);
    const letters = srisuk.hc.letters.map((l, i) => (i === 2 ? { ...l, date: '2026-12-01' } : l));
    expect(hcCodes(withHc(srisuk, { letters })).map((i) => [i.code, i.path])).toEqual([['hc.letterInFuture', 'hc.letters.2.date']]);
  });

  it('saves a case whose factor links an exhibit removed since, and the H&C check names the link as an error', () => {
    const gone: Case = { ...srisuk, exhibits: srisuk.exhibits.filter((x) => x.id !== 'x-noa') };
    expect(hcCodes(gone)).toEqual([]);
    expect(
      mapHcEvidence(gone)
        .gaps.filter((g) => g.code === 'hc.exhibitMissing')
        .map((g) => [g.code, g.path]),
    ).toEqual([['hc.exhibitMissing', 'hc.factors.0.exhibitIds.1']]);
  });

  it('saves a letter pointing to a statement that is not in the case, and the H&C check names it', () => {
    const letters = srisuk.hc.letters.map((l) => (l.id === 'ls-abbot' ? { ...l, statementId: 'st-nowhere' } : l));
    const changed = withHc(srisuk, { letters });
    expect(hcCodes(changed)).toEqual([]);
    expect(mapHcEvidence(changed).gaps.map((g) => [g.code, g.path])).toContainEqual([
      'hc.letterStatementMissing',
      'hc.letters.1.statementId',
    ]);
  });

  it('the schema refuses a narrative over 100,000 characters with a clear message at the factor', () => {
    const raw = JSON.parse(JSON.stringify(srisuk)) as { hc: { factors: { narrative: string }[] } };
    const first = raw.hc.factors[0];
    if (!first) throw new Error('no factor');
    first.narrative = 'x'.repeat(100_000);
    expect(caseSchema.safeParse(raw).success).toBe(true);
    first.narrative = 'x'.repeat(100_001);
    const result = caseSchema.safeParse(raw);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'hc.factors.0.narrative');
    expect(issue?.message).toBe('narrativeTooLong');
  });

  it('keeps cases written before the H&C register valid, with defaults', () => {
    const old = JSON.parse(JSON.stringify(srisuk)) as { hc: Record<string, unknown> };
    old.hc = {
      factors: [{ kind: 'HARDSHIP', narrative: 'Debts.', exhibitIds: [] }],
      lastNegativeDecision: '2026-01-20',
      pendingClaim: false,
    };
    const parsed = caseSchema.parse(old);
    expect(parsed.hc).toEqual({
      factors: [{ kind: 'HARDSHIP', reliedOn: true, narrative: 'Debts.', exhibitIds: [] }],
      lastNegativeDecision: '2026-01-20',
      pendingClaim: false,
      pendingHc: false,
      exceptions: [],
      letters: [],
      forms: [],
    });
  });

  it('refuses the same form twice in the checklist', () => {
    const raw = JSON.parse(JSON.stringify(srisuk)) as { hc: { forms: unknown[] } };
    raw.hc.forms.push({ code: 'IMM5283', status: 'done', note: '' });
    const result = caseSchema.safeParse(raw);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['hc.forms.8.code', 'formListedTwice']]);
  });
});

describe('a refused H&C save loses nothing', () => {
  let dir: string;
  let services: Services;
  const call = async <T>(channel: Channel, input?: unknown): Promise<Result<T>> =>
    (await invokeChannel(services.handlers, channel, input, { onActivity: services.onActivity })) as Result<T>;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dossier-hc-'));
    services = createNodeServices({
      dataDir: path.join(dir, 'vault'),
      settings: createMemorySettings(),
      scrypt: { N: 2 ** 12, r: 8, p: 1 },
      now: () => new Date(2026, 5, 15, 12, 0, 0),
    });
    expect((await call('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' })).ok).toBe(true);
  });
  afterEach(async () => {
    await services.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a future decision date and an over-long narrative are refused and the stored case is unchanged', async () => {
    const file = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/cases/case2-srisuk.json'), 'utf8')) as unknown;
    const imported = await call<{ id: string }>('caseImport', { file });
    if (!imported.ok) throw new Error(imported.error.message);
    const before = await call<{ case: Case; revision: number }>('caseGet', { id: imported.value.id });
    if (!before.ok) throw new Error(before.error.message);
    const { case: stored, revision } = before.value;

    const future = await call('caseSave', { case: withHc(stored, { lastNegativeDecision: '2026-09-01' }), revision });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error.issues?.map((i) => i.code)).toContain('hc.decisionInFuture');

    const long = withHc(stored, { factors: stored.hc.factors.map((f, i) => (i === 0 ? { ...f, narrative: 'x'.repeat(100_001) } : f)) });
    const tooLong = await call('caseSave', { case: long, revision });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.error.issues?.map((i) => i.path)).toContain('hc.factors.0.narrative');

    const after = await call<{ case: Case; revision: number }>('caseGet', { id: stored.id });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.revision).toBe(revision);
    expect(after.value.case.hc).toEqual(stored.hc);
  });
});
