import { hcDecisionKinds, hcExceptionKinds, hcFactorKinds, hcFormStatuses } from '../../core/model/case.ts';
import { hcFilingMethods } from '../../core/rules/hc-forms.ts';
import { forumStrings } from './detention-strings.ts';
import { hcCiteStrings } from './hc-cite.ts';

/** The labels each H&C template gives in its front matter (checked by the template validator). */

export const hcSubmissionStrings = [
  ...forumStrings,
  ...hcCiteStrings,
  ...hcFactorKinds.map((k) => `factor.${k}`),
  ...hcDecisionKinds.map((k) => `decision.${k}`),
  ...hcExceptionKinds.map((k) => `exception.${k}`),
];

/** The index's columns, in order. */
export const hcLetterColumns = ['number', 'author', 'relationship', 'language', 'translated', 'date', 'where'] as const;

export const hcLettersIndexStrings = [
  ...forumStrings,
  ...hcCiteStrings,
  ...hcLetterColumns.map((c) => `column.${c}`),
  ...['yes', 'no', 'certified', 'notNeeded'].map((t) => `translated.${t}`),
  'notPlaced',
];

/** The checklist's columns, in order. */
export const hcFormColumns = ['form', 'title', 'filing', 'status', 'note'] as const;

export const hcFormsChecklistStrings = [
  ...forumStrings,
  ...hcFormColumns.map((c) => `column.${c}`),
  ...hcFilingMethods.map((m) => `filing.${m}`),
  ...hcFormStatuses.map((s) => `status.${s}`),
];
