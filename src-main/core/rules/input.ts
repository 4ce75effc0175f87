import { DossierError, type FieldIssue } from '../errors.ts';
import { fieldIssue } from '../issues/text.ts';
import { isRealIsoDate } from '../model/dates.ts';
import type { HearingType } from '../model/detention.ts';
import { provinceOfPlaces, type IrbRegion, type PlaceFacts } from './region-choice.ts';
import type { Province, Region } from './regions.ts';
import { isValidTimeZone, localDateOf, parseUtc } from './zoned.ts';

interface ZonedInput {
  readonly utc: string;
  readonly tz: string;
}

/** The parts of a case the engine reads; a full `Case` satisfies it. */
export interface DeadlineCaseInput {
  readonly detention: {
    readonly episodes: readonly {
      readonly id: string;
      readonly start: ZonedInput;
      readonly designatedForeignNational?: boolean | undefined;
      readonly end?: ZonedInput | undefined;
      /** Where the person is held: its province, or a name or city that names one, decides the holidays. */
      readonly facility?:
        { readonly name?: string | undefined; readonly province?: Province | undefined; readonly city?: string | undefined } | undefined;
      /** The IRB region hearing the reviews. */
      readonly region?: IrbRegion | undefined;
    }[];
    readonly hearings: readonly {
      readonly id: string;
      readonly type: HearingType;
      readonly scheduled: ZonedInput;
      readonly outcome?: 'DETAINED' | 'RELEASED' | 'ADJOURNED' | 'RELEASE-PENDING-CONDITIONS' | undefined;
      /** The member reserved the decision at this sitting: the review was held; the decision came (or comes) later. */
      readonly reserved?: { readonly reservedOn?: string | undefined; readonly receivedOn?: string | undefined } | undefined;
      readonly interpreterRequested?: string | undefined;
      /** When written reasons were asked for (ID Rule 11(4)): it meets that limit. */
      readonly writtenReasonsRequestedAt?: string | undefined;
    }[];
    readonly seizedItems: readonly {
      readonly id: string;
      readonly noticeDate: string;
      readonly returnApplicationFiled?: string | undefined;
    }[];
  };
  /** The matter's IRB region and hearing place (core/model case.ts `matter`). */
  readonly matter?: { readonly region?: IrbRegion | undefined; readonly hearingPlace?: string | undefined } | undefined;
  /** An H&C case's scheduled removal, and the first-stage approval that stays it (IRPR s.233). */
  readonly hc?:
    | {
        readonly removalScheduledFor?: string | undefined;
        readonly firstStageApprovedOn?: string | undefined;
      }
    | undefined;
}

export interface EpisodeFacts {
  readonly id: string;
  readonly startMs: number;
  readonly tz: string;
  readonly designated: boolean;
  readonly endMs?: number;
}

export interface HearingFacts {
  readonly id: string;
  readonly index: number;
  readonly type: HearingType;
  readonly ms: number;
  readonly tz: string;
  readonly localDate: string;
  readonly outcome?: NonNullable<DeadlineCaseInput['detention']['hearings'][number]['outcome']>;
  /** The decision was reserved; `receivedOn` is the day it reached counsel, absent while awaited. */
  readonly reserved?: { readonly receivedOn?: string };
  readonly interpreter: boolean;
  readonly reasonsRequested?: string;
}

export interface CaseFacts {
  readonly episodes: readonly EpisodeFacts[];
  readonly hearings: readonly HearingFacts[];
  readonly seized: readonly { readonly id: string; readonly noticeDate: string; readonly filed?: string }[];
  readonly removal?: { readonly date: string; readonly stayedOn?: string };
}

export const reviewTypes: readonly HearingType[] = ['48H', '7D', '30D', 'EARLY', 'CONTINUATION'];

function zoned(value: ZonedInput | undefined, path: string, issues: FieldIssue[]): { ms: number; tz: string } | undefined {
  if (value === undefined) return undefined;
  const ms = parseUtc(value.utc);
  if (ms === null) issues.push(fieldIssue(`${path}.utc`, 'utcInstant'));
  if (!isValidTimeZone(value.tz)) issues.push(fieldIssue(`${path}.tz`, 'placeTimeZone'));
  return ms === null || !isValidTimeZone(value.tz) ? undefined : { ms, tz: value.tz };
}

