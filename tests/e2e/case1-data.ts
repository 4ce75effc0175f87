import type { EpisodeInput, ReviewInput } from './pages/detention.ts';
import type { BondspersonInput, ConditionInput } from './pages/release-plan.ts';

/**
 * Case 1 of the domain facts (§10), as an advocate types it: the detention, its reviews, the
 * exhibits, both bondspersons (one rejected), the conditions and the s.248 factors.
 */
export const toronto = 'America/Toronto';

export const case1Episode: EpisodeInput = {
  start: { date: '2026-03-10', time: '14:30', zone: toronto },
  startSource: 'arrest-record',
  authority: 'IRPA55(2)(a)',
  grounds: ['FLIGHT'],
  facility: { name: 'Toronto Immigration Holding Centre', type: 'IHC', zone: toronto },
  region: 'Central',
};

export const review48: ReviewInput = {
  type: '48H',
  scheduled: { date: '2026-03-12', time: '09:30' },
  mode: 'video',
  interpreterRequested: 'yue-Hant',
  interpreterProvided: 'cmn-Hans',
  framings: ['trafficking-victim'],
  outcome: 'DETAINED',
};

export const review7: ReviewInput = {
  type: '7D',
  scheduled: { date: '2026-03-18', time: '09:30' },
  mode: 'in-person',
  interpreterRequested: 'yue-Hant',
  interpreterProvided: 'yue-Hant',
  outcome: 'RELEASED',
};

export const exhibits = {
  t4: 'T4 slips of CHAN Kwok-wai, 2024 and 2025',
  bank: 'Bank letter for CHAN Kwok-wai',
  lease: 'Lease, 14 Elmwood Crescent',
  seizure: 'Notice of seizure (IRPA s.140)',
} as const;

/** Case 1 (domain facts §10): the accepted bondsperson. */
export const chan: BondspersonInput = {
  familyName: 'Chan',
  givenNames: 'Kwok-wai',
  nameInScript: { value: '陳國偉', script: 'Hant' },
  status: 'citizen',
  relationship: 'cousin',
  contactFrequency: 'Weekly since she arrived; daily since the arrest',
  knownSince: { year: '1991', original: 'since childhood' },
  address: '14 Elmwood Crescent, Richmond Hill, ON',
  distanceKm: '0',
  livesInCanada: true,
  livesWithClient: true,
  occupation: 'Hospital unit clerk',
  employer: 'Richmond Hill regional hospital',
  workSchedule: 'Monday to Friday, 07:00–15:00',
  annualIncome: '52,000',
  deposit: '2,000',
  guarantee: '5000',
  sourceOfFunds: 'Savings from employment; T4s 2024–2025 and a bank letter',
  evidence: [exhibits.t4, exhibits.bank],
  assets: [{ kind: 'Savings account', value: '12,500', exhibit: exhibits.bank }],
  supervisionPlan:
    "Ms. Lai will live in the spare room at Mr. Chan's home. He will see her every day and go with her to every CBSA appointment.",
  criminalRecord: 'None',
  knowsImmigrationHistory: true,
  willReportBreaches: true,
  willTestify: true,
  determination: 'accepted',
};

/** Case 1: the bondsperson the Minister objected to under IRPR 47(3), rejected. */
export const ho: BondspersonInput = {
  familyName: 'Ho',
  givenNames: 'Tina',
  status: 'PR',
  relationship: 'friend',
  contactFrequency: 'Several times a week',
  distanceKm: '18',
  occupation: 'Receptionist',
  employer: 'a different spa',
  workSchedule: 'Evenings and weekends',
  deposit: '3,000',
  sourceOfFunds: 'Cash savings',
  supervisionPlan: 'Telephone contact every day and a visit each weekend.',
  criminalRecord: 'None',
  willReportBreaches: true,
  objections: ['IRPR 47(3): source of funds not shown', 'Works at a spa; association concern'],
  response: 'Ms. Ho can provide bank records within 48 hours.',
  determination: 'rejected',
  determinationReasons: 'Source of funds not established.',
};

/** Case 1's conditions, each answering FLIGHT. */
export const conditions: ConditionInput[] = [
  { kind: 'RESIDE_AT', details: 'with CHAN Kwok-wai at 14 Elmwood Crescent, Richmond Hill, ON', answers: ['FLIGHT'], ordered: true },
  { kind: 'VOICE_REPORT', details: 'every two weeks', answers: ['FLIGHT'], ordered: true },
  { kind: 'APPEAR', answers: ['FLIGHT'], ordered: true },
  { kind: 'NO_UNAUTHORIZED_WORK', answers: ['FLIGHT'], ordered: true },
  { kind: 'PASSPORT', details: 'already held by the CBSA', answers: ['FLIGHT'], ordered: true },
  { kind: 'DEPOSIT', details: 'CAD 2,000 posted by CHAN Kwok-wai', answers: ['FLIGHT'], ordered: true },
  { kind: 'GUARANTEE', details: 'CAD 5,000 signed by CHAN Kwok-wai', answers: ['FLIGHT'] },
];

export const factors = {
  a: 'Ms. Lai is detained on flight risk alone. She has no criminal record and was arrested at her workplace.',
  b: 'Ms. Lai has been detained since 10 March 2026 at the Toronto Immigration Holding Centre.',
  c: 'The admissibility hearing is not yet scheduled; detention until removal could last months.',
  d: 'Her 48-hour review proceeded with a Mandarin interpreter although a Cantonese interpreter was requested under ID Rule 17.',
  e: 'A citizen bondsperson with a home, stable income and savings offers a deposit, a guarantee and daily supervision.',
  f: 'No child is directly affected.',
} as const;
