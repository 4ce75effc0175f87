import type { Case, TimelineCategory, TimelineSource } from '../model/case.ts';
import type { PartialDate } from '../model/partial-date.ts';
import { certainlyAfterDay, certainlyBefore, eventBounds, type EventBounds } from './bounds.ts';
import { timelineEntries, type TimelineEntry } from './entries.ts';
import { highestPage } from './pins.ts';

export type FindingCode =
  | 'NO_SOURCE'
  | 'SOURCE_REMOVED'
  | 'PIN_BEYOND_PAGES'
  | 'RELEASE_BEFORE_DETENTION'
  | 'ARREST_BEFORE_ENTRY'
  | 'BEFORE_BIRTH'
  | 'FUTURE_PAST_EVENT'
  | 'UNDATED'
  | 'LUNAR_NO_RANGE'
  | 'DISPUTED_NO_ACCOUNT'
  | 'ANCHOR_MISSING';

/**
 * One thing to fix (error) or look at (warning) before the chronology is filed. `path` is the
 * field to fix (`timeline.2.sources.0.pages`, or the recorded fact for a derived event);
 * `message` is plain English without client data; `params` fill the UI's translated wording.
 */
export interface TimelineFinding {
  readonly code: FindingCode;
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly eventKey: string;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Events of these kinds cannot lie in the future; a hearing, an application or a decision can be scheduled. */
const pastOnly: ReadonlySet<TimelineCategory> = new Set(['entry', 'arrest', 'abuse', 'work', 'medical', 'family', 'detention']);

/** True when an event of a kind that has already happened (an entry, an arrest…) is dated after `today`. */
export function isFutureForPast(category: TimelineCategory, when: PartialDate, today: string): boolean {
  const bounds = eventBounds(when);
  return bounds !== null && pastOnly.has(category) && certainlyAfterDay(bounds, today);
}

const lunar = (when: PartialDate): boolean => when.calendar === 'korean-lunar' || when.calendar === 'chinese-lunar';

function finding(
  code: FindingCode,
  severity: TimelineFinding['severity'],
  entry: { key: string },
  path: string,
  message: string,
  params: Record<string, string | number> = {},
): TimelineFinding {
  return { code, severity, path, eventKey: entry.key, message, params };
}

function sourceFindings(c: Case, entry: { key: string }, sources: readonly TimelineSource[], path: string): TimelineFinding[] {
  const exhibits = new Map(c.exhibits.map((x) => [x.id, x]));
  const out: TimelineFinding[] = [];
  sources.forEach((source, j) => {
    const exhibit = exhibits.get(source.exhibitId);
    if (!exhibit) {
      out.push(
        finding(
          'SOURCE_REMOVED',
          'error',
          entry,
          `${path}.${j}.exhibitId`,
          'This source points to an exhibit that is no longer in the case.',
          {
            exhibitId: source.exhibitId,
          },
        ),
      );
      return;
    }
    const page = source.pages === undefined ? null : highestPage(source.pages);
    if (page !== null && exhibit.pages !== undefined && page > exhibit.pages)
      out.push(
        finding('PIN_BEYOND_PAGES', 'error', entry, `${path}.${j}.pages`, `Page ${page} is beyond the exhibit's ${exhibit.pages} pages.`, {
          page,
          pages: exhibit.pages,
        }),
      );
  });
  return out;
}

function dateFindings(entry: TimelineEntry, bounds: EventBounds | null, today: string): TimelineFinding[] {
  if (entry.source !== 'typed') return [];
  const when = entry.event.when;
  const path = `${entry.path}.when`;
  if (bounds === null && when.qualifier !== 'unknown')
    return [
      lunar(when)
        ? finding('LUNAR_NO_RANGE', 'warning', entry, path, 'Lunar dates are not converted: enter the Gregorian range the date falls in.')
        : finding('UNDATED', 'warning', entry, path, 'This event has no date or range yet, so it sorts last.'),
    ];
  if (isFutureForPast(entry.category, when, today))
    return [finding('FUTURE_PAST_EVENT', 'error', entry, path, 'This event is dated after today, but it has already happened.', { today })];
  return [];
}

/** Order contradictions across the whole timeline: a release before any detention, an arrest before any entry, anything before birth. */
function orderFindings(c: Case, entries: readonly TimelineEntry[], bounds: ReadonlyMap<string, EventBounds | null>): TimelineFinding[] {
  const out: TimelineFinding[] = [];
  const dated = entries.flatMap((entry) => {
    const b = bounds.get(entry.key);
    return b ? [{ entry, b }] : [];
  });
  const starts = dated.filter(({ entry }) => entry.milestone === 'detention-start' || entry.category === 'arrest');
  const arrivals = dated.filter(({ entry }) => entry.category === 'entry');
  const birth = c.client.dateOfBirth ? eventBounds(c.client.dateOfBirth) : null;
  for (const { entry, b } of dated) {
    if (entry.milestone === 'release' && starts.length > 0 && starts.every((s) => certainlyBefore(b, s.b)))
      out.push(
        finding('RELEASE_BEFORE_DETENTION', 'error', entry, `${entry.path}`, 'This release is dated before any detention it could end.'),
      );
    const arrest = entry.milestone === 'detention-start' || entry.category === 'arrest';
    if (arrest && arrivals.length > 0 && arrivals.every((a) => certainlyBefore(b, a.b)))
      out.push(
        finding(
          'ARREST_BEFORE_ENTRY',
          'warning',
          entry,
          entry.path,
          'This arrest or detention is dated before every entry to Canada: check the dates, or whether it happened abroad.',
        ),
      );
    const isBirth = entry.source === 'derived' ? entry.derived.kind === 'birth' : entry.alsoRecorded.some((d) => d.kind === 'birth');
    if (birth && !isBirth && certainlyBefore(b, birth))
      out.push(finding('BEFORE_BIRTH', 'error', entry, entry.path, 'This event is dated before the client was born.'));
  }
  return out;
}

/**
 * Checks before filing: events without a source, pin cites beyond an exhibit's page count,
 * sources pointing to removed exhibits, dates that contradict each other or lie in the future,
 * and dates not yet placed. Pure: `today` (YYYY-MM-DD) is passed in. Findings follow the
 * timeline's order.
 */
export function checkTimeline(c: Case, today: string): TimelineFinding[] {
  const entries = timelineEntries(c);
  const bounds = new Map(entries.map((entry) => [entry.key, eventBounds(entry.when)]));
  const perEntry = new Map<string, TimelineFinding[]>();
  const push = (items: readonly TimelineFinding[]) => {
    for (const item of items) perEntry.set(item.eventKey, [...(perEntry.get(item.eventKey) ?? []), item]);
  };
  for (const entry of entries) {
    push(dateFindings(entry, bounds.get(entry.key) ?? null, today));
    if (entry.source !== 'typed') continue;
    const { event, path } = entry;
    if (event.forFiling && event.sources.length === 0)
      push([
        finding('NO_SOURCE', 'warning', entry, `${path}.sources`, 'This event is filed without a source: link the exhibit that shows it.'),
      ]);
    push(sourceFindings(c, entry, event.sources, `${path}.sources`));
    event.accounts.forEach((account, k) => push(sourceFindings(c, entry, account.sources, `${path}.accounts.${k}.sources`)));
    if (event.disputed && event.accounts.length === 0)
      push([
        finding(
          'DISPUTED_NO_ACCOUNT',
          'warning',
          entry,
          `${path}.accounts`,
          'This event is marked disputed but no competing account is recorded.',
        ),
      ]);
    if (event.relative && entry.anchor === undefined)
      push([
        finding(
          'ANCHOR_MISSING',
          'warning',
          entry,
          `${path}.relative.anchor`,
          'This event is told as shortly before or after an event that is no longer on the timeline: it keeps its own date.',
        ),
      ]);
  }
  push(orderFindings(c, entries, bounds));
  return entries.flatMap((entry) => perEntry.get(entry.key) ?? []);
}

export const hasErrors = (findings: readonly TimelineFinding[]): boolean => findings.some((f) => f.severity === 'error');
