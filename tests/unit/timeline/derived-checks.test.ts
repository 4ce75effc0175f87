import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineEventSchema, type Case } from '../../../src-main/core/model/case.ts';
import { parseCaseFile } from '../../../src-main/core/model/interchange.ts';
import { checkTimeline, hasErrors, isFutureForPast } from '../../../src-main/core/timeline/checks.ts';
import { derivedEvents } from '../../../src-main/core/timeline/derived.ts';
import { timelineEntries } from '../../../src-main/core/timeline/entries.ts';
import { packetPinCite, pinRanges } from '../../../src-main/core/timeline/pins.ts';

const fixture = (name: string): Case =>
  parseCaseFile(JSON.parse(readFileSync(new URL(`../../fixtures/cases/${name}.json`, import.meta.url), 'utf8'))).case;

const lai = fixture('case1-lai');
const srisuk = fixture('case2-srisuk');

const event = (input: Record<string, unknown>) =>
  timelineEventSchema.parse({
    category: 'other',
    summary: 'An invented event.',
    sources: [{ exhibitId: 'x-seizure-notice', pages: '1' }],
    ...input,
  });

const withTimeline = (c: Case, timeline: Case['timeline'], patch: Partial<Case> = {}): Case => ({ ...c, ...patch, timeline });

const codes = (c: Case, today = '2026-11-23') => checkTimeline(c, today).map((f) => `${f.code} ${f.path}`);

describe('derived events', () => {
  it('shows what the case records elsewhere, each pointing to where it is edited', () => {
    const derived = derivedEvents(lai);
    const byKey = new Map(derived.map((d) => [d.key, d]));
    expect(byKey.get('derived:detention.episodes.0.start')).toMatchObject({
      kind: 'detention-start',
      category: 'detention',
      milestone: 'detention-start',
      editAt: 'detention',
      when: { year: 2026, month: 3, day: 10 },
      at: { utc: '2026-03-10T18:30:00Z' },
      details: { facility: 'Toronto Immigration Holding Centre' },
    });
    // Released 16:00 Toronto time is 20:00 UTC, still 2026-03-19 in Toronto.
    expect(byKey.get('derived:detention.episodes.0.end')).toMatchObject({ milestone: 'release', when: { day: 19 } });
    expect(byKey.get('derived:detention.hearings.1.startedAt')).toMatchObject({
      category: 'hearing',
      details: { type: '7D', outcome: 'RELEASED' },
    });
    expect(byKey.get('derived:client.entries.0.date')).toMatchObject({ category: 'entry', editAt: 'client' });
    expect(byKey.get('derived:client.dateOfBirth')).toMatchObject({ kind: 'birth', when: { original: '1991-11-02' } });
  });

  it('a detention start near midnight UTC falls on the local day of the facility', () => {
    const late: Case = {
      ...lai,
      detention: {
        ...lai.detention,
        episodes: [
          {
            ...(lai.detention.episodes[0] as Case['detention']['episodes'][number]),
            start: { utc: '2026-03-11T03:30:00Z', tz: 'America/Toronto' },
          },
        ],
      },
    };
    expect(derivedEvents(late).find((d) => d.kind === 'detention-start')?.when).toMatchObject({ year: 2026, month: 3, day: 10 });
  });

  it('the H&C bar: the last negative decision and the day twelve months later', () => {
    const derived = derivedEvents(srisuk);
    expect(derived.find((d) => d.kind === 'hc-decision')?.when.original).toBe('2026-01-20');
    expect(derived.find((d) => d.kind === 'hc-bar-ends')?.when.original).toBe('2027-01-20');
    // A status that ends the day the next begins is shown once.
    expect(derived.filter((d) => d.kind === 'status-end')).toEqual([]);
  });

  it('a typed event telling the same recorded fact is shown once, naming what it stands for', () => {
    const entries = timelineEntries(lai);
    const release = entries.find((e) => e.key === 't-release');
    expect(release?.source === 'typed' ? release.alsoRecorded.map((d) => d.key) : null).toEqual(['derived:detention.episodes.0.end']);
    expect(entries.some((e) => e.key === 'derived:detention.episodes.0.end')).toBe(false);
    expect(entries.map((e) => e.key).slice(0, 4)).toEqual([
      'derived:client.dateOfBirth',
      'derived:client.statusHistory.0.from',
      'derived:client.statusHistory.1.from',
      't-entry',
    ]);
  });
});

