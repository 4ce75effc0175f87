import { DossierError } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { Case, Hearing } from '../../core/model/case.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { requireCounsel } from './counsel-profile.ts';
import { detentionData, type DetentionContext } from './detention-data.ts';
import { chosenHearing, currentEpisode, hearingLanguage, hearingsBefore, sameLanguage, word } from './detention-facts.ts';
import { interpreterNoticeFields } from './detention-fields.ts';
import type { DocLang } from './format-date.ts';
import { formatZonedDate } from './format-zoned.ts';
import { languageName } from './language-names.ts';
import type { BuildInput } from './letter.ts';
import { buildLetterhead, buildSignature } from './letterhead.ts';
import { pageFor } from './page.ts';
import { pickApplication } from './application-document.ts';

/** The spoken language of a tag: "Chinese (Mandarin)" for "cmn-Hans" (the script does not matter to an interpreter). */
const spoken = (tag: string, lang: DocLang): string => languageName(tag.split('-')[0] ?? tag, lang);

function hearingFor(c: Case, today: string, hearingId: string | undefined): Hearing {
  const hearing = chosenHearing(c, today, hearingId, false);
  if (!hearing)
    throw new DossierError('VALIDATION', 'No hearing is scheduled from today on: add the hearing before giving notice of an interpreter.', [
      fieldIssue('detention.hearings', 'noUpcomingHearing'),
    ]);
  return hearing;
}

/** The hearing the r.17 application record names: the record chosen, else the first draft one that names a hearing. */
function linkedHearing(c: Case, applicationId: string | undefined): string | undefined {
  if (applicationId !== undefined) return pickApplication(c, 'interpreter', applicationId).app.hearingId;
  return (c.detention.applications ?? []).find((a) => a.kind === 'interpreter' && a.status === 'draft' && a.hearingId !== undefined)
    ?.hearingId;
}

/**
 * Notice that the person needs an interpreter (ID Rules r.17): the language and the dialect,
 * for one hearing: the one chosen, else the one the r.17 application record names (the record
 * chosen, or a draft one), else the next. When the Minister's r.8 information, or the interpreter
 * arranged, names another language, the notice says so; earlier hearings where the interpreter
 * provided was not the one requested are listed, for the record.
 */
export function buildInterpreterNotice(input: BuildInput, hearingId?: string, applicationId?: string): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const c = input.case;
  const skill = hearingLanguage(c);
  if (!skill?.interpreterNeeded)
    throw new DossierError(
      'VALIDATION',
      "Mark the client's hearing language as needing an interpreter, with its dialect, before giving notice.",
      [fieldIssue('client.languages', 'noInterpreterLanguage')],
    );
  const hearing = hearingFor(c, input.today, hearingId ?? linkedHearing(c, applicationId));
  const ast = input.templates('interpreter-notice');
  const labels = ast.front.strings;
  const ctx: DetentionContext = { case: c, lang: input.lang, today: input.today, labels };
  const provided = hearing.interpreterProvided;
  const earlier: TemplateRecord[] = hearingsBefore(c, hearing)
    .filter((h) => h.interpreterRequested && h.interpreterProvided && !sameLanguage(h.interpreterRequested, h.interpreterProvided))
    .map((h) => ({
      sitting: `${word(labels, `hearingType.${h.type}`)}, ${formatZonedDate(h.scheduled, input.lang)}`,
      requested: spoken(h.interpreterRequested ?? '', input.lang),
      provided: spoken(h.interpreterProvided ?? '', input.lang),
      issues: h.interpreterIssues ?? '',
    }));
  const { title, blocks } = evaluateTemplate(ast, {
    fields: interpreterNoticeFields,
    data: {
      ...detentionData(ctx, counsel, hearing, currentEpisode(c, hearing)),
      ...(provided && !sameLanguage(provided, skill.lang) ? { r8: { language: spoken(provided, input.lang) } } : {}),
      earlier,
    },
    partials: {
      letterhead: () => buildLetterhead(counsel, input.templates),
      signature: () => buildSignature(counsel, input.templates, input.signatures),
    },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
