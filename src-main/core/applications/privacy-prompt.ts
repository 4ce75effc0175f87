import type { Case } from '../model/case.ts';
import type { IdApplication } from '../model/applications.ts';
import { defaultHcBarRules } from '../rules/hc-bars-data.ts';
import { checkHcBars } from '../rules/hc-bars.ts';

/** Why the case suggests an r.45 application, one code per kind of fact. */
export type PrivacyPromptCode = 'privacy.work' | 'privacy.trafficking' | 'privacy.ineligibleClaim' | 'privacy.requestedNotRecorded';

export interface PrivacyPrompt {
  readonly code: PrivacyPromptCode;
  /** Where the fact is recorded, as a case path (the first one when several say it). */
  readonly path: string;
  /** Language-neutral pointers to what suggested it: case paths. */
  readonly evidence: readonly string[];
}

/**
 * Words that say the client's work was sex or massage work, in English and French, matched on
 * whole words after folding case and accents. A prompt only: it never refuses anything, so a
 * word list that errs towards asking is the right trade.
 */
const workWords = [
  'massage',
  'masseuse',
  'spa',
  'sex work',
  'sex worker',
  'escort',
  'erotic',
  'striptease',
  'stripper',
  'body rub',
  'holistic centre',
  'travail du sexe',
  'travailleuse du sexe',
  'travailleur du sexe',
  'erotique',
  'danseuse',
  'salon de massage',
];
const traffickingWords = ['traffick', 'trafficker', 'trafficking', 'traite de personnes', 'trafiquant', 'controlled', 'sous contrôle'];

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function mentions(text: string | undefined, words: readonly string[]): boolean {
  if (text === undefined || text.trim() === '') return false;
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return words.some((w) => folded.includes(` ${fold(w)}`));
}

/** Applications that settle the question: any r.45 application not withdrawn. */
const hasPrivacyApplication = (apps: readonly IdApplication[]): boolean =>
  apps.some((a) => a.kind === 'private-proceeding' && a.status !== 'withdrawn');

function workEvidence(c: Case): string[] {
  const paths: string[] = [];
  c.timeline.forEach((e, i) => {
    if (e.category === 'work' && mentions(e.summary, workWords)) paths.push(`timeline.${String(i)}.summary`);
  });
  c.client.statusHistory.forEach((s, i) => {
    if (mentions(s.notes, workWords)) paths.push(`client.statusHistory.${String(i)}.notes`);
  });
  return paths;
}

function traffickingEvidence(c: Case): string[] {
  const paths: string[] = [];
  c.detention.hearings.forEach((h, i) => {
    if (h.ministerFramings.some((f) => f === 'trafficking-victim' || f === 'trafficking-participant'))
      paths.push(`detention.hearings.${String(i)}.ministerFramings`);
  });
  c.client.statusHistory.forEach((s, i) => {
    if (s.kind === 'VTIP-TRP') paths.push(`client.statusHistory.${String(i)}.kind`);
  });
  c.timeline.forEach((e, i) => {
    if ((e.category === 'abuse' || e.category === 'arrest') && mentions(e.summary, traffickingWords))
      paths.push(`timeline.${String(i)}.summary`);
  });
  return paths;
}

/** A claim made more than a year after an entry after 24 June 2020 (IRPA 101(1)(b.1)), and not pending before the RPD. */
function ineligibleClaimEvidence(c: Case, today: string): string[] {
  const claimed = c.hc.claimDate !== undefined || c.client.statusHistory.some((s) => s.kind === 'refugee-claimant');
  if (!claimed || c.hc.pendingClaim) return [];
  const finding = checkHcBars(c, today, defaultHcBarRules).findings.find((f) => f.check === 'claim-ineligible-one-year');
  return finding?.result === 'flag' ? [finding.field] : [];
}

/**
 * The facts in a case that suggest counsel consider an r.45 application, each with where it is
 * recorded. None when the proceeding is already private (IRPA s.166(c.1), or ordered) or an r.45
 * application is recorded; `matter.privacy` saying "requested" without one is itself a prompt.
 */
export function privacyPrompts(c: Case, today: string): PrivacyPrompt[] {
  const privacy = c.matter.privacy;
  const apps = c.detention.applications ?? [];
  if (privacy === 'private-166c1' || privacy === 'private-ordered' || hasPrivacyApplication(apps)) return [];
  if (privacy === 'private-requested')
    return [{ code: 'privacy.requestedNotRecorded', path: 'matter.privacy', evidence: ['matter.privacy'] }];
  const found: [PrivacyPromptCode, string[]][] = [
    ['privacy.work', workEvidence(c)],
    ['privacy.trafficking', traffickingEvidence(c)],
    ['privacy.ineligibleClaim', ineligibleClaimEvidence(c, today)],
  ];
  return found.flatMap(([code, evidence]) => (evidence[0] === undefined ? [] : [{ code, path: evidence[0], evidence }]));
}

/**
 * What `matter.privacy` should say once the case's r.45 applications are recorded: requested while
 * one is filed and undecided, ordered once one granted a private hearing. A proceeding private as
 * of right (s.166(c.1)) stays so; otherwise the field is left as counsel set it.
 */
export function privacyAfterApplications(privacy: Case['matter']['privacy'], apps: readonly IdApplication[]): Case['matter']['privacy'] {
  if (privacy === 'private-166c1') return privacy;
  const r45 = apps.filter((a) => a.kind === 'private-proceeding');
  const granted = r45.some((a) => (a.status === 'granted' || a.status === 'granted-in-part') && a.relief.includes('private-hearing'));
  if (granted) return 'private-ordered';
  if (r45.some((a) => a.status === 'filed')) return 'private-requested';
  return privacy;
}
