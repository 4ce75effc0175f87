import data from '../../../templates/rules/hc-bars.json' with { type: 'json' };
import { parseHcBarRules, type HcBarRuleSet } from './hc-bars.ts';

/** The shipped H&C bar rules, parsed once; a malformed file fails at load, not at filing. */
export const defaultHcBarRules: HcBarRuleSet = parseHcBarRules(data);
