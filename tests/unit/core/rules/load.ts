import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRuleSet, type RuleSet } from '../../../../src-main/core/rules/rule-set.ts';
import type { DeadlineCaseInput } from '../../../../src-main/core/rules/input.ts';

export const root = path.resolve(import.meta.dirname, '../../../..');

const readJson = (relative: string): unknown => JSON.parse(readFileSync(path.join(root, relative), 'utf8'));

export function loadRules(): RuleSet {
  return parseRuleSet({ timeLimits: readJson('templates/rules/time-limits.json'), holidays: readJson('templates/rules/holidays.json') });
}

export function loadCase(name: string): DeadlineCaseInput {
  return (readJson(`tests/fixtures/cases/${name}`) as { case: DeadlineCaseInput }).case;
}
