import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import { localDateOf, parseUtc } from '../../../src-main/core/rules/zoned.ts';
import { legalText, limitTitle, subjectText } from '../detention/deadline-text.ts';
import { caseZone, daysBetween, isUrgent, pickNext } from '../detention/deadlines.ts';
import { useDeadlines } from '../detention/use-deadlines.ts';
import { formatDay } from '../detention/zoned.ts';

/**
 * The first time limit of a case, at the top of the workspace — a detention case's review clock,
 * or the removal CBSA scheduled for an H&C applicant: what it is, the office target and the legal
 * limit, and how many days are left. Past due, or two days or fewer away, it is shown as urgent.
 */
export function NextDeadlineBanner({ draft, revision }: { readonly draft: Case; readonly revision: number }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  // Detention cases have a review clock, H&C cases a scheduled removal; revision 0 asks for nothing.
  const clocked = draft.kind === 'detention-review' || draft.hc.removalScheduledFor !== undefined;
  const { list, asOf } = useDeadlines(draft.id, clocked ? revision : 0);
  if (!clocked || list === null) return null;
  const tz = caseZone(draft);
  const next = pickNext(list, asOf, tz);
  const asOfMs = parseUtc(asOf);
  if (!next || asOfMs === null) return null;
  const { deadline, pastDue } = next;
  const daysLeft = daysBetween(localDateOf(asOfMs, tz), deadline.dueOffice);
  const urgent = isUrgent(pastDue, daysLeft);
  const language = i18n.language;
  let left: string;
  if (pastDue) left = t('detention.banner.pastDue');
  else if (daysLeft < 0) left = t('detention.banner.targetPassed');
  else if (daysLeft === 0) left = t('detention.banner.today');
  else left = t('detention.banner.daysLeft', { count: daysLeft });
  return (
    <section className={`next-deadline${urgent ? ' next-deadline-urgent' : ''}`} aria-labelledby={titleId} data-testid="next-deadline">
      <h2 id={titleId} className="next-deadline-label">
        {urgent ? <span aria-hidden="true">⚠ </span> : null}
        {t('detention.banner.title')}
      </h2>
      <p className="next-deadline-what">
        <strong>{limitTitle(t, deadline)}</strong>{' '}
        <span className="next-deadline-subject">{subjectText(t, deadline, draft.detention, language)}</span>
      </p>
      <p className="next-deadline-when">
        <span data-testid="next-deadline-office">{t('detention.banner.office', { date: formatDay(deadline.dueOffice, language) })}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="next-deadline-law">{t('detention.banner.law', { due: legalText(t, deadline, language) })}</span>
        <span aria-hidden="true"> · </span>
        <strong data-testid="next-deadline-left">{left}</strong>
      </p>
    </section>
  );
}