/** Checks and converts the case; every problem is reported at once with its field path. */
export function readCaseFacts(input: DeadlineCaseInput): CaseFacts {
  const issues: FieldIssue[] = [];
  const episodes: EpisodeFacts[] = [];
  input.detention.episodes.forEach((e, i) => {
    const start = zoned(e.start, `detention.episodes.${String(i)}.start`, issues);
    const end = zoned(e.end, `detention.episodes.${String(i)}.end`, issues);
    if (!start) return;
    if (end && end.ms < start.ms) issues.push(fieldIssue(`detention.episodes.${String(i)}.end`, 'detentionEndsBeforeStart'));
    episodes.push({
      id: e.id,
      startMs: start.ms,
      tz: start.tz,
      designated: e.designatedForeignNational ?? false,
      ...(end ? { endMs: end.ms } : {}),
    });
  });
  const hearings: HearingFacts[] = [];
  input.detention.hearings.forEach((h, i) => {
    const at = zoned(h.scheduled, `detention.hearings.${String(i)}.scheduled`, issues);
    if (!at) return;
    hearings.push({
      id: h.id,
      index: i,
      type: h.type,
      ms: at.ms,
      tz: at.tz,
      localDate: localDateOf(at.ms, at.tz),
      ...(h.outcome ? { outcome: h.outcome } : {}),
      ...(h.reserved ? { reserved: h.reserved.receivedOn === undefined ? {} : { receivedOn: h.reserved.receivedOn } } : {}),
      interpreter: h.interpreterRequested !== undefined,
      ...(h.writtenReasonsRequestedAt === undefined ? {} : { reasonsRequested: h.writtenReasonsRequestedAt }),
    });
  });
  input.detention.hearings.forEach((h, i) => {
    const received = h.reserved?.receivedOn;
    if (received !== undefined && !isRealIsoDate(received))
      issues.push(fieldIssue(`detention.hearings.${String(i)}.reserved.receivedOn`, 'realDate'));
  });
  input.detention.seizedItems.forEach((s, i) => {
    if (!isRealIsoDate(s.noticeDate)) issues.push(fieldIssue(`detention.seizedItems.${String(i)}.noticeDate`, 'realDate'));
  });
  const removal = input.hc?.removalScheduledFor;
  const stayedOn = input.hc?.firstStageApprovedOn;
  if (removal !== undefined && !isRealIsoDate(removal)) issues.push(fieldIssue('hc.removalScheduledFor', 'realDate'));
  if (stayedOn !== undefined && !isRealIsoDate(stayedOn)) issues.push(fieldIssue('hc.firstStageApprovedOn', 'realDate'));
  episodes.sort((a, b) => a.startMs - b.startMs);
  hearings.sort((a, b) => a.ms - b.ms);
  const first = episodes[0];
  for (const h of hearings) {
    if (!reviewTypes.includes(h.type)) continue;
    if (!first) issues.push(fieldIssue(`detention.hearings.${String(h.index)}.scheduled`, 'reviewNeedsDetention'));
    else if (h.ms < first.startMs) issues.push(fieldIssue(`detention.hearings.${String(h.index)}.scheduled`, 'reviewBeforeDetention'));
  }
  if (issues.length > 0)
    throw new DossierError('VALIDATION', `Deadlines cannot be computed: ${issues.map((i) => i.path).join(', ')}`, issues);
  return {
    episodes,
    hearings,
    seized: input.detention.seizedItems.map((s) => ({
      id: s.id,
      noticeDate: s.noticeDate,
      ...(s.returnApplicationFiled === undefined ? {} : { filed: s.returnApplicationFiled }),
    })),
    ...(removal === undefined ? {} : { removal: { date: removal, ...(stayedOn === undefined ? {} : { stayedOn }) } }),
  };
}

/** Review hearings of each episode: those from its start until the next episode starts. */
export function reviewsOf(facts: CaseFacts, episode: EpisodeFacts): HearingFacts[] {
  const next = facts.episodes.find((e) => e.startMs > episode.startMs);
  return facts.hearings.filter(
    (h) => reviewTypes.includes(h.type) && h.ms >= episode.startMs && (next === undefined || h.ms < next.startMs),
  );
}

const rank: Partial<Record<HearingType, number>> = { '48H': 0, '7D': 1, '30D': 2 };

/** A 48-hour review after another review, a 7-day review after a 30-day one, or two of either, is refused. */
export function checkReviewOrder(reviews: readonly HearingFacts[]): void {
  const issues: FieldIssue[] = [];
  let highest = -1;
  const seen = new Set<HearingType>();
  reviews.forEach((h, position) => {
    const r = rank[h.type];
    if (h.type === '48H' && position > 0) issues.push(fieldIssue(`detention.hearings.${String(h.index)}.type`, 'firstReview'));
    else if (r !== undefined && (r < highest || (r < 2 && seen.has(h.type))))
      issues.push(fieldIssue(`detention.hearings.${String(h.index)}.type`, 'reviewsOutOfOrder'));
    if (r !== undefined) highest = Math.max(highest, r);
    seen.add(h.type);
  });
  if (issues.length > 0)
    throw new DossierError('VALIDATION', `Deadlines cannot be computed: ${issues.map((i) => i.path).join(', ')}`, issues);
}

/**
 * What the case says about where the detention is, for the holiday calendar: the first episode's
 * facility (its province, else a province its name or city names), else the hearing place; the
 * matter's IRB region, else the episode's.
 */
export function placeFactsOf(input: DeadlineCaseInput, tz: string | undefined, chosen: Region | undefined): PlaceFacts {
  const episode = input.detention.episodes[0];
  const facility = episode?.facility;
  return {
    chosen,
    facilityProvince: facility?.province,
    placeProvince: provinceOfPlaces([facility?.name, facility?.city, input.matter?.hearingPlace]),
    tz,
    irbRegion: input.matter?.region ?? episode?.region,
  };
}
