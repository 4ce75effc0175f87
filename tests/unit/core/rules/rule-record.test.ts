import { describe, expect, it } from 'vitest';
import { defaultBondRules } from '../../../../src-main/core/rules/bond-rules-data.ts';
import { bondRuleSchema } from '../../../../src-main/core/rules/bonds.ts';
import { defaultHcBarRules } from '../../../../src-main/core/rules/hc-bars-data.ts';
import { hcBarRuleSchema } from '../../../../src-main/core/rules/hc-bars.ts';
import { findingRuleSchema, ruleRecordSchema } from '../../../../src-main/core/rules/rule-record.ts';
import { timeLimitRuleSchema } from '../../../../src-main/core/rules/rule-schema.ts';
import { translationRuleSchema } from '../../../../src-main/core/rules/translation-rules.ts';

const baseKeys = Object.keys(ruleRecordSchema.shape);

describe('the rule-record base', () => {
  it('is the start of every rule table’s record', () => {
    for (const schema of [bondRuleSchema, translationRuleSchema, hcBarRuleSchema, timeLimitRuleSchema]) {
      expect(Object.keys(schema.shape)).toEqual(expect.arrayContaining(baseKeys));
    }
    for (const schema of [bondRuleSchema, translationRuleSchema, hcBarRuleSchema]) {
      expect(Object.keys(schema.shape)).toEqual(expect.arrayContaining(Object.keys(findingRuleSchema.shape)));
    }
  });

  it('refuses a record without its status or with a malformed id, in every table', () => {
    const bond = defaultBondRules.rules[0];
    const bar = defaultHcBarRules.rules[0];
    expect(bond).toBeDefined();
    expect(bar).toBeDefined();
    const { status: _bondStatus, ...bondWithoutStatus } = bond ?? {};
    expect(bondRuleSchema.safeParse(bondWithoutStatus).success).toBe(false);
    expect(bondRuleSchema.safeParse({ ...bond, id: 'Not An Id' }).success).toBe(false);
    expect(hcBarRuleSchema.safeParse({ ...bar, version: '2026-02-30' }).success).toBe(false);
    expect(bondRuleSchema.safeParse(bond).success).toBe(true);
    expect(hcBarRuleSchema.safeParse(bar).success).toBe(true);
  });
});
