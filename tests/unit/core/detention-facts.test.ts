import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSchema, type Case } from '../../../src-main/core/model/case.ts';
import { defaultBondRules } from '../../../src-main/core/rules/bond-rules-data.ts';
import { checkBondsperson, parseBondRules } from '../../../src-main/core/rules/bonds.ts';
import { checkCaseFacts } from '../../../src-main/core/validate.ts';

const case1 = (): Case =>
  caseSchema.parse((JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as { case: unknown }).case);
const today = '2026-11-23';

function bondsperson(c: Case, id: string) {
  const person = c.people.find((p) => p.id === id);
  if (!person?.bondsperson) throw new Error(`no bondsperson ${id}`);
  return { person, offer: person.bondsperson, index: c.people.indexOf(person) };
}

describe('IRPR 47 checks on bond offers', () => {
  it('Case 1 as recorded passes: a citizen guarantor with evidence, a PR deposit', () => {
    expect(checkCaseFacts(case1(), today)).toEqual([]);
  });

  it('refuses a guarantee from a temporary resident, citing IRPR 47(2)(a), and names the field', () => {
    const c = case1();
    const { offer, index } = bondsperson(c, 'p-tina-ho');
    offer.status = 'TR';
    offer.guarantee = { amountCents: 300_000, currency: 'CAD' };
    const issues = checkCaseFacts(c, today);
    expect(issues).toEqual([
      {
        path: `people.${index}.bondsperson.guarantee`,
        message: expect.stringContaining('IRPR s.47(2)(a)') as string,
        code: 'bond.guarantor-status',
        params: {},
      },
    ]);
    expect(issues[0]?.message).toContain('A deposit from this person is allowed');
  });

  it('allows a deposit from a temporary resident, with a practice note rather than a refusal', () => {
    const c = case1();
    const { person, offer } = bondsperson(c, 'p-tina-ho');
    offer.status = 'TR';
    expect(checkCaseFacts(c, today)).toEqual([]);
    const findings = checkBondsperson(person, defaultBondRules);
    expect(findings.map((f) => [f.check, f.effect])).toEqual([
      ['source-of-funds', 'warn'],
      ['deposit-from-temporary-resident', 'note'],
    ]);
  });

  it('refuses a guarantor living outside Canada and anyone with a guarantee in default', () => {
    const c = case1();
    const chan = bondsperson(c, 'p-chan-kwok-wai');
    chan.offer.livesInCanada = false;
    const ho = bondsperson(c, 'p-tina-ho');
    ho.offer.guaranteeInDefault = true;
    const paths = checkCaseFacts(c, today).map((i) => [i.path, i.message.match(/IRPR s\.47\([^ ]+/)?.[0]]);
    expect(paths).toEqual([
      [`people.${chan.index}.bondsperson.livesInCanada`, 'IRPR s.47(2)(a)).'],
      [`people.${ho.index}.bondsperson.guaranteeInDefault`, 'IRPR s.47(1)(a)).'],
    ]);
  });

  it('warns when a guarantor shows no evidence of ability to pay (47(2)(c)) or the funds have no source (47(3))', () => {
    const c = case1();
    const { person, offer } = bondsperson(c, 'p-chan-kwok-wai');
    offer.evidenceExhibitIds = [];
    offer.assets = [];
    offer.sourceOfFunds = '';
    expect(checkBondsperson(person, defaultBondRules).map((f) => `${f.citation.instrument} ${f.citation.pinpoint}`)).toEqual([
      'IRPR s.47(2)(c)',
      'IRPR s.47(3)',
    ]);
  });

  it('each rule carries a citation, a version and a status, and two rules may not share a check', () => {
    for (const rule of defaultBondRules.rules) {
      expect(rule.citation.pinpoint.length).toBeGreaterThan(0);
      expect(rule.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const raw = JSON.parse(readFileSync('templates/rules/bonds.json', 'utf8')) as { rules: unknown[] };
    expect(() => parseBondRules({ ...raw, rules: [...raw.rules, raw.rules[0]] })).toThrow(/Two bond rules/);
  });
});

describe('detention facts', () => {
  it('refuses a review dated before the detention started', () => {
    const c = case1();
    const review = c.detention.hearings[0];
    if (!review) throw new Error('no hearing');
    review.scheduled = { utc: '2026-03-09T15:00:00Z', tz: 'America/Toronto' };
    const messages = checkCaseFacts(c, today).map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContain('detention.hearings.0.scheduled: A detention review cannot be held before the detention started.');
  });

  it('refuses reviews out of order: a seven-day review before the 48-hour review', () => {
    const c = case1();
    const sevenDay = c.detention.hearings[1];
    if (!sevenDay) throw new Error('no hearing');
    sevenDay.scheduled = { utc: '2026-03-11T15:00:00Z', tz: 'America/Toronto' };
    expect(checkCaseFacts(c, today)).toEqual([
      {
        path: 'detention.hearings.1.scheduled',
        message: 'This seven-day review is dated before the 48-hour review; reviews follow the order of IRPA s.57.',
        code: 'reviewOutOfOrder',
        params: { type: '7D', earlier: '48H' },
      },
    ]);
  });

  it('refuses a review pointing at a missing episode, an end before the start and a decision before the hearing began', () => {
    const c = case1();
    const [first, second] = c.detention.hearings;
    const episode = c.detention.episodes[0];
    if (!first || !second || !episode) throw new Error('fixture changed');
    first.episodeId = 'd-missing';
    second.decisionAt = { utc: '2026-03-18T12:00:00Z', tz: 'America/Toronto' };
    episode.end = { utc: '2026-03-01T12:00:00Z', tz: 'America/Toronto' };
    expect(checkCaseFacts(c, today).map((i) => i.path)).toEqual([
      'detention.episodes.0.end',
      'detention.hearings.0.episodeId',
      'detention.hearings.1.decisionAt',
    ]);
  });

  it('a detention start without a time zone does not parse', () => {
    const raw = (
      JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as { case: { detention: { episodes: { start: object }[] } } }
    ).case;
    const episode = raw.detention.episodes[0];
    if (!episode) throw new Error('fixture changed');
    episode.start = { utc: '2026-03-10T18:30:00Z' };
    const result = caseSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['detention.episodes.0.start.tz']);
  });

  it('a notice of seizure dated before the seizure is refused', () => {
    const c = case1();
    const item = c.detention.seizedItems[0];
    if (!item) throw new Error('fixture changed');
    item.noticeDate = '2026-03-09';
    expect(checkCaseFacts(c, today).map((i) => i.path)).toEqual(['detention.seizedItems.0.noticeDate']);
  });
});
