import { describe, expect, test } from 'vitest';
import { caseSchema, personSchema } from '../../../../src-main/core/model/case.ts';
import { defaultBondRules } from '../../../../src-main/core/rules/bond-rules-data.ts';
import { checkBondsperson } from '../../../../src-main/core/rules/bonds.ts';
import { newId } from '../../../../src-renderer/case-edit/ids.ts';
import * as plan from '../../../../src-renderer/features/release-plan/plan.ts';
import case1 from '../../../fixtures/cases/case1-lai.json';

const fixture = caseSchema.parse(case1.case);

describe('a new bondsperson', () => {
  test('is a valid person whose offer trips no IRPR 47 check until money is offered', () => {
    const person = plan.newBondsperson(newId('p'));
    expect(personSchema.parse(person)).toEqual(person);
    expect(person.bondsperson?.status).toBe('other');
    expect(checkBondsperson(person, defaultBondRules)).toEqual([]);
  });
});

describe('removing a bondsperson', () => {
  test('keeps a person who is also family, without the offer, and frees the residence they hosted', () => {
    const next = plan.withoutBondsperson(fixture, 'p-chan-kwok-wai');
    const chan = next.people.find((p) => p.id === 'p-chan-kwok-wai');
    expect(chan?.roles).toEqual(['family']);
    expect(chan?.bondsperson).toBeUndefined();
    expect(next.detention.releasePlan.residence?.hostPersonId).toBeUndefined();
    expect(next.detention.releasePlan.residence?.address).toBe('14 Elmwood Crescent, Richmond Hill, ON');
    expect(caseSchema.safeParse(next).success).toBe(true);
  });

  test('takes a person who is only a bondsperson out of the case, leaving everyone else', () => {
    const next = plan.withoutBondsperson(fixture, 'p-tina-ho');
    expect(next.people.map((p) => p.id)).toEqual(fixture.people.map((p) => p.id).filter((id) => id !== 'p-tina-ho'));
    expect(next.detention.releasePlan).toEqual(fixture.detention.releasePlan);
  });
});

describe('factors and ground responses', () => {
  test('a factor is added once and then edited in place', () => {
    const empty = caseSchema.parse({ ...fixture, detention: { ...fixture.detention, releasePlan: {} } }).detention.releasePlan;
    const added = plan.withFactor(empty, 'e', { narrative: 'Alternatives exist.' });
    expect(added.factors).toEqual([{ factor: 'e', narrative: 'Alternatives exist.', exhibitIds: [] }]);
    const linked = plan.withFactor(added, 'e', { exhibitIds: ['x-chan-lease'] });
    expect(linked.factors).toEqual([{ factor: 'e', narrative: 'Alternatives exist.', exhibitIds: ['x-chan-lease'] }]);
  });

  test('a ground response is added once and then replaced', () => {
    const base = fixture.detention.releasePlan;
    const replaced = plan.withGroundResponse(base, 'FLIGHT', 'She will appear.');
    expect(replaced.groundResponses).toEqual([{ ground: 'FLIGHT', response: 'She will appear.' }]);
    const added = plan.withGroundResponse(replaced, 'IDENTITY', 'Her passport is held by the CBSA.');
    expect(added.groundResponses.map((r) => r.ground)).toEqual(['FLIGHT', 'IDENTITY']);
  });
});
