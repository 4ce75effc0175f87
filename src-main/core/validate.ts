import type { FieldIssue } from './errors.ts';
import type { Case } from './model/case.ts';
import { isAfterDay } from './model/partial-date.ts';
import { defaultBondRules } from './rules/bond-rules-data.ts';
import { checkBondsperson, type BondRuleSet } from './rules/bonds.ts';
import { formatCitation } from './rules/citation.ts';
import { defaultTranslationRules } from './rules/translation-rules-data.ts';
import { checkTranslation, formatTranslationCitation, type TranslationRuleSet } from './rules/translation-rules.ts';
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
    issues.push({ path: 'client.dateOfBirth', message: 'A date of birth cannot be in the future.' });
  }
  value.client.entries.forEach((entry, index) => {
    if (isAfterDay(entry.date, today))
      issues.push({ path: `client.entries.${index}.date`, message: 'An entry to Canada cannot be in the future.' });
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
      if (ids.has(item.id)) issues.push({ path: `${name}.${index}.id`, message: 'This id is used twice in the case.' });
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
    if (episodeIds.has(episode.id))
      issues.push({ path: `detention.episodes.${index}.id`, message: 'This id is used twice in the case.', code: 'duplicateId' });
    episodeIds.add(episode.id);
    if (episode.end && episode.end.utc <= episode.start.utc)
      issues.push({
        path: `detention.episodes.${index}.end`,
        message: 'A detention cannot end before it starts.',
        code: 'detentionEndsBeforeStart',
      });
  });
  const firstEpisode = episodes[0];
  hearings.forEach((hearing, index) => {
    const episode = hearing.episodeId === undefined ? firstEpisode : episodes.find((e) => e.id === hearing.episodeId);
    if (hearing.episodeId !== undefined && !episode) {
      issues.push({
        path: `detention.hearings.${index}.episodeId`,
        message: 'This review points to a detention that is not in the case.',
        code: 'reviewEpisodeMissing',
      });
      return;
    }
    if (episode && reviewRank[hearing.type] !== undefined && hearing.scheduled.utc < episode.start.utc)
      issues.push({
        path: `detention.hearings.${index}.scheduled`,
        message: 'A detention review cannot be held before the detention started.',
        code: 'reviewBeforeDetention',
      });
    for (const key of ['decisionAt', 'orderSignedAt'] as const) {
      const at = hearing[key];
      if (at && hearing.startedAt && at.utc < hearing.startedAt.utc)
        issues.push({
          path: `detention.hearings.${index}.${key}`,
          message: 'A decision cannot come before the hearing started.',
          code: 'decisionBeforeHearing',
        });
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
      issues.push({
        path: `detention.hearings.${index}.scheduled`,
        message: `This ${reviewName[hearing.type]} is dated before the ${reviewName[earlier.type]}; reviews follow the order of IRPA s.57.`,
        code: 'reviewOutOfOrder',
      });
  });
  seizedItems.forEach((item, index) => {
    if (item.noticeDate < localDay(item.seizedAt))
      issues.push({
        path: `detention.seizedItems.${index}.noticeDate`,
        message: 'The notice of seizure cannot come before the seizure.',
        code: 'noticeBeforeSeizure',
      });
  });
  return issues;
}

const reviewName: Record<string, string> = {
  '48H': '48-hour review',
  '7D': 'seven-day review',
  '30D': '30-day review',
  EARLY: 'early review',
};

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
      issues.push({ path: `people.${index}.${finding.field}`, message, code: `bond.${finding.check}` });
    }
  });
  return issues;
}

/** Translations the destination refuses (IRCC: the client, family, the paid representative; a declaration alone), with the rule cited. */
function checkTranslations(value: Case, rules: TranslationRuleSet): FieldIssue[] {
  return value.statements.flatMap((statement, index) =>
    checkTranslation(value, statement, rules)
      .filter((finding) => finding.effect === 'refuse')
      .map((finding) => {
        const cite = formatTranslationCitation(finding.citation);
        return {
          path: `statements.${index}.${finding.field}`,
          message: `${finding.message} (${cite})`,
          code: `translation.${finding.check}`,
        };
      }),
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
    issues.push({
      path: 'hc.lastNegativeDecision',
      message: 'The last negative decision cannot be dated after today; check the date on the decision.',
      code: 'hc.decisionInFuture',
    });
  if (hc.claimDate !== undefined && hc.claimDate > today)
    issues.push({ path: 'hc.claimDate', message: 'A refugee claim cannot be dated after today.', code: 'hc.claimInFuture' });
  if (hc.submittedOn !== undefined && hc.submittedOn > today)
    issues.push({
      path: 'hc.submittedOn',
      message: 'The application cannot have been submitted after today.',
      code: 'hc.submittedInFuture',
    });
  if (hc.firstStageApprovedOn !== undefined && hc.firstStageApprovedOn > today)
    issues.push({
      path: 'hc.firstStageApprovedOn',
      message: 'First-stage approval cannot be dated after today.',
      code: 'hc.approvalInFuture',
    });
  if (hc.firstStageApprovedOn !== undefined && hc.submittedOn !== undefined && hc.firstStageApprovedOn < hc.submittedOn)
    issues.push({
      path: 'hc.firstStageApprovedOn',
      message: 'First-stage approval cannot come before the application was submitted.',
      code: 'hc.approvalBeforeSubmission',
    });
  hc.letters.forEach((letter, index) => {
    if (letter.date !== undefined && letter.date > today)
      issues.push({
        path: `hc.letters.${index}.date`,
        message: 'A letter of support cannot be dated after today.',
        code: 'hc.letterInFuture',
      });
  });
  return issues;
}
