import { applicationIssues } from './application-issues.ts';
import { caseFactIssues, caseModelIssues, genericIssues } from './case-issues.ts';
import { detentionIssues } from './detention-issues.ts';
import { documentIssues, handoffIssues, packetIssues } from './output-issues.ts';
import { fieldNameIssues, fontIssues, scriptNameIssues } from './script-issues.ts';
import { filingIssues, frenchVersionIssues, hcBarIssues, hcGapIssues } from './packet-issues.ts';
import { bondIssues, ruleDataIssues, translationIssues } from './rule-issues.ts';
import { recordIssues } from './record-issues.ts';
import { rejectedSuretyIssues } from './surety-issues.ts';
import type { IssueWording } from './types.ts';

/**
 * Every validation issue code Dossier emits, with its English and French wording: the CLI prints
 * the English (a French CLI picks `fr`), the renderer loads both into i18n under `validation.`.
 * A code is added here first; the compiler then refuses an issue with a code not listed.
 */
export const issueCatalog = {
  ...genericIssues,
  ...caseModelIssues,
  ...caseFactIssues,
  ...detentionIssues,
  ...bondIssues,
  ...rejectedSuretyIssues,
  ...translationIssues,
  ...ruleDataIssues,
  ...documentIssues,
  ...handoffIssues,
  ...packetIssues,
  ...hcBarIssues,
  ...hcGapIssues,
  ...filingIssues,
  ...frenchVersionIssues,
  ...scriptNameIssues,
  ...fieldNameIssues,
  ...fontIssues,
  ...applicationIssues,
  ...recordIssues,
} as const satisfies Readonly<Record<string, IssueWording>>;

export type IssueCode = keyof typeof issueCatalog;

export const issueCodes = Object.keys(issueCatalog) as [IssueCode, ...IssueCode[]];

export function isIssueCode(value: string): value is IssueCode {
  return Object.hasOwn(issueCatalog, value);
}
