import type { TFunction } from 'i18next';
import type { Case, TimelineCategory } from '../../../src-main/core/model/case.ts';
import type { PartialDate } from '../../../src-main/core/model/partial-date.ts';
import { eventBounds } from '../../../src-main/core/timeline/bounds.ts';
import { anchorWords, type DateLabels } from '../../../src-main/core/timeline/anchor-words.ts';
import type { DerivedEvent, EditTab } from '../../../src-main/core/timeline/derived.ts';
import type { TimelineEntry } from '../../../src-main/core/timeline/entries.ts';

export const categoryLabel = (t: TFunction, category: TimelineCategory): string => t(`timeline.category.${category}`);

export const editTabLabel = (t: TFunction, tab: EditTab): string => t(`tabs.${tab}`);

/** The sentence a derived event shows, from its kind and details (codes translated here). */
export function derivedSummary(t: TFunction, event: DerivedEvent): string {
  const d = event.details;
  switch (event.kind) {
    case 'birth':
      return t('timeline.derived.birth');
    case 'entry':
      return d['port'] ? t('timeline.derived.entryAt', { port: d['port'] }) : t('timeline.derived.entry');
    case 'status-start': {
      const summary = t('timeline.derived.statusStart', { status: t(`status.${d['status'] ?? ''}`) });
      const employer = d['employer'] ?? '';
      const conditions = d['conditions'] ?? '';
      if (employer !== '' && conditions !== '') return t('applicationsMore.statusTermsBoth', { summary, employer, conditions });
      if (employer !== '') return t('applicationsMore.statusTermsEmployer', { summary, employer });
      return conditions === '' ? summary : t('applicationsMore.statusTermsConditions', { summary, conditions });
    }
    case 'status-end':
      return t('timeline.derived.statusEnd', { status: t(`status.${d['status'] ?? ''}`) });
    case 'detention-start':
      return d['facility'] ? t('timeline.derived.detainedAt', { facility: d['facility'] }) : t('timeline.derived.detained');
    case 'detention-end':
      return d['reason'] === 'removed' ? t('timeline.derived.removed') : t('timeline.derived.released');
    case 'review': {
      const type = t(`timeline.reviewType.${d['type'] ?? ''}`);
      if (d['reserved']) return t('records.timeline.reviewReserved', { type });
      return d['outcome']
        ? t('timeline.derived.reviewOutcome', { type, outcome: t(`timeline.outcome.${d['outcome']}`) })
        : t('timeline.derived.review', { type });
    }
    case 'decision-received': {
      const type = t(`timeline.reviewType.${d['type'] ?? ''}`);
      return d['outcome']
        ? t('records.timeline.decisionReceivedOutcome', { type, outcome: t(`timeline.outcome.${d['outcome']}`) })
        : t('records.timeline.decisionReceived', { type });
    }
    case 'proceeding-filed':
    case 'proceeding-decided': {
      const proceeding = d['proceeding'] === 'other' ? (d['label'] ?? '') : t(`records.proceedingKind.${d['proceeding'] ?? ''}`);
      if (event.kind === 'proceeding-filed') return t('records.timeline.proceedingFiled', { proceeding });
      if (d['proceeding'] === 'refugee-claim-ineligible') return t('records.timeline.claimIneligible');
      return t('records.timeline.proceedingDecided', { proceeding, status: t(`records.proceedingStatus.${d['status'] ?? ''}`) });
    }
    case 'hc-decision':
      return t('timeline.derived.hcDecision');
    case 'hc-bar-ends':
      return t('timeline.derived.hcBarEnds');
  }
}

export function entrySummary(t: TFunction, entry: TimelineEntry): string {
  return entry.source === 'typed' ? entry.event.summary : derivedSummary(t, entry.derived);
}

/**
 * The labels the printed chronology's date words read (`anchorWords`), in the UI language: the
 * day and month patterns from the UI strings, the month names from the locale.
 */
function dateLabels(t: TFunction): DateLabels {
  const locale = t('apps.locale');
  const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const months = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`month.${String(i + 1)}`, name.format(Date.UTC(2020, i, 1))]));
  return { ...months, 'date.day': t('apps.dateDay'), 'date.dayOne': t('apps.dateDayOne'), 'date.month': t('apps.dateMonth') };
}

/** A span of days in words, as the printed chronology writes it: "1 March 2019", "March 2019", "2019", else its two days. */
function spanWords(earliest: string, latest: string, labels: DateLabels): string {
  const words = anchorWords({ earliest, latest }, labels);
  if (words !== `${earliest} – ${latest}`) return words;
  return `${anchorWords({ earliest, latest: earliest }, labels)} – ${anchorWords({ earliest: latest, latest }, labels)}`;
}

/**
 * The Gregorian days a date stands for, after its qualifier, in the UI language's words through
 * the printed chronology's formatter: "12 August 1988", "March 2019", "before 1 January 2020",
 * "after March 2019".
 */
export function gregorianText(t: TFunction, when: PartialDate): string {
  if (when.qualifier === 'unknown') return t('timeline.date.unknown');
  const bounds = eventBounds(when);
  if (!bounds) return t('timeline.date.noRange');
  const labels = dateLabels(t);
  if (bounds.from === null) return t('timeline.date.before', { date: spanWords(bounds.stated.earliest, bounds.stated.earliest, labels) });
  // "After X" names X itself: the day, or X's range; a range typed by hand under "after" starts at X.
  const x = bounds.placed ? { earliest: bounds.stated.earliest, latest: bounds.stated.earliest } : bounds.stated;
  if (bounds.to === null || bounds.placed) return t('timeline.date.after', { date: spanWords(x.earliest, x.latest, labels) });
  const range = spanWords(bounds.from, bounds.to, labels);
  return when.qualifier === 'circa' ? t('timeline.date.about', { range }) : range;
}

/** The words as the source gave them, or the structured date when there are none. */
export function writtenText(t: TFunction, when: PartialDate): string {
  const words = when.original.trim();
  if (words !== '') return words;
  const parts = [when.year, when.month, when.day].filter((n) => n !== undefined).join('-');
  return parts === '' ? gregorianText(t, when) : `${t(`calendar.${when.calendar}`)} ${parts}`;
}

export function exhibitTitles(c: Case): ReadonlyMap<string, string> {
  return new Map(c.exhibits.map((x) => [x.id, x.title]));
}
