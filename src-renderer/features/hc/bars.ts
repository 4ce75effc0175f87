import type { HcBarFinding, HcBarReport } from '../../../src-main/core/rules/hc-bars.ts';

/** A message to say in the UI language: a catalogue key and the values it names. */
export interface Message {
  readonly key: string;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * What a bar check says, as a catalogue key: the rule's own message when it applies (kept as data,
 * translated by rule id), and the dates of the 12-month count when it runs from a decision.
 */
export function findingMessage(finding: HcBarFinding): Message {
  const rule = `hc.bars.rules.${finding.ruleId}.message`;
  const dates = {
    from: finding.from ?? '',
    barEnds: finding.barEnds ?? '',
    firstFilingDay: finding.firstFilingDay ?? '',
  };
  switch (finding.check) {
    case 'twelve-month-bar':
      if (finding.from === undefined) return { key: 'hc.bars.text.noDecision', values: {} };
      if (finding.result === 'barred') return { key: 'hc.bars.text.barredUntil', values: dates };
      if (finding.result === 'excepted') return { key: 'hc.bars.text.exceptedUntil', values: dates };
      if (finding.result === 'flag') return { key: 'hc.bars.text.decisionAfterToday', values: dates };
      return { key: 'hc.bars.text.barEnded', values: dates };
    case 'trp-bar':
      if (finding.result === 'flag') return { key: rule, values: {} };
      return { key: finding.from === undefined ? 'hc.bars.text.noDecision' : 'hc.bars.text.trpEnded', values: dates };
    case 'claim-ineligible-one-year':
      if (finding.result === 'flag')
        return finding.from === undefined ? { key: 'hc.bars.text.entryImprecise', values: {} } : { key: rule, values: {} };
      return { key: 'hc.bars.text.claimInTime', values: {} };
    case 'pending-hc':
      return finding.result === 'clear' ? { key: 'hc.bars.text.noPendingHc', values: {} } : { key: rule, values: {} };
    case 'pending-claim':
      return finding.result === 'clear' ? { key: 'hc.bars.text.noPendingClaim', values: {} } : { key: rule, values: {} };
    default:
      return { key: rule, values: {} };
  }
}

const urgency: Readonly<Record<HcBarFinding['result'], number>> = { barred: 0, excepted: 1, flag: 2, note: 3, clear: 4 };

/** The checks in the order counsel needs them: what bars, what an exception lifts, what to check, notes, then what is clear. */
export function byUrgency(findings: readonly HcBarFinding[]): HcBarFinding[] {
  return [...findings].sort((a, b) => urgency[a.result] - urgency[b.result]);
}

/** The checks that stop the request now: in force, a bar, not lifted by an exception. */
export function barringFindings(report: HcBarReport): HcBarFinding[] {
  return report.findings.filter((f) => f.result === 'barred' && f.effect === 'bar' && f.inForce);
}

/** How close a narrative is to its cap: the count is shown from 90% of it, and past it the case is not saved. */
export function narrativeLimit(length: number, max: number): { readonly showCount: boolean; readonly over: number } {
  return { showCount: length >= Math.floor(max * 0.9), over: Math.max(0, length - max) };
}
