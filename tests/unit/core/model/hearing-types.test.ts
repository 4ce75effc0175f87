import { describe, expect, it } from 'vitest';
import { hearingSchema, hearingTypes } from '../../../../src-main/core/model/detention.ts';
import { timeLimitRuleSchema } from '../../../../src-main/core/rules/rule-schema.ts';
import { detentionStrings } from '../../../../src-main/documents/builders/detention-strings.ts';

describe('the hearing types', () => {
  it('are one list, read by the case schema and the time-limit rules', () => {
    expect(hearingSchema.shape.type.options).toEqual(hearingTypes);
    expect(timeLimitRuleSchema.shape.hearingTypes.unwrap().element.options).toEqual(hearingTypes);
  });

  it('each need a label in every detention document template', () => {
    for (const type of hearingTypes) expect(detentionStrings).toContain(`hearingType.${type}`);
  });
});
