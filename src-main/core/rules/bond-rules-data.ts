import data from '../../../templates/rules/bonds.json' with { type: 'json' };
import { parseBondRules, type BondRuleSet } from './bonds.ts';

/** The shipped IRPR 47 rules, parsed once; a malformed file fails at load, not at a hearing. */
export const defaultBondRules: BondRuleSet = parseBondRules(data);
