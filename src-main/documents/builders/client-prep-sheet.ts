import type { Case, Hearing } from '../../core/model/case.ts';
import type { Block, TableBlock, TableCell } from '../model.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { requireCounsel, type CounselProfile } from './counsel-profile.ts';
import { detentionData, proposedConditions, type DetentionContext } from './detention-data.ts';
import { chosenHearing, fill, hearingLanguage, offeredBondspersons, word } from './detention-facts.ts';
import { prepSheetFields } from './detention-fields.ts';
import { prepSheetRows, type PrepSheetRow } from './detention-strings.ts';
import type { DocLang } from './format-date.ts';
import { formatZonedDateTime } from './format-zoned.ts';
import { languageName } from './language-names.ts';
import type { BuildInput } from './letter.ts';
import { buildLetterhead } from './letterhead.ts';
import { pageFor } from './page.ts';
import { personName } from './person-name.ts';

/** Characters of source text one blank line leaves room for, handwritten in the narrow column. */
const CHARS_PER_LINE = 60;
/** Enough lines for the longest row without letting one row fill a page. */
const MAX_LINES = 8;
/** A run of underscores just under the column's width: a line to write the translation on. */
const RULE = '_'.repeat(40);

interface PrepRow {
  readonly key: PrepSheetRow;
  readonly label: string;
  readonly lines: readonly string[];
}

const upperFirst = (s: string, lang: DocLang): string => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);

function rowsOf(c: Case, ctx: DetentionContext, counsel: CounselProfile, hearing: Hearing | undefined): PrepRow[] {
  const { labels, lang } = ctx;
  const tbc = word(labels, 'toBeConfirmed');
  const skill = hearingLanguage(c);
  const contact = [counsel.name, counsel.firm, counsel.phone ?? ''].filter((s) => s.trim() !== '').join(', ');
  const values: Record<PrepSheetRow, readonly string[]> = {
    hearing: hearing ? [`${formatZonedDateTime(hearing.scheduled, lang)} — ${word(labels, `hearingType.${hearing.type}`)}`] : [tbc],
    mode: hearing?.mode ? [upperFirst(word(labels, `mode.${hearing.mode}`), lang)] : [],
    address: [c.detention.releasePlan.residence?.address || tbc],
    bondspersons: offeredBondspersons(c).map((p) => {
      const relation = p.bondsperson.relationship || (p.relationshipToClient ?? '');
      return relation === '' ? personName(p) : `${personName(p)} — ${relation}`;
    }),
    counsel: [contact],
    interpreter: skill?.interpreterNeeded
      ? [fill(word(labels, 'text.interpreter'), { language: languageName(skill.lang.split('-')[0] ?? skill.lang, lang) })]
      : [],
    conditions: proposedConditions(c, labels, lang).map(({ number, text }) => `${number}. ${text}.`),
    bring: [word(labels, 'text.bring')],
    expect: [word(labels, 'text.expect')],
  };
  return prepSheetRows
    .map((key) => ({ key, label: word(labels, `row.${key}`), lines: values[key].filter((l) => l.trim() !== '') }))
    .filter((row) => row.lines.length > 0);
}

/** The wording of a row as the interpreter translates it: its label, then its lines. */
const sourceText = (row: PrepRow): string => [row.label, ...row.lines].join('\n');

function sourceCell(row: PrepRow): TableCell {
  return {
    blocks: [
      { type: 'paragraph', runs: [{ text: row.label, bold: true }] },
      { type: 'paragraph', runs: [{ text: row.lines.join('\n') }] },
    ],
  };
}

/** The stored translation of the row, or ruled lines to write one on when there is none or the wording has changed. */
function translationCell(row: PrepRow, c: Case, lang: string | undefined): TableCell {
  const stored = c.detention.prepSheetTranslation?.rows.find((r) => r.key === row.key);
  const current = stored !== undefined && stored.text.trim() !== '' && (stored.source === undefined || stored.source === sourceText(row));
  if (current) return { blocks: [{ type: 'paragraph', runs: [{ text: stored.text }], ...(lang ? { lang } : {}) }] };
  const lines = Math.min(MAX_LINES, Math.max(2, Math.ceil(sourceText(row).length / CHARS_PER_LINE)));
  return { blocks: Array.from({ length: lines }, (): Block => ({ type: 'paragraph', runs: [{ text: RULE }] })) };
}

/**
 * The client's prep sheet: hearing date and time at the place, mode, release address,
 * bondspersons, counsel, interpreter, conditions, what to bring and expect. Two columns: the
 * document's language, and beside it the interpreter's translation, or ruled lines for it.
 */
export function buildClientPrepSheet(input: BuildInput, hearingId?: string): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const c = input.case;
  const ast = input.templates('client-prep-sheet');
  const labels = ast.front.strings;
  const ctx: DetentionContext = { case: c, lang: input.lang, today: input.today, labels };
  const hearing = chosenHearing(c, input.today, hearingId, false);
  const stored = c.detention.prepSheetTranslation;
  const targetLang = stored?.lang ?? hearingLanguage(c)?.lang;
  const targetName = targetLang === undefined ? '' : languageName(targetLang.split('-')[0] ?? targetLang, input.lang);
  const rows = rowsOf(c, ctx, counsel, hearing);
  const cells = rows.map((row) => ({ source: sourceCell(row), translation: translationCell(row, c, targetLang) }));
  const translator = stored?.translatorId === undefined ? undefined : c.people.find((p) => p.id === stored.translatorId);
  const table: TableBlock = {
    type: 'table',
    headerRows: [
      {
        cells: [
          { blocks: [{ type: 'paragraph', runs: [{ text: word(labels, 'column.source') }] }] },
          { blocks: [{ type: 'paragraph', runs: [{ text: fill(word(labels, 'column.translation'), { language: targetName }) }] }] },
        ],
      },
    ],
    columnWidths: [1, 1],
    rows: cells.map(({ source, translation }) => ({ cells: [source, translation] })),
  };
  const { title, blocks } = evaluateTemplate(ast, {
    fields: prepSheetFields,
    data: {
      ...detentionData(ctx, counsel, hearing, undefined),
      translation: {
        language: targetName,
        translator: translator ? personName(translator) : '',
        complete: cells.every(({ translation }) => translation.blocks.every((b) => b.type !== 'paragraph' || b.runs[0]?.text !== RULE)),
      },
    },
    partials: { letterhead: () => buildLetterhead(counsel, input.templates), 'prep-table': () => [table] },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
