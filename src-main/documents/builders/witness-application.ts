import type { FieldIssue } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { IdApplication } from '../../core/model/applications.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import type { ApplicationDocumentSpec } from './application-document.ts';
import { witnessApplicationFields } from './application-fields.ts';
import { fill, word, type Labels } from './detention-facts.ts';

const blank = (value: string | undefined): boolean => (value ?? '').trim() === '';

/** What r.32(1) asks for and the record does not give, each by its path: the witness, (a), (b), (c), (d) for an expert, (e). */
export function witnessIssues(app: IdApplication, at: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (blank(app.witness)) issues.push(fieldIssue(`${at}.witness`, 'witnessNoName'));
  if (blank(app.testimony)) issues.push(fieldIssue(`${at}.testimony`, 'witnessNoTestimony'));
  if (app.testimonyMinutes === undefined) issues.push(fieldIssue(`${at}.testimonyMinutes`, 'witnessNoTime'));
  if (blank(app.witnessRelationship)) issues.push(fieldIssue(`${at}.witnessRelationship`, 'witnessNoRelationship'));
  if (app.expertWitness === true && blank(app.expertQualifications))
    issues.push(fieldIssue(`${at}.expertQualifications`, 'witnessNoQualifications'));
  if (app.witnessMeans === undefined) issues.push(fieldIssue(`${at}.witnessMeans`, 'witnessNoMeans'));
  return issues;
}

/** "1 hour 30 minutes" / "1 heure 30 minutes": a time in minutes in the template's words. */
export function durationWords(minutes: number, labels: Labels): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (n: number, one: string, many: string) => fill(word(labels, n === 1 ? one : many), { n: String(n) });
  const h = hours === 0 ? '' : part(hours, 'duration.hour', 'duration.hours');
  const m = rest === 0 ? '' : part(rest, 'duration.minute', 'duration.minutes');
  return h !== '' && m !== '' ? fill(word(labels, 'duration.both'), { hours: h, minutes: m }) : h || m;
}

/** Paragraphs typed in one box, separated by a blank line. */
const paragraphs = (value: string | undefined): TemplateRecord[] =>
  (value ?? '')
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((text) => ({ text }));

/** A phrase printed inside a sentence that ends with its own full stop. */
const phrase = (value: string | undefined): string => (value ?? '').trim().replace(/\.$/u, '');

function data(app: IdApplication, labels: Labels): TemplateRecord {
  const expert = app.expertWitness === true;
  return {
    witness: (app.witness ?? '').trim(),
    info: {
      expert,
      time: app.testimonyMinutes === undefined ? '' : durationWords(app.testimonyMinutes, labels),
      relationship: phrase(app.witnessRelationship),
      means: app.witnessMeans === undefined ? '' : word(labels, `means.${app.witnessMeans}`),
    },
    testimony: paragraphs(app.testimony),
    qualifications: expert ? paragraphs(app.expertQualifications) : [],
    reasons: app.reasons.filter((r) => r.trim() !== '').map((text) => ({ text })),
  };
}

/**
 * Witness information (ID Rules r.32): the witness, and each item r.32(1) requires from its own
 * field of the application record — (a) the purpose and substance of the testimony, or an expert's
 * summary; (b) the time needed; (c) the party's relationship to the witness; (d) an expert's
 * qualifications; (e) in person, by videoconference or by telephone. Counsel's paragraphs, if any,
 * follow as further information; the document stands without them.
 */
export const witnessApplication: ApplicationDocumentSpec = {
  kind: 'witnesses',
  template: 'witnesses-application',
  fields: witnessApplicationFields,
  noun: 'r.32 witness information',
  check: witnessIssues,
  data: (app, labels) => data(app, labels),
  reasonsOptional: true,
};
