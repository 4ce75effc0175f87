import type { Bondsperson, Case, Ground, Person, ReleasePlan, S248Factor } from '../../../src-main/core/model/case.ts';
import { withoutRole } from '../../case-edit/people.ts';

export type CaseUpdate = (update: (value: Case) => Case) => void;
export type PlanUpdate = (update: (plan: ReleasePlan) => ReleasePlan) => void;
export type OfferUpdate = (update: (offer: Bondsperson) => Bondsperson) => void;

/**
 * An offer with nothing decided: status "other or not yet known" until counsel records it, so a
 * letter never calls someone a citizen by default.
 */
export function newOffer(): Bondsperson {
  return {
    status: 'other',
    livesInCanada: true,
    relationship: '',
    sourceOfFunds: '',
    evidenceExhibitIds: [],
    ministerObjections: [],
    determination: 'not-decided',
    livesWithClient: false,
    assets: [],
    supervisionPlan: '',
    priorSureties: [],
    guaranteeInDefault: false,
    criminalRecord: '',
    knowsImmigrationHistory: false,
    willReportBreaches: false,
    willTestify: true,
  };
}

export function newBondsperson(id: string): Person {
  return {
    id,
    roles: ['bondsperson'],
    familyName: '',
    givenNames: '',
    namesInScript: [],
    aliases: [],
    citizenships: [],
    phones: [],
    bondsperson: newOffer(),
  };
}

export function isBondsperson(person: Person): boolean {
  return person.roles.includes('bondsperson');
}

/**
 * Takes someone off the bondspersons: a person with no other role leaves the case; one who is
 * also, say, family keeps that role. A residence hosted by them no longer names a host.
 */
export function withoutBondsperson(value: Case, id: string): Case {
  const people = withoutRole(value.people, id, 'bondsperson');
  const plan = value.detention.releasePlan;
  const residence = plan.residence;
  let nextPlan = plan;
  if (residence?.hostPersonId === id) {
    const { hostPersonId, ...rest } = residence;
    void hostPersonId;
    nextPlan = { ...plan, residence: rest };
  }
  return { ...value, people, detention: { ...value.detention, releasePlan: nextPlan } };
}

export function withFactor(
  plan: ReleasePlan,
  factor: S248Factor,
  change: Partial<{ narrative: string; exhibitIds: string[] }>,
): ReleasePlan {
  const current = plan.factors.find((f) => f.factor === factor) ?? { factor, narrative: '', exhibitIds: [] };
  const next = { ...current, ...change };
  const exists = plan.factors.some((f) => f.factor === factor);
  return { ...plan, factors: exists ? plan.factors.map((f) => (f.factor === factor ? next : f)) : [...plan.factors, next] };
}

export function withGroundResponse(plan: ReleasePlan, ground: Ground, response: string): ReleasePlan {
  const exists = plan.groundResponses.some((r) => r.ground === ground);
  return {
    ...plan,
    groundResponses: exists
      ? plan.groundResponses.map((r) => (r.ground === ground ? { ...r, response } : r))
      : [...plan.groundResponses, { ground, response }],
  };
}
