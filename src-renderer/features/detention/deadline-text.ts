import type { TFunction } from 'i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { DeadlineDto } from '../../../src-main/ipc/contract.ts';
import { legalDate, metBy, ruleKey } from './deadlines.ts';
import { formatDay, formatDayTime, formatZoned, localDate } from './zoned.ts';

type Detention = Case['detention'];
type Warning = DeadlineDto['warnings'][number];

/** The limit's name in the UI language; the engine's English title when the catalogue has none. */
export function limitTitle(t: TFunction, dto: Pick<DeadlineDto, 'ruleId' | 'title'>): string {
  const key = ruleKey(dto.ruleId);
  return t([`detention.rules.${key}`, `applications.rules.${key}`], { defaultValue: dto.title });
}

/** The legal limit: an instant, a date, or "as soon as possible" before a hearing. */
export function legalText(t: TFunction, dto: DeadlineDto, language: string): string {
  const due = dto.dueLaw;
  if (due.type === 'instant') return formatDayTime(due.local, language);
  if (due.type === 'date') return formatDay(due.date, language);
  return t('detention.asap', { hearing: formatDayTime(due.before.local, language) });
}

/** What the limit is about: the detention, a review, or a seized thing. */
export function subjectText(t: TFunction, dto: DeadlineDto, detention: Detention, language: string): string {
  const { type, id } = dto.subject;
  if (type === 'episode') {
    const episode = detention.episodes.find((e) => e.id === id);
    return t('detention.subjectEpisode', { start: formatZoned(episode?.start, language) || '—' });
  }
  if (type === 'hearing') {
    const hearing = detention.hearings.find((h) => h.id === id);
    if (!hearing) return t('detention.subjectGone');
    return t('detention.subjectHearing', {
      type: t(`detention.hearingTypes.${hearing.type}`),
      at: formatZoned(hearing.scheduled, language) || '—',
    });
  }
  if (type === 'removal') return t('detention.subjectRemoval');
  if (type === 'application') {
    const app = detention.applications?.find((a) => a.id === id);
    return app ? t(`applications.kinds.${app.kind}`) : t('detention.subjectGone');
  }
  const item = detention.seizedItems.find((s) => s.id === id);
  return t('detention.subjectSeized', { description: item?.description.trim() || t('detention.seizedUnnamed') });
}

/** Whether the limit was met, and by what. */
export function metText(t: TFunction, dto: DeadlineDto, detention: Detention, language: string): string | undefined {
  const met = metBy(dto);
  if (!met) return undefined;
  if (met.kind === 'filed') return t('detention.metByFiling', { date: formatDay(met.date, language) });
  const hearing = detention.hearings.find((h) => h.id === met.id);
  return hearing
    ? t('detention.metByHearing', { type: t(`detention.hearingTypes.${hearing.type}`), at: formatZoned(hearing.scheduled, language) })
    : t('detention.met');
}

/**
 * A warning in the UI language, by its code; the values come from the limit itself (its dates,
 * its override reason, the hearing it belongs to). The engine's English message is the fallback
 * for a code the catalogue does not know.
 */
/** The days the Division does not sit, each with its holidays' names in the UI language: "Victoria Day (Mon 2026-05-18)". */
export function closedText(sitting: NonNullable<DeadlineDto['sitting']>, language: string): string {
  return sitting.closed
    .map((c) => {
      const names = c.holidays.map((h) => (language.startsWith('fr') ? h.nameFr : h.name));
      return names.length > 0 ? `${names.join(' / ')} (${formatDay(c.date, language)})` : formatDay(c.date, language);
    })
    .join(', ');
}

export function warningText(t: TFunction, warning: Warning, dto: DeadlineDto, detention: Detention, language: string): string {
  const hearing = dto.subject.type === 'hearing' ? detention.hearings.find((h) => h.id === dto.subject.id) : undefined;
  const hearingDay = localDate(hearing?.scheduled);
  const values = {
    date: formatDay(legalDate(dto), language),
    office: formatDay(dto.dueOffice, language),
    unrolled: dto.dueUnrolled ? formatDay(dto.dueUnrolled, language) : '',
    earliest: dto.earliest ? formatDay(dto.earliest, language) : '',
    reason: dto.overrideReason ?? '',
    hearing: hearingDay ? formatDay(hearingDay, language) : '',
    closed: dto.sitting ? closedText(dto.sitting, language) : formatDay(legalDate(dto), language),
    next: dto.sitting ? formatDay(dto.sitting.next, language) : '',
  };
  return t(`detention.warnings.${warning.code}`, { ...values, defaultValue: warning.message });
}
