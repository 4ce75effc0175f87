import type { FieldIssue } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { IdApplication } from '../../core/model/applications.ts';
import type { DossierDocument } from '../model.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { buildApplicationDocument, type ApplicationDocumentSpec } from './application-document.ts';
import { ruleApplicationFields } from './application-fields.ts';
import { formatWeekdayDate, type DocLang } from './format-date.ts';
import type { BuildInput } from './letter.ts';
import { witnessApplication } from './witness-application.ts';

/** The ID Rules applications whose documents are built here, each with its own document. */
export const ruleApplicationDocuments = {
  'documents-application': { kind: 'documents', noun: 'r.26 disclosure of documents' },
  'witnesses-application': { kind: 'witnesses', noun: 'r.32 witness information' },
  'summons-application': { kind: 'summons', noun: 'r.33 application for a summons' },
  'change-date-application': { kind: 'change-date', noun: 'r.43 application to change the date or time' },
} as const;
export type RuleApplicationDocument = keyof typeof ruleApplicationDocuments;

function check(app: IdApplication, at: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (app.kind === 'summons' && (app.witness ?? '').trim() === '') issues.push(fieldIssue(`${at}.witness`, 'applicationNoWitness'));
  if (app.kind === 'change-date' && app.proposedDates.length === 0)
    issues.push(fieldIssue(`${at}.proposedDates`, 'applicationNoProposedDate'));
  return issues;
}

function data(app: IdApplication, _labels: unknown, lang: DocLang): TemplateRecord {
  return {
    reasons: app.reasons.filter((r) => r.trim() !== '').map((text) => ({ text })),
    ...(app.witness === undefined || app.witness.trim() === '' ? {} : { witness: app.witness.trim() }),
    proposedDates: app.proposedDates.map((d) => ({ date: formatWeekdayDate(d, lang) })),
  };
}

/**
 * The short ID Rules application documents: disclosure of documents (r.26), witness information
 * (r.32, its own fields in witness-application.ts), an application for a summons (r.33) and to
 * change the date or time of a hearing (r.43). Each is built from its application record, with the pieces the r.45 application shares (the
 * caption, the timing rule, counsel's signature, the statement of service).
 */
export function buildRuleApplication(kind: RuleApplicationDocument, input: BuildInput, applicationId?: string): DossierDocument {
  const spec: ApplicationDocumentSpec =
    kind === 'witnesses-application'
      ? witnessApplication
      : { ...ruleApplicationDocuments[kind], template: kind, fields: ruleApplicationFields, check, data };
  return buildApplicationDocument(input, spec, applicationId);
}
