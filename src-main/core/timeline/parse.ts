import type { CalendarId, PartialDate, PartialDateEnd } from '../model/partial-date.ts';
import {
  asciiDigits,
  buddhistMarker,
  chineseLunarMarker,
  festivals,
  koreanLunarMarker,
  latinMonths,
  minguoMarker,
  persianMonths,
  persianSeasons,
  qualifierWords,
  seasonWords,
  solarHijriMarker,
  thaiMonths,
  type Qualifier,
  type Season,
} from './words.ts';

/** What the advocate should know about a proposal before accepting it. */
export type ProposalNote =
  'lunar-no-conversion' | 'season-spans-years' | 'two-digit-year' | 'ambiguous-day-month' | 'calendar-guessed' | 'no-year';

/** A structured date read from the words as given: a proposal only, which the advocate confirms or edits. */
export interface DateProposal {
  readonly when: PartialDate;
  readonly notes: readonly ProposalNote[];
}

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  twoDigitYear?: boolean;
  ambiguous?: boolean;
}

type ProposalFields = Partial<PartialDate> & Pick<PartialDate, 'qualifier'>;

const monthTables: readonly (readonly (readonly string[])[])[] = [latinMonths, thaiMonths, persianMonths];

/** The longest month name in the text, with the text left once it is removed. */
function findMonth(text: string): { month: number; rest: string; table: number } | null {
  let best: { month: number; name: string; table: number; index: number } | null = null;
  monthTables.forEach((table, tableIndex) =>
    table.forEach((names, monthIndex) => {
      for (const name of names) {
        // Thai is written without spaces between words, so Thai names are found anywhere.
        const pattern = new RegExp(tableIndex === 1 ? escape(name) : `(?<![\\p{L}])${escape(name)}(?:\\.|\\s?ماه)?(?![\\p{L}])`, 'u');
        const match = pattern.exec(text);
        if (match && (best === null || match[0].length > best.name.length))
          best = { month: monthIndex + 1, name: match[0], table: tableIndex, index: match.index };
      }
    }),
  );
  if (best === null) return null;
  const found: { month: number; name: string; table: number; index: number } = best;
  return { month: found.month, table: found.table, rest: `${text.slice(0, found.index)} ${text.slice(found.index + found.name.length)}` };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const squash = (text: string): string => text.replace(/[,،]/gu, ' ').replace(/\s+/gu, ' ').trim();

/** Year, month and day read from one date expression (no range, no qualifier). */
function readParts(raw: string, calendar: CalendarId): Parts | null {
  const text = squash(raw.replace(/(?<![\p{L}])(?:in|en|of|the|le|la|l'|du|year|année|an|on|le)(?![\p{L}])|ปี|วันที่|سال|در|روز/gu, ' '));
  if (text === '') return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{4})[-/.](\d{1,2})$/u.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  m = /^(\d{1,2})[-/.](\d{4})$/u.exec(text);
  if (m) return { year: Number(m[2]), month: Number(m[1]) };
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/u.exec(text);
  if (m) return dayMonthYear(Number(m[1]), Number(m[2]), m[3] ?? '');
  m = /^(\d{1,4})\s?[年년](?:\s?(\d{1,2})\s?[月월](?:\s?(\d{1,2})\s?[日일号號])?)?$/u.exec(text);
  if (m) return withOptional({ year: Number(m[1]) }, m[2], m[3]);
  m = /^(\d{1,2})\s?[月월](?:\s?(\d{1,2})\s?[日일号號])?$/u.exec(text);
  if (m) return withOptional({}, m[1], m[2]);
  const named = findMonth(text);
  if (named) return namedMonth(named.month, named.rest, calendar);
  m = /^(')?(\d{1,4})$/u.exec(text);
  if (m) {
    const digits = m[2] ?? '';
    const twoDigit = calendar !== 'minguo' && (m[1] !== undefined || digits.length <= 2);
    return twoDigit ? { year: Number(digits), twoDigitYear: true } : { year: Number(digits) };
  }
  return null;
}

function withOptional(parts: Parts, month: string | undefined, day: string | undefined): Parts {
  return { ...parts, ...(month ? { month: Number(month) } : {}), ...(day ? { day: Number(day) } : {}) };
}

/** "14/03/2019" is day first; "03/14/2019" month first; "03/04/2019" could be either, so only the year is proposed. */
function dayMonthYear(first: number, second: number, yearText: string): Parts {
  const year = Number(yearText);
  const twoDigitYear = yearText.length === 2;
  const base: Parts = twoDigitYear ? { year, twoDigitYear } : { year };
  if (first > 12 && second <= 12) return { ...base, month: second, day: first };
  if (second > 12 && first <= 12) return { ...base, month: first, day: second };
  if (first === second) return { ...base, month: first, day: first };
  return { ...base, ambiguous: true };
}

function namedMonth(month: number, rest: string, calendar: CalendarId): Parts | null {
  const tokens = squash(rest)
    .split(' ')
    .filter((t) => t !== '');
  const parts: Parts = { month };
  const twoDigitYear = calendar !== 'minguo';
  const small: number[] = [];
  for (const token of tokens) {
    const m = /^(')?(\d{1,4})(?:st|nd|rd|th|er|e)?$/u.exec(token);
    if (!m) return null;
    const digits = m[2] ?? '';
    if (m[1] !== undefined) Object.assign(parts, { year: Number(digits), twoDigitYear: true });
    else if (digits.length > 2) parts.year = Number(digits);
    else small.push(Number(digits));
  }
  if (small.length > 2 || (parts.year !== undefined && small.length > 1)) return null;
  const [first, second] = small;
  if (parts.year === undefined && first !== undefined && second !== undefined)
    return { ...parts, day: first, year: second, ...(twoDigitYear ? { twoDigitYear } : {}) };
  if (parts.year === undefined && first !== undefined && (calendar === 'minguo' || first > 31))
    return { ...parts, year: first, ...(twoDigitYear ? { twoDigitYear } : {}) };
  if (first !== undefined) parts.day = first;
  return parts;
}

/** A range's two sides, tried at each separator until both sides read as dates. */
function readRange(text: string, calendar: CalendarId): { start: Parts; end: Parts } | null {
  const framed = /^(?:between|entre|from|de|du)\s+(.+?)\s+(?:and|et|to|à|au|jusqu'à|jusqu'en)\s+(.+)$/u.exec(text);
  const candidates: [string, string][] = [];
  if (framed) candidates.push([framed[1] ?? '', framed[2] ?? '']);
  const separators = /\s*(?:–|—|~|〜|至|到|부터|-|\sto\s|\sà\s|\sau\s|\sand\s|\set\s)\s*/gu;
  for (const match of text.matchAll(separators)) {
    const at = match.index;
    candidates.push([text.slice(0, at), text.slice(at + match[0].length).replace(/까지$/u, '')]);
  }
  for (const [left, right] of candidates) {
    const start = readParts(left, calendar);
    const end = readParts(right, calendar);
    if (!start || !end) continue;
    if (start.year === undefined && end.year !== undefined) start.year = end.year;
    if (end.year === undefined && start.year !== undefined) end.year = start.year;
    if (start.year !== undefined && end.year !== undefined) return { start, end };
  }
  return null;
}

function detectCalendar(text: string, original: string): { calendar: CalendarId; text: string; festival?: { month: number; day: number } } {
  for (const festival of festivals) {
    if (festival.words.test(text)) {
      return {
        calendar: festival.calendar,
        text: text.replace(festival.words, ' '),
        festival: { month: festival.month, day: festival.day },
      };
    }
  }
  const markers: [RegExp, CalendarId][] = [
    [koreanLunarMarker, 'korean-lunar'],
    [chineseLunarMarker, 'chinese-lunar'],
    [buddhistMarker, 'buddhist'],
    [minguoMarker, 'minguo'],
    [solarHijriMarker, 'solar-hijri'],
  ];
  for (const [marker, calendar] of markers) if (marker.test(text)) return { calendar, text: text.replace(marker, ' ') };
  if (/[\u0E00-\u0E7F]/u.test(original)) return { calendar: 'buddhist', text };
  if (/[\u0600-\u06FF]/u.test(original)) return { calendar: 'solar-hijri', text };
  return { calendar: 'gregorian', text };
}

function seasonMonths(season: Season, year: number, eastAsian: boolean): { start: Parts; end: PartialDateEnd } {
  switch (season) {
    case 'spring':
      return { start: { year, month: 3 }, end: { year, month: 6 } };
    case 'summer':
      return { start: { year, month: 6 }, end: { year, month: 9 } };
    case 'autumn':
      return { start: { year, month: 9 }, end: { year, month: 12 } };
    case 'winter':
      // "Winter 2023" in English or French usually means the winter that ends in 2023; "2023년 겨울" the one that begins in it.
      return eastAsian
        ? { start: { year, month: 12 }, end: { year: year + 1, month: 3 } }
        : { start: { year: year - 1, month: 12 }, end: { year, month: 3 } };
  }
}

function endOf(parts: Parts): PartialDateEnd {
  return {
    year: parts.year ?? 0,
    ...(parts.month === undefined ? {} : { month: parts.month }),
    ...(parts.day === undefined ? {} : { day: parts.day }),
  };
}

/**
 * Reads words such as "around March 2019", "before 2020", "2019-2021", "winter 2023",
 * "พ.ศ. 2531", "۱۳۷۳/۰۶/۱۵", "民國75年" or "추석 2024" into a proposed partial date. The words are
 * kept verbatim as `original`. Returns null when nothing in the words reads as a date.
 */
export function proposeDate(words: string): DateProposal | null {
  const original = words.trim();
  if (original === '') return null;
  let text = asciiDigits(original).toLowerCase();
  const notes = new Set<ProposalNote>();
  let qualifier: Qualifier | undefined;
  for (const entry of qualifierWords) {
    if (entry.words.test(text)) {
      qualifier = entry.qualifier;
      text = text.replace(entry.words, ' ');
      break;
    }
  }
  if (qualifier === 'unknown') return { when: { calendar: 'gregorian', original, qualifier: 'unknown', confidence: 'low' }, notes: [] };

  const detected = detectCalendar(text, original);
  let calendar = detected.calendar;
  text = squash(detected.text);
  const base = { original, confidence: qualifier === undefined ? ('high' as const) : ('medium' as const) };
  const result = (when: ProposalFields): DateProposal => {
    let chosen = calendar;
    if (chosen === 'gregorian' && when.year !== undefined && !when.end) {
      // A bare year far from today names another calendar: 1300s–1400s Solar Hijri, 2400s–2600s Buddhist Era.
      if (when.year >= 1300 && when.year <= 1450) chosen = 'solar-hijri';
      else if (when.year >= 2400 && when.year <= 2700) chosen = 'buddhist';
      if (chosen !== calendar) notes.add('calendar-guessed');
    }
    if (chosen === 'korean-lunar' || chosen === 'chinese-lunar') notes.add('lunar-no-conversion');
    const confidence = notes.has('calendar-guessed') || notes.has('ambiguous-day-month') ? 'low' : (when.confidence ?? base.confidence);
    return { when: { ...base, calendar: chosen, ...when, confidence }, notes: [...notes] };
  };

  if (detected.festival) {
    const parts = readParts(text, calendar);
    const year = parts?.year;
    if (year === undefined) notes.add('no-year');
    if (parts?.twoDigitYear) notes.add('two-digit-year');
    return result({
      ...(year === undefined ? {} : { year }),
      month: detected.festival.month,
      day: detected.festival.day,
      qualifier: qualifier ?? 'exact',
      confidence: 'medium',
    });
  }

  const persianSeason = persianSeasons.find((s) => s.words.test(text));
  const season = persianSeason ? undefined : seasonWords.find((s) => s.words.test(text));
  if (persianSeason || season) {
    const rest = text.replace((persianSeason ?? season)?.words ?? /$^/u, ' ');
    const parts = readParts(rest, calendar);
    const year = parts?.year;
    if (parts?.twoDigitYear) notes.add('two-digit-year');
    if (year === undefined) {
      notes.add('no-year');
      return result({ qualifier: 'season', confidence: 'low' });
    }
    if (persianSeason) {
      calendar = 'solar-hijri';
      return result({ year, month: persianSeason.firstMonth, end: { year, month: persianSeason.firstMonth + 2 }, qualifier: 'season' });
    }
    if (!season) return null;
    const span = seasonMonths(season.season, year, season.eastAsian);
    if (season.season === 'winter') notes.add('season-spans-years');
    return result({ ...span.start, end: span.end, qualifier: 'season', confidence: 'medium' });
  }

  const single = readParts(text, calendar);
  if (single) return fromParts(single, qualifier ?? 'exact', notes, result);
  const range = qualifier === 'before' || qualifier === 'after' ? null : readRange(text, calendar);
  if (range) {
    if (range.start.twoDigitYear || range.end.twoDigitYear) notes.add('two-digit-year');
    const { start } = range;
    return result({
      ...(start.year === undefined ? {} : { year: start.year }),
      ...(start.month === undefined ? {} : { month: start.month }),
      ...(start.day === undefined ? {} : { day: start.day }),
      end: endOf(range.end),
      qualifier: 'between',
    });
  }
  return null;
}

function fromParts(
  parts: Parts,
  qualifier: PartialDate['qualifier'],
  notes: Set<ProposalNote>,
  result: (when: ProposalFields) => DateProposal,
): DateProposal {
  if (parts.twoDigitYear) notes.add('two-digit-year');
  if (parts.ambiguous) notes.add('ambiguous-day-month');
  if (parts.year === undefined) notes.add('no-year');
  return result({
    ...(parts.year === undefined ? {} : { year: parts.year }),
    ...(parts.month === undefined ? {} : { month: parts.month }),
    ...(parts.day === undefined ? {} : { day: parts.day }),
    qualifier,
  });
}
