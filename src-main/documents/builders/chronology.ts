import {
  detentionEpisodeSchema,
  hearingSchema,
  statusKinds,
  timelineCategories,
  type Case,
  type TimelineAccount,
  type TimelineCategory,
  type RelativeSide,
  type TimelineSource,
} from '../../core/model/case.ts';
import { calendarIds, type PartialDate } from '../../core/model/partial-date.ts';
import { proceedingKinds, proceedingStatuses } from '../../core/model/proceedings.ts';
import { timelineEntries } from '../../core/timeline/entries.ts';
import type { DerivedEvent } from '../../core/timeline/derived.ts';
import type { Block, TableBlock, TableCell, TextRun } from '../model.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { dateLine, fill, printDate, printSource, word, type CiteContext, type Labels, type PrintedDate } from './chronology-format.ts';

const hearingTypes = hearingSchema.shape.type.options;
const outcomes = hearingSchema.shape.outcome.unwrap().options;
const authorities = detentionEpisodeSchema.shape.authority.unwrap().options;
const endReasons = detentionEpisodeSchema.shape.endReason.unwrap().options;

/** Front matter keys hold no brackets: "IRPA55(2)(a)" is looked up as "authority.IRPA55-2-a". */
const codeKey = (code: string): string => code.replace(/\((\w+)\)/gu, '-$1');

/** Every label the chronology prints: codes are always worded from these, never printed raw. */
export const chronologyStrings: readonly string[] = [
  ...['date', 'category', 'event', 'sources'].map((c) => `column.${c}`),
  ...['page', 'pages', 'place', 'assertedBy', 'disputed', 'account', 'accountSources', 'notForFiling'],
  ...['circa', 'before', 'after', 'shortly-after', 'shortly-before', 'unknown', 'noRange', 'lunarNoRange'].map((d) => `date.${d}`),
  ...['day', 'dayOne', 'month'].map((d) => `date.${d}`),
  ...Array.from({ length: 12 }, (_, i) => `month.${i + 1}`),
  ...['tab', 'beyond', 'ofExhibit', 'notInPacket', 'missing'].map((k) => `cite.${k}`),
  ...timelineCategories.map((c) => `category.${c}`),
  ...calendarIds.map((c) => `calendar.${c}`),
  ...['birth', 'entry', 'entryAt', 'statusStart', 'statusEnd', 'detained', 'detainedAt', 'review', 'reviewOutcome'].map(
    (d) => `derived.${d}`,
  ),
  ...['hcDecision', 'hcBarEnds', 'released', 'statusTermsBoth', 'statusTermsEmployer', 'statusTermsConditions'].map((d) => `derived.${d}`),
  ...['reviewReserved', 'decisionReceived', 'decisionReceivedOutcome', 'proceedingFiled', 'proceedingDecided', 'claimIneligible'].map(
    (d) => `derived.${d}`,
  ),
  ...proceedingKinds.map((k) => `proceeding.${k}`),
  ...proceedingStatuses.map((k) => `proceedingStatus.${k}`),
  ...statusKinds.flatMap((s) => [`status.${s}`, `entryAs.${s}`]),
  ...endReasons.map((r) => `end.${r}`),
  ...hearingTypes.map((t) => `hearingType.${t}`),
  ...outcomes.map((o) => `outcome.${o}`),
  ...authorities.map((a) => `authority.${codeKey(a)}`),
];

/** One line of the chronology: a typed event, or an event recorded elsewhere in the case (worded here). */
export interface ChronologyRow {
  readonly key: string;
  readonly when: PartialDate;
  readonly category: TimelineCategory;
  readonly summary: string;
  readonly place: string;
  readonly assertedBy: string;
  readonly sources: readonly TimelineSource[];
  readonly disputed: boolean;
  readonly accounts: readonly TimelineAccount[];
  readonly forFiling: boolean;
  /** Shortly after or before the event whose date `when` then is. */
  readonly relative?: RelativeSide | undefined;
}

export interface ChronologyOptions {
  /** Leave out the events counsel keeps for themselves (`forFiling: false`). True unless set. */
  readonly filingOnly?: boolean;
}

