import { describe, expect, test } from 'vitest';
import { caseSchema } from '../../../../src-main/core/model/case.ts';
import { conditionDetailsDefault } from '../../../../src-renderer/features/release-plan/condition-defaults.ts';
import case1 from '../../../fixtures/cases/case1-lai.json';

const fixture = caseSchema.parse(case1.case);
const wording = { withHost: (host: string, address: string) => `with ${host} at ${address}`, alone: (address: string) => `at ${address}` };

describe('the particulars a new condition starts with', () => {
  test('"reside at" names the residence and its host', () => {
    expect(conditionDetailsDefault('RESIDE_AT', fixture, wording)).toBe('with CHAN Kwok-wai at 14 Elmwood Crescent, Richmond Hill, ON');
  });

  test('without a host, the address alone; without an address, nothing; other kinds start empty', () => {
    const plan = fixture.detention.releasePlan;
    const residence = plan.residence ?? { address: '', household: [], proofExhibitIds: [], suitability: '' };
    const withoutHost = { ...residence };
    delete withoutHost.hostPersonId;
    const hostless = { ...fixture, detention: { ...fixture.detention, releasePlan: { ...plan, residence: withoutHost } } };
    expect(conditionDetailsDefault('RESIDE_AT', hostless, wording)).toBe('at 14 Elmwood Crescent, Richmond Hill, ON');
    const empty = { ...fixture, detention: { ...fixture.detention, releasePlan: { ...plan, residence: { ...residence, address: ' ' } } } };
    expect(conditionDetailsDefault('RESIDE_AT', empty, wording)).toBe('');
    expect(conditionDetailsDefault('APPEAR', fixture, wording)).toBe('');
  });
});
