import data from '../../../templates/rules/hc-slots.json' with { type: 'json' };
import { parseHcSlotRules, type HcSlotRules } from './slots.ts';

/** The shipped slot layout, parsed once; a malformed file fails at load, not at filing. */
export const defaultHcSlotRules: HcSlotRules = parseHcSlotRules(data);