/** The sentence for an event recorded elsewhere: "Detained at … (IRPA s.55(2)(a))", "48-hour review: detention continued". */
export function derivedSummary(event: DerivedEvent, labels: Labels): string {
  const d = event.details;
  const say = (key: string, values: Record<string, string> = {}): string => fill(word(labels, key), values);
  const status = (): string => word(labels, `status.${d['status'] ?? ''}`);
  switch (event.kind) {
    case 'birth':
      return say('derived.birth');
    case 'entry': {
      const at = d['port'] ? say('derived.entryAt', { port: d['port'] }) : say('derived.entry');
      const as = d['admittedAs'] ? word(labels, `entryAs.${d['admittedAs']}`) : '';
      return as === '' ? at : `${at} ${as}`;
    }
    case 'status-start': {
      const summary = say('derived.statusStart', { status: status() });
      const employer = d['employer'] ?? '';
      const conditions = d['conditions'] ?? '';
      if (employer !== '' && conditions !== '') return say('derived.statusTermsBoth', { summary, employer, conditions });
      if (employer !== '') return say('derived.statusTermsEmployer', { summary, employer });
      return conditions === '' ? summary : say('derived.statusTermsConditions', { summary, conditions });
    }
    case 'status-end':
      return say('derived.statusEnd', { status: status() });
    case 'detention-start': {
      const at = d['facility'] ? say('derived.detainedAt', { facility: d['facility'] }) : say('derived.detained');
      const authority = d['authority'] ? word(labels, `authority.${codeKey(d['authority'])}`) : '';
      return authority === '' ? at : `${at} (${authority})`;
    }
    case 'detention-end':
      return d['reason'] ? word(labels, `end.${d['reason']}`) : say('derived.released');
    case 'review': {
      const type = word(labels, `hearingType.${d['type'] ?? ''}`);
      if (d['reserved']) return say('derived.reviewReserved', { type });
      const outcome = d['outcome'] ? word(labels, `outcome.${d['outcome']}`) : '';
      return outcome === '' ? say('derived.review', { type }) : say('derived.reviewOutcome', { type, outcome });
    }
    case 'decision-received': {
      const type = word(labels, `hearingType.${d['type'] ?? ''}`);
      const outcome = d['outcome'] ? word(labels, `outcome.${d['outcome']}`) : '';
      return outcome === '' ? say('derived.decisionReceived', { type }) : say('derived.decisionReceivedOutcome', { type, outcome });
    }
    case 'proceeding-filed':
    case 'proceeding-decided': {
      const name = d['proceeding'] === 'other' ? (d['label'] ?? '') : word(labels, `proceeding.${d['proceeding'] ?? ''}`);
      const number = d['fileNumber'] ? ` (${d['fileNumber']})` : '';
      if (event.kind === 'proceeding-filed') return `${say('derived.proceedingFiled', { proceeding: name })}${number}`;
      if (d['proceeding'] === 'refugee-claim-ineligible') return `${say('derived.claimIneligible')}${number}`;
      return `${say('derived.proceedingDecided', { proceeding: name, status: word(labels, `proceedingStatus.${d['status'] ?? ''}`) })}${number}`;
    }
    case 'hc-decision':
      return say('derived.hcDecision');
    case 'hc-bar-ends':
      return say('derived.hcBarEnds');
  }
}

/**
 * The chronology's rows in the timeline's own order (`sortTimeline`): the typed events and the
 * events recorded elsewhere (birth, entries, status, detention, reviews, the H&C bar). Events kept
 * for counsel only are left out unless `filingOnly` is false; a recorded fact such an event stood
 * for is printed in its place.
 */
export function chronologyRows(c: Case, labels: Labels, options: ChronologyOptions = {}): ChronologyRow[] {
  const filingOnly = options.filingOnly ?? true;
  const recorded = (derived: DerivedEvent, key: string): ChronologyRow => ({
    key,
    when: derived.when,
    category: derived.category,
    summary: derivedSummary(derived, labels),
    place: '',
    assertedBy: '',
    sources: [],
    disputed: false,
    accounts: [],
    forFiling: true,
  });
  return timelineEntries(c).flatMap((entry): ChronologyRow[] => {
    if (entry.source === 'derived') return [recorded(entry.derived, entry.key)];
    const e = entry.event;
    // An event kept for counsel never takes a recorded fact (the birth, an entry, the detention) out of the filing with it.
    if (filingOnly && !e.forFiling) return entry.alsoRecorded.map((d) => recorded(d, d.key));
    return [
      {
        key: entry.key,
        when: entry.when,
        relative: entry.relative,
        category: e.category,
        summary: e.summary,
        place: e.place ?? '',
        assertedBy: e.assertedBy ?? '',
        sources: e.sources,
        disputed: e.disputed,
        accounts: e.accounts,
        forFiling: e.forFiling,
      },
    ];
  });
}

interface PrintedAccount {
  readonly assertedBy: string;
  readonly date: PrintedDate;
  readonly summary: string;
  readonly sources: readonly string[];
}

/** A row with every date, code and source turned into the words it prints as. */
export interface PrintedRow {
  readonly date: PrintedDate;
  readonly category: string;
  readonly summary: string;
  readonly place: string;
  readonly assertedBy: string;
  readonly sources: readonly string[];
  readonly disputed: boolean;
  readonly accounts: readonly PrintedAccount[];
  readonly forFiling: boolean;
}

export function printRows(rows: readonly ChronologyRow[], ctx: CiteContext): PrintedRow[] {
  const { labels } = ctx;
  return rows.map((row) => ({
    date: printDate(row.when, labels, row.relative),
    category: word(labels, `category.${row.category}`),
    summary: row.summary,
    place: row.place,
    assertedBy: row.assertedBy,
    sources: row.sources.map((s) => printSource(s, ctx)),
    disputed: row.disputed,
    accounts: row.accounts.map((a) => ({
      assertedBy: a.assertedBy,
      date: printDate(a.when, labels),
      summary: a.summary,
      sources: a.sources.map((s) => printSource(s, ctx)),
    })),
    forFiling: row.forFiling,
  }));
}

