import type { Case, DetentionEpisode, Hearing, Person } from '../../core/model/case.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { caseData, counselData } from './case-data.ts';
import type { CounselProfile } from './counsel-profile.ts';
import { fill, hearingLanguage, idFileNumber, word, type DetentionContext, type Labels } from './detention-facts.ts';
import type { ExhibitCiter } from './exhibit-cite.ts';
import { factDateText, partialRange, type DocLang } from './format-date.ts';
import { formatZonedDate, formatZonedDateTime } from './format-zoned.ts';
import { languageName } from './language-names.ts';
import { formatMoney, formatNumber } from './money.ts';
import { personName } from './person-name.ts';
import { parseIsoDate } from '../../core/model/dates.ts';
import { inFilingLanguage } from '../../core/lang/french-versions.ts';
import { punctuate } from '../french.ts';
import { objectionData } from './surety-data.ts';

export type { DetentionContext } from './detention-facts.ts';

/** `hearing.*`, `detained.*` and `language.*`, with the case and counsel fields. */
export function detentionData(
  ctx: DetentionContext,
  counsel: CounselProfile | undefined,
  hearing: Hearing | undefined,
  episode: DetentionEpisode | undefined,
): TemplateRecord {
  const { case: c, lang, labels } = ctx;
  const skill = hearingLanguage(c);
  const primary = skill?.lang.split('-')[0];
  return {
    ...caseData(c, lang, ctx.today, labels),
    ...(counsel ? counselData(counsel) : {}),
    ...(hearing
      ? {
          hearing: {
            type: word(labels, `hearingType.${hearing.type}`),
            when: formatZonedDateTime(hearing.scheduled, lang),
            date: formatZonedDate(hearing.scheduled, lang),
            ...(hearing.mode ? { mode: word(labels, `mode.${hearing.mode}`) } : {}),
            ...(hearing.ministersCounsel ? { ministersCounsel: hearing.ministersCounsel } : {}),
          },
        }
      : {}),
    detained: {
      ...(episode?.facility ? { facility: episode.facility.name } : {}),
      ...(episode ? { since: formatZonedDate(episode.start, lang) } : {}),
      idFileNumber: idFileNumber(c),
    },
    ...(skill && primary
      ? { language: { name: languageName(primary, lang), dialect: skill.dialectLabel ?? '', interpreter: skill.interpreterNeeded } }
      : {}),
  };
}

/** Whole years from the earliest day a partial date allows to `today`. */
function yearsSince(earliest: string, today: string): number | undefined {
  const from = parseIsoDate(earliest);
  const to = parseIsoDate(today);
  if (!from || !to) return undefined;
  const before = to.month < from.month || (to.month === from.month && to.day < from.day);
  return to.year - from.year - (before ? 1 : 0);
}

function knownSince(b: NonNullable<Person['bondsperson']>, ctx: DetentionContext): string {
  if (!b.knownSince) return '';
  const written = factDateText(b.knownSince, ctx.lang);
  const earliest = partialRange(b.knownSince)?.earliest;
  const years = earliest === undefined ? undefined : yearsSince(earliest, ctx.today);
  if (years === undefined || years < 0) return written;
  const key = years === 0 ? 'years.less' : years === 1 ? 'years.one' : 'years.other';
  const span = fill(word(ctx.labels, key), { n: String(years) });
  return span === '' ? written : `${written} (${span})`;
}

/** What the letter and the declaration say of one bondsperson. */
export function bondspersonData(p: Person, ctx: DetentionContext, cite: ExhibitCiter): TemplateRecord {
  const b = p.bondsperson;
  if (!b) return { name: personName(p) };
  const { lang, labels } = ctx;
  const money = (m: typeof b.deposit) => (m ? formatMoney(m, lang) : '');
  const assetText = (a: (typeof b.assets)[number]): string => {
    const at = a.exhibitId === undefined ? '' : (cite.cite(a.exhibitId) ?? '');
    return (
      [a.kind, a.value ? formatMoney(a.value, lang) : ''].filter((s) => s !== '').join(punctuate(lang, ': ')) +
      (at === '' ? '' : ` — ${at}`)
    );
  };
  return {
    name: personName(p),
    status: word(labels, `status.${b.status}`) || b.status,
    statusProof: b.statusProofExhibitId === undefined ? '' : (cite.cite(b.statusProofExhibitId) ?? ''),
    abroad: !b.livesInCanada,
    relationship: b.relationship || (p.relationshipToClient ?? ''),
    knownSince: knownSince(b, ctx),
    contactFrequency: b.contactFrequency ?? '',
    address: p.address ?? '',
    livesWithClient: b.livesWithClient,
    distance: b.livesWithClient || b.distanceToClientKm === undefined ? '' : `${formatNumber(b.distanceToClientKm, lang)}\u00A0km`,
    occupation: b.occupation ?? '',
    employer: b.employer ?? '',
    schedule: b.workSchedule ?? '',
    income: money(b.annualIncome),
    assets: b.assets.map(assetText).join(punctuate(lang, '; ')),
    offers: b.deposit !== undefined || b.guarantee !== undefined,
    deposit: money(b.deposit),
    guarantee: money(b.guarantee),
    sourceOfFunds: b.sourceOfFunds,
    evidence: cite.citeAll(b.evidenceExhibitIds),
    supervisionPlan: b.supervisionPlan,
    priorSureties: b.priorSureties.map((s) => ({ when: s.when, forWhom: s.forWhom, breached: s.breached, reported: s.reported })),
    criminalRecord: b.criminalRecord,
    guaranteeInDefault: b.guaranteeInDefault,
    knowsImmigrationHistory: b.knowsImmigrationHistory,
    willReportBreaches: b.willReportBreaches,
    willTestify: b.willTestify,
    accepted: b.determination === 'accepted',
    ...objectionData(b, ctx),
  };
}

export interface NumberedCondition {
  readonly number: string;
  readonly text: string;
  readonly grounds: string;
  readonly answers: readonly string[];
}

/**
 * The proposed conditions, numbered in the order given, each with the grounds it answers. The
 * particulars are the French version in a French document when one is written; the template's
 * `condition.withDetails` joins them to the condition's name ("{label}, {details}").
 */
export function proposedConditions(c: Case, labels: Labels, lang: DocLang): NumberedCondition[] {
  const withDetails = word(labels, 'condition.withDetails') || '{label}, {details}';
  return c.detention.releasePlan.conditions
    .filter((x) => x.proposed)
    .map((x, i) => {
      const label = word(labels, `condition.${x.kind}`) || x.kind;
      const details = inFilingLanguage(x.details, x.detailsFr, lang)
        .trim()
        .replace(/[.;]+$/u, '');
      return {
        number: String(i + 1),
        text: details === '' ? label : fill(withDetails, { label, details }),
        grounds:
          x.answers.length > 0
            ? x.answers.map((g) => word(labels, `groundShort.${g}`) || g).join(punctuate(lang, '; '))
            : word(labels, 'noGround'),
        answers: x.answers,
      };
    });
}