describe('checks before filing', () => {
  it('the fixtures have no errors, only events still without a source', () => {
    expect(hasErrors(checkTimeline(lai, '2026-11-23'))).toBe(false);
    expect(codes(lai)).toEqual(['NO_SOURCE timeline.0.sources', 'NO_SOURCE timeline.2.sources']);
  });

  it('an event not for filing needs no source', () => {
    const c = withTimeline(lai, [event({ id: 't-note', when: { year: 2025 }, sources: [], forFiling: false })]);
    expect(codes(c)).toEqual([]);
  });

  it('names a source pointing to a removed exhibit, and a pin cite beyond the exhibit', () => {
    const exhibits = lai.exhibits.map((x) => (x.id === 'x-seizure-notice' ? { ...x, pages: 2 } : x));
    const c = withTimeline(
      lai,
      [
        event({ id: 't-a', when: { year: 2025 }, sources: [{ exhibitId: 'x-gone' }] }),
        event({ id: 't-b', when: { year: 2025, month: 6 }, sources: [{ exhibitId: 'x-seizure-notice', pages: '1, 2-3' }] }),
        event({
          id: 't-c',
          when: { year: 2025, month: 7 },
          disputed: true,
          accounts: [{ assertedBy: 'Minister', when: { year: 2025 }, summary: 'Another account.', sources: [{ exhibitId: 'x-gone-too' }] }],
        }),
      ],
      { exhibits },
    );
    const findings = checkTimeline(c, '2026-11-23');
    expect(findings.map((f) => `${f.code} ${f.severity} ${f.path}`)).toEqual([
      'SOURCE_REMOVED error timeline.0.sources.0.exhibitId',
      'PIN_BEYOND_PAGES error timeline.1.sources.0.pages',
      'SOURCE_REMOVED error timeline.2.accounts.0.sources.0.exhibitId',
    ]);
    expect(findings[1]).toMatchObject({ params: { page: 3, pages: 2 }, message: "Page 3 is beyond the exhibit's 2 pages." });
    expect(hasErrors(findings)).toBe(true);
  });

  it('a release before any detention is an error; one after its detention is not', () => {
    const noEpisodes = { ...lai.detention, episodes: [], hearings: [] };
    const detained = event({
      id: 't-detained',
      category: 'detention',
      milestone: 'detention-start',
      when: { year: 2026, month: 3, day: 10 },
    });
    const early = event({ id: 't-out', category: 'detention', milestone: 'release', when: { year: 2026, month: 2 } });
    const late = event({ id: 't-out', category: 'detention', milestone: 'release', when: { year: 2026, month: 4 } });
    expect(codes(withTimeline(lai, [detained, early], { detention: noEpisodes }))).toEqual(['RELEASE_BEFORE_DETENTION timeline.1']);
    expect(codes(withTimeline(lai, [detained, late], { detention: noEpisodes }))).toEqual([]);
    // The recorded detention counts too: a typed release in February is before the recorded 10 March start.
    expect(codes(withTimeline(lai, [early]))).toEqual(['RELEASE_BEFORE_DETENTION timeline.0']);
    // An uncertain release that may fall after the start is not a contradiction.
    expect(codes(withTimeline(lai, [event({ id: 't-out', category: 'detention', milestone: 'release', when: { year: 2026 } })]))).toEqual(
      [],
    );
  });

  it('an arrest dated before every entry to Canada is a warning', () => {
    const arrest = event({ id: 't-arrest', category: 'arrest', when: { year: 2025, month: 11 } });
    expect(checkTimeline(withTimeline(lai, [arrest]), '2026-11-23').map((f) => `${f.code} ${f.severity} ${f.path}`)).toEqual([
      'ARREST_BEFORE_ENTRY warning timeline.0',
    ]);
  });

  it('an event before the client was born, and a past kind of event dated in the future, are errors', () => {
    const c = withTimeline(lai, [
      event({ id: 't-work', category: 'work', when: { year: 1990 } }),
      event({ id: 't-abuse', category: 'abuse', when: { year: 2027, qualifier: 'circa' } }),
      event({ id: 't-hearing', category: 'hearing', when: { year: 2027, month: 2, day: 3 } }),
    ]);
    expect(codes(c)).toEqual(['BEFORE_BIRTH timeline.0', 'FUTURE_PAST_EVENT timeline.1.when']);
  });

  it('warns about dates not yet placed and disputes without the other account', () => {
    const c = withTimeline(lai, [
      event({ id: 't-lunar', when: { calendar: 'korean-lunar', original: '추석 2024', year: 2024, month: 8, day: 15 } }),
      event({ id: 't-later', when: { original: 'the winter after', qualifier: 'season' } }),
      event({ id: 't-unknown', when: { original: 'she does not remember', qualifier: 'unknown' } }),
      event({ id: 't-disputed', when: { year: 2025 }, disputed: true }),
    ]);
    // Undated events sort last, by id.
    expect(codes(c)).toEqual(['DISPUTED_NO_ACCOUNT timeline.3.accounts', 'UNDATED timeline.1.when', 'LUNAR_NO_RANGE timeline.0.when']);
  });
});

describe('a date in the future for a past event', () => {
  const when = (input: Record<string, unknown>) =>
    timelineEventSchema.parse({ id: 't-x', category: 'other', summary: 's', when: input }).when;

  it('refuses an entry, an arrest or abuse dated after today, but not a hearing or an application', () => {
    expect(isFutureForPast('entry', when({ year: 2026, month: 11, day: 24 }), '2026-11-23')).toBe(true);
    expect(isFutureForPast('entry', when({ year: 2026, month: 11, day: 23 }), '2026-11-23')).toBe(false);
    expect(isFutureForPast('hearing', when({ year: 2027 }), '2026-11-23')).toBe(false);
    expect(isFutureForPast('application', when({ year: 2027 }), '2026-11-23')).toBe(false);
  });

  it('an uncertain date that may still lie in the past is not refused', () => {
    expect(isFutureForPast('abuse', when({ year: 2026, qualifier: 'circa' }), '2026-11-23')).toBe(false);
    expect(isFutureForPast('abuse', when({ year: 2026, qualifier: 'after' }), '2026-11-23')).toBe(true);
    expect(isFutureForPast('abuse', when({ year: 2027, qualifier: 'before' }), '2026-11-23')).toBe(false);
  });
});

describe('pin cites', () => {
  it('reads pages, ranges and lists', () => {
    expect(pinRanges('2, 7-9')).toEqual([
      { from: 2, to: 2 },
      { from: 7, to: 9 },
    ]);
    expect(pinRanges('9-7')).toBeNull();
  });

  it('turns a page of the exhibit into the packet page, past a divider the packet added', () => {
    expect(packetPinCite('2', { firstPage: 15, lastPage: 18, pages: 4 })).toBe('16');
    expect(packetPinCite('1-2, 4', { firstPage: 15, lastPage: 19, pages: 4 })).toBe('16-17, 19');
    expect(packetPinCite('5', { firstPage: 15, lastPage: 18, pages: 4 })).toBeNull();
  });
});
