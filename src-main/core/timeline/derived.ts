import type { Case, StatusPeriod, TimelineCategory, TimelineEvent } from '../model/case.ts';
import type { ZonedDateTime } from '../model/dates.ts';
import type { PartialDate } from '../model/partial-date.ts';
import { parseIsoDate } from '../model/dates.ts';
import { addMonths } from '../rules/civil.ts';
import { localDateOf, parseUtc } from '../rules/zoned.ts';
import { statedRange } from './bounds.ts';
import type { Datable } from './sort.ts';

export type DerivedKind =
  | 'birth'
  | 'entry'
  | 'status-start'
  | 'status-end'
  | 'detention-start'
  | 'detention-end'
  | 'review'
  | 'decision-received'
  | 'hc-decision'
  | 'hc-bar-ends'
  | 'proceeding-filed'
  | 'proceeding-decided';

export type Milestone = NonNullable<TimelineEvent['milestone']>;

/** The workspace tab where a derived event's facts are recorded and edited. */
export type EditTab = 'client' | 'detention' | 'hc' | 'matter';

/**
 * An event the timeline shows from facts recorded elsewhere in the case (read-only here,
 * edited at its source), so nothing is typed twice. `key` is stable: "derived:" + the source path.
 */
export interface DerivedEvent extends Datable {
  readonly kind: DerivedKind;
  readonly category: TimelineCategory;
  readonly milestone?: Milestone | undefined;
  /** The dotted path of the recorded fact, e.g. `detention.episodes.0.start`. */
  readonly derivedFrom: string;
  readonly editAt: EditTab;
  /** Words for the summary: facility, review type, status kind (with a permit's employer and conditions), port, outcome. Codes, or text as typed. */
  readonly details: Readonly<Record<string, string>>;
}

/** A zoned instant as a one-day partial date in the zone it happened in. */
export function dayOf(at: ZonedDateTime): PartialDate | null {
  const ms = parseUtc(at.utc);
  if (ms === null) return null;
  let iso: string;
  try {
    iso = localDateOf(ms, at.tz);
  } catch {
    return null;
  }
  return isoDay(iso);
}

function isoDay(iso: string): PartialDate | null {
  const parts = parseIsoDate(iso);
  if (!parts) return null;
  return { calendar: 'gregorian', original: iso, ...parts, qualifier: 'exact', confidence: 'high', earliest: iso, latest: iso };
}

/** The one Gregorian day an exact date names, or null for anything wider or qualified. */
export function exactDay(when: PartialDate): string | null {
  if (when.qualifier !== 'exact') return null;
  const range = statedRange(when);
  return range && range.earliest === range.latest ? range.earliest : null;
}

/** The employer a permit names and its conditions, as typed; only those recorded (status-start details). */
function statusTerms(period: StatusPeriod): Record<string, string> {
  const employer = period.employer?.trim() ?? '';
  const conditions = period.conditions?.trim() ?? '';
  return { ...(employer === '' ? {} : { employer }), ...(conditions === '' ? {} : { conditions }) };
}

