import type { bondIssues } from '../issues/rule-issues.ts';
import { z } from 'zod';
import type { Person } from '../model/case.ts';
import { isoDateSchema } from '../model/dates.ts';
import type { Citation } from './citation.ts';
import { findingRuleSchema } from './rule-record.ts';

export const bondChecks = [
  'guarantor-status',
  'guarantor-lives-in-canada',
  'guarantee-in-default',
  'guarantor-evidence',
  'source-of-funds',
  'deposit-from-temporary-resident',
] as const;
export type BondCheck = (typeof bondChecks)[number];
/** Every check's wording in the issue catalog: this fails to compile when one has none. */
export type BondCheckWording = Pick<typeof bondIssues, `bond.${BondCheck}`>;

export const bondRuleSchema = findingRuleSchema.extend({
  check: z.enum(bondChecks),
  /** `refuse`: the case will not save; `warn`: shown beside the offer; `note`: information only. */
  effect: z.enum(['refuse', 'warn', 'note']),
});
export type BondRule = z.infer<typeof bondRuleSchema>;

export const bondRuleSetSchema = z.object({
  schema: z.literal('dossier.bond-rules/1'),
  version: isoDateSchema,
  rules: z.array(bondRuleSchema).min(1),
});
export type BondRuleSet = z.infer<typeof bondRuleSetSchema>;

export function parseBondRules(json: unknown): BondRuleSet {
  const set = bondRuleSetSchema.parse(json);
  const seen = new Set<string>();
  for (const rule of set.rules) {
    if (seen.has(rule.check)) throw new Error(`Two bond rules implement the check "${rule.check}".`);
    seen.add(rule.check);
  }
  return set;
}

export interface BondFinding {
  readonly ruleId: string;
  readonly check: BondCheck;
  readonly effect: BondRule['effect'];
  /** Field path inside the person, e.g. `bondsperson.guarantee`. */
  readonly field: string;
  readonly message: string;
  readonly citation: Citation;
  readonly status: BondRule['status'];
}

type Offer = NonNullable<Person['bondsperson']>;

const tests: Record<BondCheck, { field: string; applies: (b: Offer) => boolean }> = {
  'guarantor-status': {
    field: 'bondsperson.guarantee',
    applies: (b) => hasMoney(b.guarantee) && b.status !== 'citizen' && b.status !== 'PR',
  },
  'guarantor-lives-in-canada': { field: 'bondsperson.livesInCanada', applies: (b) => hasMoney(b.guarantee) && !b.livesInCanada },
  'guarantee-in-default': {
    field: 'bondsperson.guaranteeInDefault',
    applies: (b) => b.guaranteeInDefault && (hasMoney(b.guarantee) || hasMoney(b.deposit)),
  },
  'guarantor-evidence': {
    field: 'bondsperson.evidenceExhibitIds',
    applies: (b) => hasMoney(b.guarantee) && b.evidenceExhibitIds.length === 0 && b.assets.every((a) => a.exhibitId === undefined),
  },
  'source-of-funds': {
    field: 'bondsperson.sourceOfFunds',
    applies: (b) => (hasMoney(b.guarantee) || hasMoney(b.deposit)) && (b.sourceOfFunds.trim() === '' || b.evidenceExhibitIds.length === 0),
  },
  'deposit-from-temporary-resident': {
    field: 'bondsperson.deposit',
    applies: (b) => hasMoney(b.deposit) && (b.status === 'TR' || b.status === 'other'),
  },
};

function hasMoney(m: { amountCents: number } | undefined): boolean {
  return m !== undefined && m.amountCents > 0;
}

/** Every rule the person's offer trips, in the order of the rule set. */
export function checkBondsperson(person: Pick<Person, 'bondsperson'>, rules: BondRuleSet): BondFinding[] {
  const offer = person.bondsperson;
  if (!offer) return [];
  return rules.rules
    .filter((rule) => tests[rule.check].applies(offer))
    .map((rule) => ({
      ruleId: rule.id,
      check: rule.check,
      effect: rule.effect,
      field: tests[rule.check].field,
      message: rule.message,
      citation: rule.citation,
      status: rule.status,
    }));
}
