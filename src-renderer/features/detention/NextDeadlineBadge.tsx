import { useTranslation } from 'react-i18next';
import type { CaseSummaryDto } from '../../../src-main/ipc/contract.ts';
import { localToday } from '../../../src-main/core/model/dates.ts';
import { daysBetween, isUrgent } from './deadlines.ts';
import { formatDay } from './zoned.ts';

type Next = NonNullable<CaseSummaryDto['nextDeadline']>;

/** "Thu 2026-03-12 14:30" from the summary's `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
export function dueLabelText(label: string, language: string): string {
  const [date = label, time] = label.split(' ');
  return time === undefined ? formatDay(date, language) : `${formatDay(date, language)} ${time}`;
}

/** A case's next time limit in the case list; urgent when past due or two days or fewer from the office target. */
export function NextDeadlineBadge({ next }: { readonly next: Next }) {
  const { t, i18n } = useTranslation();
  const urgent = isUrgent(next.pastDue, daysBetween(localToday(new Date()), next.dueOffice));
  const values = {
    title: t(`detention.kindTitles.${next.kind}`, { defaultValue: next.title }),
    due: dueLabelText(next.dueLabel, i18n.language),
  };
  return (
    <span className={`badge deadline-badge${urgent ? ' deadline-badge-urgent' : ''}`} data-testid="case-next-deadline">
      {urgent ? <span aria-hidden="true">⚠ </span> : null}
      {next.pastDue ? t('detention.caseBadgePastDue', values) : t('detention.caseBadge', values)}
    </span>
  );
}
