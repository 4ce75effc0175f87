import { describe, expect, it } from 'vitest';
import type { Case, Person } from '../../../../src-main/core/model/case.ts';
import { rejectedSuretyWarnings } from '../../../../src-main/core/rules/rejected-surety.ts';
import { issueText } from '../../../../src-main/core/issues/text.ts';
import { load } from '../../documents/builders/helpers.ts';

const lai = load('case1-lai');

/** The case with the bondsperson `id` changed by `change`. */
function withPerson(c: Case, id: string, change: (p: Person) => Person): Case {
  return { ...c, people: c.people.map((p) => (p.id === id ? change(p) : p)) };
}

const reject = (p: Person): Person => (p.bondsperson ? { ...p, bondsperson: { ...p.bondsperson, determination: 'rejected' } } : p);

describe('what depends on a rejected bondsperson', () => {
  it('says nothing when the rejected bondsperson holds nothing up', () => {
    // HO Tina is rejected in the fixture; she neither hosts, lives with the client, nor is named in a condition,
    // and the deposit she offered is also offered by CHAN Kwok-wai, who is accepted.
    expect(rejectedSuretyWarnings(lai)).toEqual([]);
  });

  it('names the residence, each condition naming the person, and the money only rejected people offered', () => {
    const c = withPerson(lai, 'p-chan-kwok-wai', reject);
    expect(rejectedSuretyWarnings(c)).toEqual([
      { code: 'surety.rejectedHost', path: 'detention.releasePlan.residence.hostPersonId', params: { name: 'CHAN Kwok-wai (陳國偉)' } },
      { code: 'surety.rejectedCondition', path: 'detention.releasePlan.conditions.0', params: { n: '1', name: 'CHAN Kwok-wai (陳國偉)' } },
      { code: 'surety.rejectedCondition', path: 'detention.releasePlan.conditions.5', params: { n: '6', name: 'CHAN Kwok-wai (陳國偉)' } },
      {
        code: 'surety.rejectedDeposit',
        path: 'detention.releasePlan.conditions.5',
        params: { n: '6', name: 'CHAN Kwok-wai (陳國偉), HO Tina' },
      },
      { code: 'surety.rejectedCondition', path: 'detention.releasePlan.conditions.6', params: { n: '7', name: 'CHAN Kwok-wai (陳國偉)' } },
      { code: 'surety.rejectedGuarantee', path: 'detention.releasePlan.conditions.6', params: { n: '7', name: 'CHAN Kwok-wai (陳國偉)' } },
    ]);
  });

  it('flags a home shared with a rejected bondsperson who is not the named host, and supervision they were to give', () => {
    const c = withPerson(lai, 'p-tina-ho', (p) =>
      p.bondsperson
        ? { ...p, roles: [...p.roles, 'supervisor'], bondsperson: { ...p.bondsperson, determination: 'rejected', livesWithClient: true } }
        : p,
    );
    expect(rejectedSuretyWarnings(c).map((w) => [w.code, w.path])).toEqual([
      ['surety.rejectedSharedHome', 'people.1.bondsperson.livesWithClient'],
      ['surety.rejectedSupervisor', 'detention.releasePlan.supervisor'],
    ]);
  });

  it('counts only proposed conditions, as the release plan numbers them', () => {
    const plan = lai.detention.releasePlan;
    const c = withPerson(
      {
        ...lai,
        detention: {
          ...lai.detention,
          releasePlan: { ...plan, conditions: plan.conditions.map((x, i) => (i === 1 ? { ...x, proposed: false } : x)) },
        },
      },
      'p-chan-kwok-wai',
      reject,
    );
    expect(rejectedSuretyWarnings(c).find((w) => w.code === 'surety.rejectedGuarantee')?.params.n).toBe('6');
  });

  it('words each warning with the person and the fix, in English and French', () => {
    const [host] = rejectedSuretyWarnings(withPerson(lai, 'p-chan-kwok-wai', reject));
    expect(host && issueText(host.code, host.params)).toBe(
      'The proposed residence is the home of CHAN Kwok-wai (陳國偉), whom the member rejected as a bondsperson: propose another residence, or record why this home still suits.',
    );
    expect(host && issueText(host.code, host.params, 'fr')).toContain(
      'domicile de CHAN Kwok-wai (陳國偉), que le commissaire a refusé comme caution\u00a0: proposez',
    );
  });
});
