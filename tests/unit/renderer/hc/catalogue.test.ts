import { describe, expect, test } from 'vitest';
import { hcGapCodes } from '../../../../src-main/core/hc/evidence.ts';
import { hcDecisionKinds, hcExceptionKinds, hcFactorKinds, hcFormCodes, hcFormStatuses } from '../../../../src-main/core/model/case.ts';
import { checkHcBars } from '../../../../src-main/core/rules/hc-bars.ts';
import { defaultHcBarRules } from '../../../../src-main/core/rules/hc-bars-data.ts';
import { findingMessage } from '../../../../src-renderer/features/hc/bars.ts';
import { gapKey } from '../../../../src-renderer/features/hc/gaps.ts';
import en from '../../../../src-renderer/i18n/en.json';
import fr from '../../../../src-renderer/i18n/fr.json';
import { case2 } from './facts.ts';

const catalogues = { en, fr } as const;

/** The string at a dotted key, or undefined. */
function lookup(catalogue: unknown, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

describe('the bar rules in the UI', () => {
  test('the English title and message of each rule are the rule data itself', () => {
    expect(Object.keys(en.hc.bars.rules).toSorted()).toEqual(defaultHcBarRules.rules.map((r) => r.id).toSorted());
    for (const rule of defaultHcBarRules.rules) {
      expect(lookup(en, `hc.bars.rules.${rule.id}.title`), rule.id).toBe(rule.title);
      expect(lookup(en, `hc.bars.rules.${rule.id}.message`), rule.id).toBe(rule.message);
    }
    const twelve = defaultHcBarRules.rules.find((r) => r.check === 'twelve-month-bar');
    for (const exception of twelve?.exceptions ?? []) expect(lookup(en, `hc.bars.exceptions.${exception.kind}`)).toBe(exception.title);
  });

  test('each rule has a French title and message of its own, citing the same provision', () => {
    for (const rule of defaultHcBarRules.rules) {
      const title = lookup(fr, `hc.bars.rules.${rule.id}.title`) ?? '';
      const message = lookup(fr, `hc.bars.rules.${rule.id}.message`) ?? '';
      expect(title, rule.id).not.toBe('');
      expect(title, rule.id).not.toBe(rule.title);
      expect(message, rule.id).not.toBe(rule.message);
      // The section number the English message cites, e.g. 25(1.2) or 24(4).
      const cited = /s\.(\d+\(\d+(?:\.\d+)?\))/u.exec(rule.message)?.[1];
      if (cited) expect(message, rule.id).toContain(cited);
    }
  });

  test('every message a check can show exists in both languages', () => {
    const scenarios = [
      checkHcBars(case2(), '2026-06-10', defaultHcBarRules),
      checkHcBars(case2(), '2027-06-10', defaultHcBarRules),
      checkHcBars(case2(), '2026-01-01', defaultHcBarRules),
      checkHcBars(case2({ pendingHc: true, pendingClaim: true }), '2026-06-10', defaultHcBarRules),
      checkHcBars(case2({ exceptions: [{ kind: 'HEALTH', narrative: '', exhibitIds: [] }] }), '2026-06-10', defaultHcBarRules),
    ];
    const noDecision = case2();
    delete noDecision.hc.lastNegativeDecision;
    scenarios.push(checkHcBars(noDecision, '2026-06-10', defaultHcBarRules));
    const keys = new Set(scenarios.flatMap((report) => report.findings.map((f) => findingMessage(f).key)));
    expect(keys.size).toBeGreaterThan(10);
    for (const language of ['en', 'fr'] as const)
      for (const key of keys) expect(lookup(catalogues[language], key), `${language} ${key}`).toBeTruthy();
    for (const result of ['clear', 'barred', 'excepted', 'flag', 'note'])
      for (const language of ['en', 'fr'] as const) expect(lookup(catalogues[language], `hc.bars.result.${result}`)).toBeTruthy();
  });
});

describe('the H&C catalogue', () => {
  test('English and French have the same keys', () => {
    expect(keysOf(fr.hc).toSorted()).toEqual(keysOf(en.hc).toSorted());
  });

  test('every gap code, factor, exception, decision and form has its words in both languages', () => {
    const keys = [
      ...hcGapCodes.map(gapKey),
      ...hcFactorKinds.flatMap((k) => [`hc.factors.kinds.${k}`, `hc.factors.kindHints.${k}`]),
      ...hcExceptionKinds.flatMap((k) => [`hc.exceptions.kinds.${k}`, `hc.exceptions.narrativeHint.${k}`, `hc.bars.exceptions.${k}`]),
      ...hcDecisionKinds.map((k) => `hc.bars.decisionKinds.${k}`),
      ...hcFormCodes.flatMap((code) => [`hc.forms.titles.${code}`, `hc.forms.notes.${code}`]),
      ...hcFormStatuses.map((s) => `hc.forms.statuses.${s}`),
    ];
    for (const language of ['en', 'fr'] as const)
      expect(
        keys.filter((key) => !lookup(catalogues[language], key)),
        language,
      ).toEqual([]);
  });

  test('French wording differs from the English wherever it is a sentence', () => {
    const same = keysOf(en.hc).filter((key) => {
      const english = lookup(en.hc, key) ?? '';
      return english === lookup(fr.hc, key) && /\s/u.test(english);
    });
    expect(same).toEqual([]);
  });
});
