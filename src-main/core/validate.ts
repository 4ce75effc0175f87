import type { FieldIssue } from './errors.ts';
import { fieldIssue } from './issues/text.ts';
import type { Case } from './model/case.ts';
import { isAfterDay } from './model/partial-date.ts';
import { defaultBondRules } from './rules/bond-rules-data.ts';
import { checkBondsperson, type BondRuleSet } from './rules/bonds.ts';
import { formatCitation } from './rules/citation.ts';
import { defaultTranslationRules } from './rules/translation-rules-data.ts';
import { checkTranslation, formatTranslationCitation, type TranslationRuleSet } from './rules/translation-rules.ts';
import { translationFieldPath } from './model/translations.ts';
import { localDateOf, parseUtc } from './rules/zoned.ts';

/**
 * Checks that need today's date or several fields at once, which the schema alone cannot
 * express. `today` is passed in (YYYY-MM-DD) so the result never depends on the host clock.
 */
export function checkCaseFacts(
  value: Case,
  today: string,
  bondRules: BondRuleSet = defaultBondRules,
  translationRules: TranslationRuleSet = defaultTranslationRules,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const dob = value.client.dateOfBirth;
  if (dob && isAfterDay(dob, today)) {
    issues.push(fieldIssue('client.dateOfBirth', 'futureBirth'));
  }
  value.client.entries.forEach((entry, index) => {
    if (isAfterDay(entry.date, today)) issues.push(fieldIssue(`client.entries.${index}.date`, 'futureEntry'));
  });
  const ids = new Set<string>();
  const collections: [string, readonly { id: string }[]][] = [
    ['people', value.people],
    ['exhibits', value.exhibits],
    ['statements', value.statements],
    ['timeline', value.timeline],
  ];
  for (const [name, items] of collections) {
    items.forEach((item, index) => {
      if (ids.has(item.id)) issues.push(fieldIssue(`${name}.${index}.id`, 'duplicateId'));
      ids.add(item.id);
    });
  }
  issues.push(
    ...checkDetention(value),
    ...checkBonds(value, bondRules),
    ...checkTranslations(value, translationRules),
    ...checkHc(value, today),
  );
  return issues;
}

/** Order of the s.57 reviews inside one episode: 48-hour, then 7-day, then 30-day and early reviews. */
const reviewRank: Partial<Record<Case['detention']['hearings'][number]['type'], number>> = { '48H': 0, '7D': 1, '30D': 2, EARLY: 2 };

function checkDetention(value: Case): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { episodes, hearings, seizedItems } = value.detention;
  const episodeIds = new Set<string>();
  episodes.forEach((episode, index) => {
    if (episodeIds.has(episode.id)) issues.push(fieldIssue(`detention.episodes.${index}.id`, 'duplicateId'));
    episodeIds.add(episode.id);
    if (episode.end && episode.end.utc <= episode.start.utc)
      issues.push(fieldIssue(`detention.episodes.${index}.end`, 'detentionEndsBeforeStart'));
  });
  const firstEpisode = episodes[0];
  hearings.forEach((hearing, index) => {
    const episode = hearing.episodeId === undefined ? firstEpisode : episodes.find((e) => e.id === hearing.episodeId);
    if (hearing.episodeId !== undefined && !episode) {
      issues.push(fieldIssue(`detention.hearings.${index}.episodeId`, 'reviewEpisodeMissing'));
      return;
    }
    if (episode && reviewRank[hearing.type] !== undefined && hearing.scheduled.utc < episode.start.utc)
      issues.push(fieldIssue(`detention.hearings.${index}.scheduled`, 'reviewBeforeDetention'));
    for (const key of ['decisionAt', 'orderSignedAt'] as const) {
      const at = hearing[key];
      if (at && hearing.startedAt && at.utc < hearing.startedAt.utc)
        issues.push(fieldIssue(`detention.hearings.${index}.${key}`, 'decisionBeforeHearing'));
    }
  });
  // Reviews out of order: within an episode a 7-day review cannot precede the 48-hour review, nor a 30-day review the 7-day one.
  hearings.forEach((hearing, index) => {
    const rank = reviewRank[hearing.type];
    if (rank === undefined) return;
    const episodeId = hearing.episodeId ?? firstEpisode?.id;
    const earlier = hearings.find(
      (other) =>
        other !== hearing &&
        (other.episodeId ?? firstEpisode?.id) === episodeId &&
        (reviewRank[other.type] ?? -1) < rank &&
        reviewRank[other.type] !== undefined &&
        other.scheduled.utc > hearing.scheduled.utc,
    );
    if (earlier)
      issues.push(fieldIssue(`detention.hearings.${index}.scheduled`, 'reviewOutOfOrder', { type: hearing.type, earlier: earlier.type }));
  });
  seizedItems.forEach((item, index) => {
    if (item.noticeDate < localDay(item.seizedAt))
      issues.push(fieldIssue(`detention.seizedItems.${index}.noticeDate`, 'noticeBeforeSeizure'));
  });
  return issues;
}

