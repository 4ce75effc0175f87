import type { Case, TimelineCategory, TimelineEvent } from '../model/case.ts';
import type { ZonedDateTime } from '../model/dates.ts';
import type { PartialDate } from '../model/partial-date.ts';
import type { RelativeSide } from '../model/timeline.ts';
import { derivedEvents, exactDay, type DerivedEvent, type Milestone } from './derived.ts';
import { sortTimeline } from './sort.ts';

interface EntryBase {
  readonly key: string;
  readonly when: PartialDate;
  readonly at?: ZonedDateTime | undefined;
  readonly category: TimelineCategory;
  readonly milestone?: Milestone | undefined;
  /** Shortly after or before another entry, whose date and time this one then takes (see `sortTimeline`). */
  readonly relative?: RelativeSide | undefined;
  /** Where a check finding about this entry points: `timeline.3` or the recorded fact's path. */
  readonly path: string;
}

/** An event typed on the timeline; `alsoRecorded` lists the recorded facts it stands for. */
export interface TypedEntry extends EntryBase {
  readonly source: 'typed';
  readonly index: number;
  readonly event: TimelineEvent;
  readonly alsoRecorded: readonly DerivedEvent[];
  /** The entry a relative event is told against; undefined when it has none or its anchor is gone. */
  readonly anchor?: TimelineEntry | undefined;
}

export interface DerivedEntry extends EntryBase {
  readonly source: 'derived';
  readonly derived: DerivedEvent;
}

export type TimelineEntry = TypedEntry | DerivedEntry;

/**
 * The whole timeline in order: typed events and the events recorded elsewhere. A recorded
 * event that a typed one already tells (same category, same exact day) is not shown twice:
 * the typed event keeps its words and sources and names the recorded fact.
 */
export function timelineEntries(c: Case): TimelineEntry[] {
  const derived = derivedEvents(c);
  const claimed = new Set<string>();
  const typed: TypedEntry[] = c.timeline.map((event, index) => {
    const day = exactDay(event.when);
    const alsoRecorded =
      day === null || event.relative
        ? []
        : derived.filter((d) => !claimed.has(d.key) && d.category === event.category && exactDay(d.when) === day);
    for (const d of alsoRecorded) claimed.add(d.key);
    return {
      source: 'typed',
      key: event.id,
      index,
      event,
      when: event.when,
      at: event.at,
      category: event.category,
      milestone: event.milestone ?? alsoRecorded.find((d) => d.milestone !== undefined)?.milestone,
      path: `timeline.${index}`,
      alsoRecorded,
    };
  });
  const rest: DerivedEntry[] = derived
    .filter((d) => !claimed.has(d.key))
    .map((d) => ({
      source: 'derived',
      key: d.key,
      derived: d,
      when: d.when,
      at: d.at,
      category: d.category,
      milestone: d.milestone,
      path: d.derivedFrom,
    }));
  return sortTimeline<TimelineEntry>(anchored([...typed, ...rest]));
}

/**
 * A relative event takes its anchor's date and time (keeping its own words), so a changed anchor moves it too. An anchor
 * that is gone (or itself relative) leaves the event on its own stored date; the checks say so.
 */
function anchored(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  return entries.map((entry) => {
    if (entry.source !== 'typed' || !entry.event.relative) return entry;
    const anchor = byKey.get(entry.event.relative.anchor);
    const usable = anchor !== undefined && anchor !== entry && !(anchor.source === 'typed' && anchor.event.relative);
    if (!usable) return entry;
    const when = { ...anchor.when, original: entry.event.when.original };
    return { ...entry, when, at: anchor.at, relative: entry.event.relative.side, anchor };
  });
}
