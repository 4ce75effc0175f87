import type { Case } from '../../core/model/case.ts';
import type { PartialDate } from '../../core/model/partial-date.ts';
import type { Block, TableBlock, TableCell, TextRun } from '../model.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { partialDateText, partialSortKey } from './format-date.ts';

type Labels = Readonly<Record<string, string>>;

export interface ChronologyRow {
  readonly when: PartialDate;
  readonly sortTime: string;
  readonly category: string;
  readonly summary: string;
  readonly place: string;
  readonly sources: readonly string[];
  readonly disputed: boolean;
}

const word = (labels: Labels, key: string): string => (Object.hasOwn(labels, key) ? (labels[key] ?? '') : '');

function qualifiers(labels: Labels): Record<string, string> {
  return Object.fromEntries(['circa', 'before', 'after', 'between', 'season'].map((q) => [q, word(labels, `qualifier.${q}`)]));
}

/** Rows in date order: the birth date first when known, then every timeline event. */
export function chronologyRows(c: Case, labels: Labels): ChronologyRow[] {
  const exhibits = new Map(c.exhibits.map((x) => [x.id, x.title]));
  const rows: ChronologyRow[] = c.timeline.map((event) => ({
    when: event.when,
    sortTime: event.at?.utc ?? '',
    category: word(labels, `category.${event.category}`) || event.category,
    summary: event.summary,
    place: event.place ?? '',
    sources: event.sources.map((s) => {
      const title = exhibits.get(s.exhibitId) ?? s.exhibitId;
      return s.pages === undefined || s.pages.trim() === '' ? title : `${title}, ${word(labels, 'page')} ${s.pages}`;
    }),
    disputed: event.disputed,
  }));
  if (c.client.dateOfBirth)
    rows.push({
      when: c.client.dateOfBirth,
      sortTime: '',
      category: word(labels, 'category.family'),
      summary: word(labels, 'birth'),
      place: '',
      sources: [],
      disputed: false,
    });
  return rows
    .map((row, order) => ({ row, key: `${partialSortKey(row.when)}|${row.sortTime}`, order }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order))
    .map(({ row }) => row);
}

export function chronologyData(rows: readonly ChronologyRow[], labels: Labels): TemplateRecord[] {
  return rows.map((row) => ({
    date: partialDateText(row.when, qualifiers(labels)),
    category: row.category,
    summary: row.summary,
    place: row.place,
    sources: row.sources.length > 0 ? row.sources.join('; ') : word(labels, 'noSource'),
    disputed: row.disputed,
  }));
}

const cell = (runs: readonly TextRun[]): TableCell => ({ blocks: [{ type: 'paragraph', runs }] });

/**
 * In the narrow date column the bracketed range goes on its own lines, broken after the dash:
 * left to itself, Chromium would break inside an ISO date at a hyphen.
 */
function dateCell(when: PartialDate, labels: Labels): string {
  const full = partialDateText(when, qualifiers(labels));
  const open = full.lastIndexOf(' (');
  if (open < 0 || !full.endsWith(')')) return full;
  return `${full.slice(0, open)}\n${full.slice(open + 1).replace(' – ', ' –\n')}`;
}

/** The chronology table: date as written (with its Gregorian range), category, event, sources. */
export function chronologyTable(rows: readonly ChronologyRow[], labels: Labels): Block[] {
  const header = ['column.date', 'column.category', 'column.event', 'column.sources'].map((k) => cell([{ text: word(labels, k) }]));
  const table: TableBlock = {
    type: 'table',
    headerRows: [{ cells: header }],
    columnWidths: [20, 18, 41, 21],
    rows: rows.map((row) => {
      const summary: TextRun[] = [{ text: row.summary }];
      if (row.place !== '') summary.push({ text: ` (${row.place})` });
      if (row.disputed) summary.push({ text: ` — ${word(labels, 'disputed')}`, italic: true });
      const sources: TextRun[] =
        row.sources.length > 0 ? [{ text: row.sources.join('\n') }] : [{ text: word(labels, 'noSource'), italic: true }];
      return { cells: [cell([{ text: dateCell(row.when, labels) }]), cell([{ text: row.category }]), cell(summary), cell(sources)] };
    }),
  };
  return [table];
}
