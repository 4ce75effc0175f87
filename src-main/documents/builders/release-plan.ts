import { inFilingLanguage } from '../../core/lang/french-versions.ts';
import { s248Factors, type Case, type Hearing } from '../../core/model/case.ts';
import { punctuate } from '../french.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { requireCounsel } from './counsel-profile.ts';
import { addressedBondspersonData, rejectedBondspersons } from './surety-data.ts';
import { bondspersonData, detentionData, proposedConditions, type DetentionContext } from './detention-data.ts';
import { chosenHearing, currentEpisode, hearingsBefore, localDate, offeredBondspersons, word } from './detention-facts.ts';
import { releasePlanFields } from './detention-fields.ts';
import { exhibitCiter, type ExhibitCiter } from './exhibit-cite.ts';
import { formatLongDate } from './format-date.ts';
import type { BuildInput } from './letter.ts';
import { buildLetterhead, buildSignature } from './letterhead.ts';
import { pageFor } from './page.ts';
import { personName } from './person-name.ts';

function residenceData(c: Case, ctx: DetentionContext, cite: ExhibitCiter): TemplateRecord | undefined {
  const r = c.detention.releasePlan.residence;
  if (!r) return undefined;
  const host = r.hostPersonId === undefined ? undefined : c.people.find((p) => p.id === r.hostPersonId);
  return {
    address: r.address,
    tenure: r.tenure === undefined ? '' : word(ctx.labels, `tenure.${r.tenure}`),
    host: host ? personName(host) : '',
    household: r.household.map((m) => ({ name: m.name, relation: m.relation, age: m.age === undefined ? '' : String(m.age) })),
    named: (r.namedByMinister ?? []).map((m) => ({
      name: m.name,
      relationship: m.relationship,
      sharesAddress: m.sharesAddress,
      address: m.sharesAddress ? '' : (m.address ?? ''),
      ministerSays: m.ministerSays,
      answer: inFilingLanguage(m.answer ?? '', m.answerFr, ctx.lang),
    })),
    proof: cite.citeAll(r.proofExhibitIds),
    suitability: inFilingLanguage(r.suitability, r.suitabilityFr, ctx.lang),
  };
}

/** The review before this one when the member reserved its decision: the plan says so, and whether it has arrived. */
function reservedReviewData(c: Case, ctx: DetentionContext, hearing: Hearing | undefined): TemplateRecord | undefined {
  // Before the plan's hearing; with none ahead, the last one held by today.
  const last = hearingsBefore(c, hearing)
    .filter((h) => hearing !== undefined || localDate(h) <= ctx.today)
    .at(-1);
  if (last?.reserved === undefined) return undefined;
  const heard = last.reserved.reservedOn ?? localDate(last);
  return {
    type: word(ctx.labels, `hearingType.${last.type}`),
    heard: formatLongDate(heard, ctx.lang),
    received: last.reserved.receivedOn === undefined ? '' : formatLongDate(last.reserved.receivedOn, ctx.lang),
  };
}

function supervisorData(c: Case, ctx: DetentionContext, cite: ExhibitCiter): TemplateRecord | undefined {
  const s = c.detention.releasePlan.supervisor;
  if (!s) return undefined;
  return {
    organisation: s.organisation,
    acceptance: s.acceptanceExhibitId === undefined ? '' : (cite.cite(s.acceptanceExhibitId) ?? ''),
    intakeDate: s.intakeDate === undefined ? '' : formatLongDate(s.intakeDate, ctx.lang),
    reportingSchedule: inFilingLanguage(s.reportingSchedule, s.reportingScheduleFr, ctx.lang),
    notes: inFilingLanguage(s.notes, s.notesFr, ctx.lang),
  };
}

/**
 * The release plan (bail-plan letter), as ID practice sets it out: caption, relief sought, one
 * section per s.58 ground with its response and the conditions answering it, background, each
 * bondsperson offered, each one rejected (as addressed: the objection and the answer), residence, supervision, the numbered conditions, each IRPR s.248 factor
 * (a)–(f) submitted on with its evidence, vulnerability, and the exhibits cited. A section with
 * nothing in it is left out, never printed as "No submissions". Inside a packet, exhibits are
 * cited by tab and page (`exhibitRefs`); on its own, by title.
 */
export function buildReleasePlan(input: BuildInput, hearingId?: string): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const c = input.case;
  const ast = input.templates('release-plan');
  const labels = ast.front.strings;
  const ctx: DetentionContext = { case: c, lang: input.lang, today: input.today, labels };
  const hearing = chosenHearing(c, input.today, hearingId, true);
  const episode = currentEpisode(c, hearing);
  const cite = exhibitCiter(c, input.exhibitRefs, word(labels, 'cite.tab'), punctuate(input.lang, '; '));
  const plan = c.detention.releasePlan;
  const conditions = proposedConditions(c, labels, input.lang);

  const grounds = episode.grounds.map((ground) => ({
    name: word(labels, `ground.${ground}`) || ground,
    response: plan.groundResponses.find((r) => r.ground === ground)?.response ?? '',
    conditions: conditions.filter((x) => x.answers.includes(ground)).map(({ number, text }) => ({ number, text })),
  }));
  // Cited in reading order: bondspersons, residence, supervisor, then the s.248 factors.
  const bondspersons = offeredBondspersons(c).map((p) => bondspersonData(p, ctx, cite));
  const addressed = rejectedBondspersons(c).map((p) => addressedBondspersonData(p, ctx));
  const residence = residenceData(c, ctx, cite);
  const supervisor = supervisorData(c, ctx, cite);
  const reservedReview = reservedReviewData(c, ctx, hearing);
  const factors = s248Factors
    .map((factor) => {
      const entry = plan.factors.find((f) => f.factor === factor);
      return {
        heading: word(labels, `factor.${factor}`),
        narrative: entry?.narrative ?? '',
        evidence: cite.citeAll(entry?.exhibitIds ?? []),
      };
    })
    .filter((f) => f.narrative.trim() !== '' || f.evidence !== '');

  const data: TemplateRecord = {
    ...detentionData(ctx, counsel, hearing, episode),
    grounds,
    groundsLine: episode.grounds.map((g) => word(labels, `groundShort.${g}`) || g).join(punctuate(input.lang, '; ')),
    background: plan.background,
    bondspersons,
    addressed,
    ...(reservedReview ? { reservedReview } : {}),
    ...(residence ? { residence } : {}),
    ...(supervisor ? { supervisor } : {}),
    conditions: conditions.map(({ number, text, grounds: answered }) => ({ number, text, grounds: answered })),
    factors,
    vulnerability: plan.vulnerability,
    exhibits: cite.cited().map(({ citation, title }) => ({ citation, title })),
    translated: c.statements.some((s) => s.translations.length > 0) || c.exhibits.some((x) => x.partOf !== undefined),
  };
  const { title, blocks } = evaluateTemplate(ast, {
    fields: releasePlanFields,
    data,
    partials: {
      letterhead: () => buildLetterhead(counsel, input.templates),
      signature: () => buildSignature(counsel, input.templates, input.signatures),
    },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
