import holidays from '../../../templates/rules/holidays.json' with { type: 'json' };
import timeLimits from '../../../templates/rules/time-limits.json' with { type: 'json' };
import type { DeadlineSettings } from '../model/case.ts';
import type { ComputeOptions } from './compute.ts';
import { parseRuleSet, type RuleSet } from './rule-set.ts';

let ruleSet: RuleSet | undefined;

/** The shipped rules data, validated once; a broken rules file fails loudly with its field paths. */
export function shippedRules(): RuleSet {
  ruleSet ??= parseRuleSet({ timeLimits, holidays });
  return ruleSet;
}

/** Compute options from a case's own deadline settings: its holiday region and overrides. */
export function optionsFromSettings(settings: DeadlineSettings | undefined, asOf: string, rules: RuleSet = shippedRules()): ComputeOptions {
  return {
    asOf,
    rules,
    ...(settings?.holidayRegion === undefined ? {} : { region: settings.holidayRegion }),
    overrides: {
      rules: (settings?.ruleOverrides ?? []).map((o) => ({
        ruleId: o.ruleId,
        reason: o.reason,
        ...(o.disabled === undefined ? {} : { disabled: o.disabled }),
        ...(o.rollForward === undefined ? {} : { rollForward: o.rollForward }),
      })),
      holidays: (settings?.holidayOverrides ?? []).map((o) => ({ date: o.date, action: o.action, name: o.name, reason: o.reason })),
    },
  };
}