function localDay(at: { utc: string; tz: string }): string {
  const ms = parseUtc(at.utc);
  return ms === null ? at.utc.slice(0, 10) : localDateOf(ms, at.tz);
}

function checkBonds(value: Case, rules: BondRuleSet): FieldIssue[] {
  const issues: FieldIssue[] = [];
  value.people.forEach((person, index) => {
    for (const finding of checkBondsperson(person, rules)) {
      if (finding.effect !== 'refuse') continue;
      const cite = formatCitation(finding.citation);
      const message = finding.message.includes(cite) ? finding.message : `${finding.message} (${cite})`;
      issues.push({ ...fieldIssue(`people.${index}.${finding.field}`, `bond.${finding.check}`), message });
    }
  });
  return issues;
}

/** Translations the destination refuses (IRCC: the client, family, the paid representative; a declaration alone), with the rule cited. */
function checkTranslations(value: Case, rules: TranslationRuleSet): FieldIssue[] {
  return value.statements.flatMap((statement, index) =>
    statement.translations.flatMap((translation, t) =>
      checkTranslation(value, { ...statement, translation }, rules)
        .filter((finding) => finding.effect === 'refuse')
        .map((finding) => {
          const cite = formatTranslationCitation(finding.citation);
          return {
            ...fieldIssue(`statements.${index}.${translationFieldPath(finding.field, t)}`, `translation.${finding.check}`),
            message: `${finding.message} (${cite})`,
          };
        }),
    ),
  );
}

/**
 * H&C facts that cannot be true: a decision, claim or letter dated after today. Links to an
 * exhibit, statement or author no longer in the case are kept and shown by the H&C check as
 * errors to fix before filing, as the release plan and the timeline show theirs: removing an
 * exhibit on the Exhibits tab must never make the whole case unsavable. Gaps in the evidence
 * (a factor with none, an exhibit proving nothing, a letter to translate) are work still to do.
 */
function checkHc(value: Case, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { hc } = value;
  if (hc.lastNegativeDecision !== undefined && hc.lastNegativeDecision > today)
    issues.push(fieldIssue('hc.lastNegativeDecision', 'hc.decisionInFuture'));
  if (hc.claimDate !== undefined && hc.claimDate > today) issues.push(fieldIssue('hc.claimDate', 'hc.claimInFuture'));
  if (hc.submittedOn !== undefined && hc.submittedOn > today) issues.push(fieldIssue('hc.submittedOn', 'hc.submittedInFuture'));
  if (hc.firstStageApprovedOn !== undefined && hc.firstStageApprovedOn > today)
    issues.push(fieldIssue('hc.firstStageApprovedOn', 'hc.approvalInFuture'));
  if (hc.firstStageApprovedOn !== undefined && hc.submittedOn !== undefined && hc.firstStageApprovedOn < hc.submittedOn)
    issues.push(fieldIssue('hc.firstStageApprovedOn', 'hc.approvalBeforeSubmission'));
  hc.letters.forEach((letter, index) => {
    if (letter.date !== undefined && letter.date > today) issues.push(fieldIssue(`hc.letters.${index}.date`, 'hc.letterInFuture'));
  });
  return issues;
}
