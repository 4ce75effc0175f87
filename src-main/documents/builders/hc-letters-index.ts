import type { Case, SupportLetter } from '../../core/model/case.ts';
import type { Block, TableBlock, TableCell } from '../model.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { word, type Labels } from './detention-facts.ts';
import { formatLongDate, type DocLang } from './format-date.ts';
import { hcExhibitCiter, type HcExhibitCiter } from './hc-cite.ts';
import { hcCaseData, widePage } from './hc-data.ts';
import { hcLettersIndexFields } from './hc-fields.ts';
import { hcLetterColumns } from './hc-strings.ts';
import { languageName } from './language-names.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';

/** A row's cells, and the author's organisation printed under the name. */
type Row = Readonly<Record<(typeof hcLetterColumns)[number] | 'organisation', string>>;

const official = (tag: string): boolean => ['en', 'fr'].includes(tag.toLowerCase().split('-')[0] ?? '');

function translatedWord(c: Case, letter: SupportLetter, labels: Labels): string {
  const statement = letter.statementId === undefined ? undefined : c.statements.find((s) => s.id === letter.statementId);
  if (statement !== undefined && statement.translations.length > 0) return word(labels, 'translated.certified');
  if (letter.translated) return word(labels, 'translated.yes');
  return word(labels, official(letter.lang) ? 'translated.notNeeded' : 'translated.no');
}

/** The letter's own exhibit, else the original of the statement it is recorded as. */
function exhibitOf(c: Case, letter: SupportLetter): string | undefined {
  if (letter.exhibitId !== undefined) return letter.exhibitId;
  return letter.statementId === undefined ? undefined : c.statements.find((s) => s.id === letter.statementId)?.originalExhibitId;
}

function rowOf(c: Case, letter: SupportLetter, index: number, lang: DocLang, labels: Labels, cite: HcExhibitCiter): Row {
  const author = letter.authorId === undefined ? undefined : c.people.find((p) => p.id === letter.authorId);
  const organisation = author?.organisation?.trim() ?? '';
  const exhibitId = exhibitOf(c, letter);
  const where = exhibitId === undefined ? '' : cite.placed(exhibitId);
  return {
    number: String(index + 1),
    author: letter.authorName,
    organisation,
    relationship: letter.relationship,
    language: languageName(letter.lang, lang),
    translated: translatedWord(c, letter, labels),
    date: letter.date === undefined ? '' : formatLongDate(letter.date, lang),
    where: where === '' ? word(labels, 'notPlaced') : where,
  };
}

const paragraph = (text: string, style: { bold?: boolean; italic?: boolean } = {}): Block => ({
  type: 'paragraph',
  runs: text === '' ? [] : [{ text, ...style }],
});
const cell = (text: string, bold = false): TableCell => ({ blocks: [paragraph(text, bold ? { bold } : {})] });
/** The author's cell: the name, and under it in italics the organisation of a person in the case. */
const authorCell = (row: Row): TableCell =>
  row.organisation === '' ? cell(row.author) : { blocks: [paragraph(row.author), paragraph(row.organisation, { italic: true })] };

function lettersTable(rows: readonly Row[], labels: Labels): Block[] {
  const table: TableBlock = {
    type: 'table',
    headerRows: [{ cells: hcLetterColumns.map((col) => cell(word(labels, `column.${col}`), true)) }],
    // Points of the 504 pt between the margins: "Translated", "Language" and "APP-000012–" each on one line.
    columnWidths: [30, 92, 92, 70, 76, 60, 84],
    rows: rows.map((row) => ({ cells: hcLetterColumns.map((col) => (col === 'author' ? authorCell(row) : cell(row[col]))) })),
  };
  return [table];
}

/**
 * The index of the letters of support: one row per letter in the register's order — author (with
 * the organisation of a person in the case), relationship, language, whether it is translated,
 * date, and inside a packet the tab and pages of the letter (or of the original it translates).
 */
export function buildHcLettersIndex(input: BuildInput): DossierDocument {
  const c = input.case;
  const ast = input.templates('hc-letters-index');
  const labels = ast.front.strings;
  const cite = hcExhibitCiter(c, input.exhibitRefs, labels);
  const rows = c.hc.letters.map((letter, i) => rowOf(c, letter, i, input.lang, labels, cite));
  const { title, blocks } = evaluateTemplate(ast, {
    fields: hcLettersIndexFields,
    data: {
      ...hcCaseData(c, input.lang, input.today, labels),
      count: String(rows.length),
      letters: rows.map((row) => ({ ...row })),
    },
    partials: { 'letters-table': () => lettersTable(rows, labels) },
  });
  return { meta: { title, lang: input.lang }, page: widePage(pageFor(ast, input.lang)), blocks };
}
