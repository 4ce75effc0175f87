import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { defaultBondRules } from '../../../src-main/core/rules/bond-rules-data.ts';
import { formatCitation } from '../../../src-main/core/rules/citation.ts';

type Catalogue = { releasePlan: { findingText: Record<string, string> } };
const catalogue = (language: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`../../../src-renderer/i18n/${language}.json`, import.meta.url), 'utf8')) as Catalogue;

test('the English wording of each IRPR 47 finding is the rule message itself', () => {
  const en = catalogue('en').releasePlan.findingText;
  expect(Object.keys(en).toSorted()).toEqual(defaultBondRules.rules.map((r) => r.id).toSorted());
  for (const rule of defaultBondRules.rules) expect(en[rule.id]).toBe(rule.message);
});

test('every IRPR 47 finding has a French wording that names the same provision', () => {
  const fr = catalogue('fr').releasePlan.findingText;
  for (const rule of defaultBondRules.rules) {
    const text = fr[rule.id] ?? '';
    expect(text, rule.id).not.toBe('');
    expect(text, rule.id).not.toBe(rule.message);
    // The provision's pinpoint, e.g. 47(2) in "RIPR, al. 47(2)a)".
    const section = /\d+\(\d+\)/u.exec(formatCitation(rule.citation))?.[0];
    if (rule.citation.instrument === 'IRPR' && section) expect(text, rule.id).toContain(section);
  }
});