/** The `events` list a template may loop over; `sources` is empty for a row that cites none. */
export function chronologyData(rows: readonly PrintedRow[]): TemplateRecord[] {
  const sources = (list: readonly string[]): string => list.map((s) => s.replaceAll('–\n', '–').replaceAll('\n', ' ')).join('; ');
  return rows.map((row) => ({
    date: dateLine(row.date),
    category: row.category,
    summary: row.summary,
    place: row.place,
    assertedBy: row.assertedBy,
    sources: sources(row.sources),
    disputed: row.disputed,
    forFiling: row.forFiling,
    accounts: row.accounts.map((a) => ({
      assertedBy: a.assertedBy,
      date: dateLine(a.date),
      summary: a.summary,
      sources: sources(a.sources),
    })),
  }));
}

const paragraph = (runs: readonly TextRun[]): Block => ({ type: 'paragraph', runs });
const cell = (blocks: readonly Block[]): TableCell => ({ blocks });

/**
 * In the narrow date column an ISO date never breaks: left to itself, Chromium would break inside
 * one at a hyphen. So the Gregorian part goes on its own lines, broken after a range's dash and
 * after a qualifier word ("c.", "avant le").
 */
const unbroken = (text: string): string => text.replace(' – ', ' –\n').replace(/(?<=\p{L}\.?) (?=\d{4}-\d{2}-\d{2})/gu, '\n');

/**
 * A source as printed in the narrow sources column ("Tab 8," / "pp. APP-000021–" / "APP-000023",
 * or "Lease, p. 3"): its page or Bates numbers are never broken inside, while an exhibit's title
 * wraps as usual. The builder already breaks a long range after its dash.
 */
function sourceRuns(text: string): TextRun[] {
  return text.split('\n').flatMap((line, i): TextRun[] => {
    const breakBefore: TextRun[] = i > 0 ? [{ text: '\n' }] : [];
    if (!/\s/u.test(line)) return [...breakBefore, { text: line, unbroken: true }];
    const pages = /(?:^|\s)(pp?\.\s\S+)$/u.exec(line);
    if (pages?.[1] === undefined) return [...breakBefore, { text: line }];
    const head = line.slice(0, line.length - pages[1].length);
    return [...breakBefore, ...(head === '' ? [] : [{ text: head }]), { text: pages[1], unbroken: true }];
  });
}

function dateCell(date: PrintedDate): TableCell {
  const gregorian = date.gregorian === '' ? '' : `\n(${unbroken(date.gregorian)})`;
  return cell([paragraph([{ text: unbroken(date.written) + gregorian }])]);
}

function eventCell(row: PrintedRow, labels: Labels): TableCell {
  const blocks: Block[] = [paragraph([{ text: row.summary }])];
  if (!row.forFiling) blocks.push(paragraph([{ text: word(labels, 'notForFiling'), italic: true }]));
  if (row.place !== '') blocks.push(paragraph([{ text: fill(word(labels, 'place'), { place: row.place }) }]));
  if (row.assertedBy !== '') blocks.push(paragraph([{ text: fill(word(labels, 'assertedBy'), { who: row.assertedBy }) }]));
  if (row.disputed) blocks.push(paragraph([{ text: word(labels, 'disputed'), bold: true }]));
  for (const account of row.accounts) {
    blocks.push(paragraph([{ text: fill(word(labels, 'account'), { who: account.assertedBy }), bold: true }]));
    // The date on lines of its own, so no ISO date straddles a line end (Chromium would break it at a hyphen).
    const gregorian = account.date.gregorian === '' ? '' : `\n(${account.date.gregorian})`;
    blocks.push(paragraph([{ text: account.date.written + gregorian }]));
    blocks.push(paragraph([{ text: account.summary }]));
    if (account.sources.length > 0)
      blocks.push(paragraph([{ text: fill(word(labels, 'accountSources'), { sources: account.sources.join('; ') }), italic: true }]));
  }
  return cell(blocks);
}

/** The chronology table: date as written with its Gregorian value, category, event with its accounts, sources. */
export function chronologyTable(rows: readonly PrintedRow[], labels: Labels): Block[] {
  const header = ['column.date', 'column.category', 'column.event', 'column.sources'].map((k) =>
    cell([paragraph([{ text: word(labels, k) }])]),
  );
  const table: TableBlock = {
    type: 'table',
    headerRows: [{ cells: header }],
    columnWidths: [20, 16, 39, 25],
    rows: rows.map((row) => ({
      cells: [
        dateCell(row.date),
        cell([paragraph([{ text: row.category }])]),
        eventCell(row, labels),
        // A row without a source has an empty sources cell.
        cell(row.sources.map((source) => paragraph(sourceRuns(source)))),
      ],
    })),
  };
  return [table];
}
