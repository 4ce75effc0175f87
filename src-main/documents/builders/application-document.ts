import { DossierError, type FieldIssue } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { ApplicationKind, IdApplication } from '../../core/model/applications.ts';
import type { Case, Hearing } from '../../core/model/case.ts';
import { applicationRuleFor, shippedApplicationRules } from '../../core/rules/application-rules.ts';
import { citationIn, pinpointHead } from '../../core/rules/citation.ts';
import { frenchPunctuation } from '../french.ts';
import type { DossierDocument } from '../model.ts';
import type { FieldMap, TemplateRecord } from '../templates/fields.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { applicationServiceFields } from './application-fields.ts';
import { requireCounsel } from './counsel-profile.ts';
import { detentionData, type DetentionContext } from './detention-data.ts';
import { chosenHearing, currentEpisode, word, type Labels } from './detention-facts.ts';
import type { TemplateId } from './document-types.ts';
import type { DocLang } from './format-date.ts';
import { formatZonedDateTime } from './format-zoned.ts';
import { buildLetterhead, buildSignature } from './letterhead.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';

/**
 * What one ID Rules application document adds to the pieces every one shares (the caption's
 * facts, the rule its timing comes from, counsel's signature and the statement of service): its
 * template, its own checks and its own data.
 */
export interface ApplicationDocumentSpec {
  readonly kind: ApplicationKind;
  readonly template: TemplateId;
  readonly fields: FieldMap;
  /** How the refusal names the document, in English (the fields it names are what the UI shows). */
  readonly noun: string;
  /** The record's own fields the filed pages need, each missing one named by its path (`at` is the record's). */
  readonly check: (app: IdApplication, at: string) => FieldIssue[];
  /** The record's own data, its labels in the filing's language. */
  readonly data: (app: IdApplication, labels: Labels, lang: DocLang) => TemplateRecord;
  /** The document stands on its own fields, counsel's paragraphs only adding to them (r.32 witness information). */
  readonly reasonsOptional?: boolean;
}

/** Labels are data to the template, so French spacing is applied here, as the template's own text gets it. */
export const spacedLabel = (label: string, lang: DocLang): string => (lang === 'fr' ? frenchPunctuation(label) : label);

/** The application of `kind` asked for, or the case's first one of that kind not withdrawn; with its place in the list for field paths. */
export function pickApplication(c: Case, kind: ApplicationKind, applicationId: string | undefined): { app: IdApplication; index: number } {
  const all = c.detention.applications ?? [];
  const index =
    applicationId === undefined
      ? all.findIndex((a) => a.kind === kind && a.status !== 'withdrawn')
      : all.findIndex((a) => a.id === applicationId && a.kind === kind);
  const app = all[index];
  if (!app)
    throw new DossierError('VALIDATION', 'Record the application under Applications first.', [
      fieldIssue(applicationId === undefined ? 'detention.applications' : 'applicationId', 'applicationNoSuchApplication'),
    ]);
  return { app, index };
}

/** The checks every application document shares: its reasons (unless the spec's own fields stand for them), the copies served, the hearing it names. */
function commonIssues(c: Case, app: IdApplication, at: string, reasonsOptional: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!reasonsOptional && app.reasons.every((r) => r.trim() === '')) issues.push(fieldIssue(`${at}.reasons`, 'applicationNoReasons'));
  if (!c.detention.service.some((r) => app.serviceIds.includes(r.id))) issues.push(fieldIssue(`${at}.serviceIds`, 'noServiceRecorded'));
  if (app.hearingId !== undefined && !c.detention.hearings.some((h) => h.id === app.hearingId))
    issues.push(fieldIssue(`${at}.hearingId`, 'noSuchHearing'));
  return issues;
}

/**
 * The hearing the application is for and the rule its timing comes from: an admissibility hearing
 * held the same day as a 48-hour or 7-day review follows the review's "as soon as possible" limits.
 */
function timing(c: Case, app: IdApplication, today: string): { hearing: Hearing | undefined; asap: boolean; pinpoint: string | undefined } {
  const hearing = chosenHearing(c, today, app.hearingId, false);
  const sameDayReview = (h: Hearing) =>
    c.detention.hearings.some(
      (o) => (o.type === '48H' || o.type === '7D') && o.scheduled.utc.slice(0, 10) === h.scheduled.utc.slice(0, 10),
    );
  const type = hearing?.type === 'ADMISSIBILITY' && sameDayReview(hearing) ? '48H' : hearing?.type;
  const rule = applicationRuleFor(shippedApplicationRules(), app.kind, type);
  return { hearing, asap: rule?.counting.method === 'asap', pinpoint: rule === undefined ? undefined : pinpointHead(rule.citation) };
}

/** `records`: how and when each copy was provided, in time order, for the statement of service. */
function serviceRecords(c: Case, app: IdApplication, labels: Labels, lang: DocLang): TemplateRecord[] {
  return c.detention.service
    .filter((r) => app.serviceIds.includes(r.id))
    .toSorted((a, b) => a.at.utc.localeCompare(b.at.utc))
    .map((r) => ({ servedOn: r.servedOn, method: word(labels, `method.${r.method}`) || r.method, when: formatZonedDateTime(r.at, lang) }));
}

/**
 * An ID Rules application document built from its record: refused, every missing field named,
 * before any page is made; then the caption's facts, the timing rule as the language cites it,
 * the record's own data, counsel's letterhead and signature, and the statement of service (its
 * wording in one template, `application-service`, which every application document includes).
 */
export function buildApplicationDocument(input: BuildInput, spec: ApplicationDocumentSpec, applicationId?: string): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const c = input.case;
  const { app, index } = pickApplication(c, spec.kind, applicationId);
  const at = `detention.applications.${String(index)}`;
  const issues = [...spec.check(app, at), ...commonIssues(c, app, at, spec.reasonsOptional ?? false)];
  if (issues.length > 0) throw new DossierError('VALIDATION', `The ${spec.noun} is not ready to file.`, issues);

  const ast = input.templates(spec.template);
  const labels = ast.front.strings;
  const ctx: DetentionContext = { case: c, lang: input.lang, today: input.today, labels };
  const { hearing, asap, pinpoint } = timing(c, app, input.today);
  if (!hearing || pinpoint === undefined)
    throw new DossierError('VALIDATION', `The ${spec.noun} needs the hearing it is for.`, [
      fieldIssue(`${at}.hearingId`, 'noUpcomingHearing'),
    ]);
  const rule = citationIn({ instrument: 'IDR', pinpoint }, input.lang);
  const common = detentionData(ctx, counsel, hearing, currentEpisode(c, hearing));
  const document = labels['service.document'] ?? '';
  const serviceRule = labels['service.rule'] ?? '';
  const service = input.templates('application-service');
  const { title, blocks } = evaluateTemplate(ast, {
    fields: spec.fields,
    data: { ...common, application: { inPrivate: app.hearApplicationInPrivate, asap, rule }, ...spec.data(app, labels, input.lang) },
    partials: {
      letterhead: () => buildLetterhead(counsel, input.templates),
      signature: () => buildSignature(counsel, input.templates, input.signatures),
      'application-service': () =>
        evaluateTemplate(service, {
          fields: applicationServiceFields,
          data: {
            ...common,
            service: { document, rule: serviceRule },
            records: serviceRecords(c, app, service.front.strings, input.lang),
          },
          partials: {},
        }).blocks,
    },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
