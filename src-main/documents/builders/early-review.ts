import { DossierError, type FieldIssue } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { requireCounsel } from './counsel-profile.ts';
import { detentionData, type DetentionContext } from './detention-data.ts';
import { chosenHearing, currentEpisode } from './detention-facts.ts';
import { earlyReviewFields } from './detention-fields.ts';
import { buildLetterhead, buildSignature } from './letterhead.ts';
import { formatWeekdayDate } from './format-date.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';
import { pickApplication } from './application-document.ts';
import type { IdApplication } from '../../core/model/applications.ts';

/** The application offers three dates the person and counsel are available. */
const DATES_OFFERED = 3;

/** The r.9 application record chosen, or the case's first one not withdrawn; none when the case records none and none is asked for. */
function linkedRecord(c: BuildInput['case'], applicationId: string | undefined): IdApplication | undefined {
  if (applicationId !== undefined) return pickApplication(c, 'early-review', applicationId).app;
  return (c.detention.applications ?? []).find((a) => a.kind === 'early-review' && a.status !== 'withdrawn');
}

/**
 * Application for an early review (ID Rules r.9): the Division may grant it only if new facts
 * are set out, so at least one is required, numbered; and the three available dates. When the
 * case records the r.9 application, its paragraphs are new facts too, after those of the review.
 */
export function buildEarlyReviewApplication(input: BuildInput, applicationId?: string): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const c = input.case;
  const early = c.detention.earlyReview;
  const record = linkedRecord(c, applicationId);
  const typed = [...(early?.newFacts ?? []), ...(record?.reasons ?? [])].map((f) => f.trim());
  const facts = typed.filter((f, i) => f !== '' && typed.indexOf(f) === i);
  const dates = early?.availableDates ?? [];
  const issues: FieldIssue[] = [];
  if (facts.length === 0) issues.push(fieldIssue('detention.earlyReview.newFacts', 'earlyReviewNewFacts'));
  if (dates.length !== DATES_OFFERED)
    issues.push(fieldIssue('detention.earlyReview.availableDates', 'earlyReviewDates', { expected: DATES_OFFERED, given: dates.length }));
  if (issues.length > 0)
    throw new DossierError('VALIDATION', 'The early-review application needs the new facts and three available dates.', issues);

  const ast = input.templates('early-review-application');
  const labels = ast.front.strings;
  const ctx: DetentionContext = { case: c, lang: input.lang, today: input.today, labels };
  const hearing = chosenHearing(c, input.today, undefined, true);
  const { title, blocks } = evaluateTemplate(ast, {
    fields: earlyReviewFields,
    data: {
      ...detentionData(ctx, counsel, hearing, currentEpisode(c, hearing)),
      newFacts: facts.map((text) => ({ text })),
      dates: dates.toSorted().map((d) => ({ date: formatWeekdayDate(d, input.lang) })),
    },
    partials: {
      letterhead: () => buildLetterhead(counsel, input.templates),
      signature: () => buildSignature(counsel, input.templates, input.signatures),
    },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