/** Every event recorded elsewhere in the case, in source order (sort with sortTimeline). */
export function derivedEvents(c: Case): DerivedEvent[] {
  const out: DerivedEvent[] = [];
  const add = (event: Omit<DerivedEvent, 'key'>, key = `derived:${event.derivedFrom}`) => out.push({ ...event, key });
  const fromInstant = (at: ZonedDateTime, event: Omit<DerivedEvent, 'key' | 'when' | 'at'>) => {
    const when = dayOf(at);
    if (when) add({ ...event, when, at });
  };

  const client = c.client;
  if (client.dateOfBirth)
    add({ kind: 'birth', category: 'family', when: client.dateOfBirth, derivedFrom: 'client.dateOfBirth', editAt: 'client', details: {} });
  client.entries.forEach((entry, i) =>
    add({
      kind: 'entry',
      category: 'entry',
      when: entry.date,
      derivedFrom: `client.entries.${i}.date`,
      editAt: 'client',
      details: { port: entry.port ?? '', admittedAs: entry.admittedAs ?? '' },
    }),
  );
  // A period that ends the day another begins is shown once, as the start of the next.
  const startDays = new Set(client.statusHistory.flatMap((p) => (p.from ? [exactDay(p.from)] : [])));
  client.statusHistory.forEach((period, i) => {
    if (period.from)
      add({
        kind: 'status-start',
        category: 'status',
        when: period.from,
        derivedFrom: `client.statusHistory.${i}.from`,
        editAt: 'client',
        details: { status: period.kind, ...statusTerms(period) },
      });
    const endDay = period.to ? exactDay(period.to) : null;
    if (period.to && !(endDay !== null && startDays.has(endDay)))
      add({
        kind: 'status-end',
        category: 'status',
        when: period.to,
        derivedFrom: `client.statusHistory.${i}.to`,
        editAt: 'client',
        details: { status: period.kind },
      });
  });

  c.detention.episodes.forEach((episode, i) => {
    const facility = episode.facility?.name ?? '';
    fromInstant(episode.start, {
      kind: 'detention-start',
      category: 'detention',
      milestone: 'detention-start',
      derivedFrom: `detention.episodes.${i}.start`,
      editAt: 'detention',
      details: { facility, authority: episode.authority ?? '' },
    });
    if (episode.end)
      fromInstant(episode.end, {
        kind: 'detention-end',
        category: 'detention',
        milestone: episode.endReason === 'removed' ? 'removal' : 'release',
        derivedFrom: `detention.episodes.${i}.end`,
        editAt: 'detention',
        details: { facility, reason: episode.endReason ?? '' },
      });
  });
  c.detention.hearings.forEach((hearing, i) => {
    // A reserved decision: the sitting says "decision reserved", the day it arrived says what it decided.
    const reserved = hearing.reserved !== undefined;
    fromInstant(hearing.startedAt ?? hearing.scheduled, {
      kind: 'review',
      category: 'hearing',
      derivedFrom: `detention.hearings.${i}.${hearing.startedAt ? 'startedAt' : 'scheduled'}`,
      editAt: 'detention',
      details: { type: hearing.type, outcome: reserved ? '' : (hearing.outcome ?? ''), reserved: reserved ? 'yes' : '' },
    });
    const received = hearing.reserved?.receivedOn === undefined ? null : isoDay(hearing.reserved.receivedOn);
    if (received)
      add({
        kind: 'decision-received',
        category: 'decision',
        when: received,
        derivedFrom: `detention.hearings.${i}.reserved.receivedOn`,
        editAt: 'detention',
        details: { type: hearing.type, outcome: hearing.outcome ?? '' },
      });
  });

  (c.proceedings ?? []).forEach((proceeding, i) => {
    const details = {
      proceeding: proceeding.kind,
      label: proceeding.label ?? '',
      status: proceeding.status,
      fileNumber: proceeding.fileNumber ?? '',
    };
    const filed = proceeding.filedOn === undefined ? null : isoDay(proceeding.filedOn);
    if (filed)
      add({
        kind: 'proceeding-filed',
        category: 'application',
        when: filed,
        derivedFrom: `proceedings.${i}.filedOn`,
        editAt: 'matter',
        details,
      });
    const decided = proceeding.decidedOn === undefined ? null : isoDay(proceeding.decidedOn);
    if (decided)
      add({
        kind: 'proceeding-decided',
        category: 'decision',
        when: decided,
        derivedFrom: `proceedings.${i}.decidedOn`,
        editAt: 'matter',
        details,
      });
  });

  const decided = c.hc.lastNegativeDecision;
  const decision = decided === undefined ? null : isoDay(decided);
  if (decided !== undefined && decision) {
    add({ kind: 'hc-decision', category: 'decision', when: decision, derivedFrom: 'hc.lastNegativeDecision', editAt: 'hc', details: {} });
    // IRPA 25(1.2)(c): no H&C request within 12 months of the last negative refugee decision (months counted as in IA s.28).
    const barEnds = isoDay(addMonths(decided, 12));
    if (barEnds)
      add(
        { kind: 'hc-bar-ends', category: 'status', when: barEnds, derivedFrom: 'hc.lastNegativeDecision', editAt: 'hc', details: {} },
        'derived:hc.lastNegativeDecision+12m',
      );
  }
  return out;
}
