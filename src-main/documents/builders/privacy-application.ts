import { DossierError, type FieldIssue } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { IdApplication } from '../../core/model/applications.ts';
import type { Case, Hearing } from '../../core/model/case.ts';
import { applicationRuleFor, shippedApplicationRules } from '../../core/rules/application-rules.ts';
import { citationIn } from '../../core/rules/citation.ts';
import { frenchPunctuation } from '../french.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { privacyApplicationFields } from './application-fields.ts';
import { requireCounsel } from './counsel-profile.ts';
import { detentionData, type DetentionContext } from './detention-data.ts';
import { chosenHearing, currentEpisode, word } from './detention-facts.ts';
import { formatZonedDateTime } from './format-zoned.ts';
import { buildLetterhead, buildSignature } from './letterhead.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';

/** The r.45 application asked for, or the case's first one not withdrawn; with its place in the list for field paths. */
function pick(c: Case, applicationId: string | undefined): { app: IdApplication; index: number } {
  const all = c.detention.applications ?? [];
  const index =
    applicationId === undefined
      ? all.findIndex((a) => a.kind === 'private-proceeding' && a.status !== 'withdrawn')
      : all.findIndex((a) => a.id === applicationId && a.kind === 'private-proceeding');
  const app = all[index];
  if (!app)
    throw new DossierError('VALIDATION', 'Record the ID Rule 45 application under Applications first.', [
      fieldIssue(applicationId === undefined ? 'detention.applications' : 'applicationId', 'applicationNoSuchApplication'),
    ]);
  return { app, index };
}

/** Everything the filed pages need, each missing piece named by its field: no placeholder reaches the Division. */
function check(c: Case, app: IdApplication, index: number): FieldIssue[] {
  const at = `detention.applications.${String(index)}`;
  const issues: FieldIssue[] = [];
  if (app.grounds.length === 0) issues.push(fieldIssue(`${at}.grounds`, 'applicationNoGrounds'));
  if (app.relief.length === 0) issues.push(fieldIssue(`${at}.relief`, 'applicationNoRelief'));
  if (app.reasons.every((r) => r.trim() === '')) issues.push(fieldIssue(`${at}.reasons`, 'applicationNoReasons'));
  const served = c.detention.service.filter((r) => app.serviceIds.includes(r.id));
  if (served.length === 0) issues.push(fieldIssue(`${at}.serviceIds`, 'noServiceRecorded'));
  if (app.hearingId !== undefined && !c.detention.hearings.some((h) => h.id === app.hearingId))
    issues.push(fieldIssue(`${at}.hearingId`, 'noSuchHearing'));
  return issues;
}

/** The hearing the application is for, and the rule its timing comes from (r.45(4)(a) or (b)). */
function timing(c: Case, app: IdApplication, today: string): { hearing: Hearing | undefined; asap: boolean; pinpoint: string | undefined } {
  const hearing = chosenHearing(c, today, app.hearingId, false);
  const sameDayReview = (h: Hearing) =>
    c.detention.hearings.some(
      (o) => (o.type === '48H' || o.type === '7D') && o.scheduled.utc.slice(0, 10) === h.scheduled.utc.slice(0, 10),
    );
  const type = hearing?.type === 'ADMISSIBILITY' && sameDayReview(hearing) ? '48H' : hearing?.type;
  const rule = applicationRuleFor(shippedApplicationRules(), 'private-proceeding', type);
  return { hearing, asap: rule?.counting.method === 'asap', pinpoint: rule === undefined ? undefined : rule.citation.pinpoint };
}

/**
 * Application for a proceeding in private, or other measures to protect its confidentiality (ID
 * Rules r.45; IRPA s.166(b)): the decision sought, the grounds and counsel's reasons, whether the
 * application itself is to be heard in private (r.45(2)), its timing (r.45(4)), and the statement
 * of how and when the copies were provided (r.38(5)(b), r.45(3)), signed by counsel.
 */
export function buildPrivacyApplication(input: BuildInput, applicationId?: string): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const c = input.case;
  const { app, index } = pick(c, applicationId);
  const issues = check(c, app, index);
  if (issues.length > 0) throw new DossierError('VALIDATION', 'The r.45 application is not ready to file.', issues);

  const ast = input.templates('privacy-application');
  const labels = ast.front.strings;
  const ctx: DetentionContext = { case: c, lang: input.lang, today: input.today, labels };
  const { hearing, asap, pinpoint } = timing(c, app, input.today);
  if (!hearing || pinpoint === undefined)
    throw new DossierError('VALIDATION', 'The r.45 application needs the hearing it is for.', [
      fieldIssue(`detention.applications.${String(index)}.hearingId`, 'noUpcomingHearing'),
    ]);
  const rule = citationIn({ instrument: 'IDR', pinpoint }, input.lang);
  // Labels are data to the template, so French spacing is applied here, as the template's own text gets it.
  const spaced = (label: string): string => (input.lang === 'fr' ? frenchPunctuation(label) : label);
  const { title, blocks } = evaluateTemplate(ast, {
    fields: privacyApplicationFields,
    data: {
      ...detentionData(ctx, counsel, hearing, currentEpisode(c, hearing)),
      application: { inPrivate: app.hearApplicationInPrivate, asap, rule },
      grounds: app.grounds.map((g) => ({ text: spaced(word(labels, `ground.${g}`)) })),
      relief: app.relief.map((r) => ({ text: spaced(word(labels, `relief.${r}`)) })),
      reasons: app.reasons.filter((r) => r.trim() !== '').map((text) => ({ text })),
      records: c.detention.service
        .filter((r) => app.serviceIds.includes(r.id))
        .toSorted((a, b) => a.at.utc.localeCompare(b.at.utc))
        .map((r) => ({
          servedOn: r.servedOn,
          method: word(labels, `method.${r.method}`) || r.method,
          when: formatZonedDateTime(r.at, input.lang),
        })),
    },
    partials: {
      letterhead: () => buildLetterhead(counsel, input.templates),
      signature: () => buildSignature(counsel, input.templates, input.signatures),
    },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
