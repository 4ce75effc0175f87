import { hcFormCodes } from '../../core/model/case.ts';
import { defaultHcForms } from '../../core/rules/hc-forms-data.ts';
import { hcFormInfo, type HcFormSet } from '../../core/rules/hc-forms.ts';
import type { Block, TableBlock, TableCell } from '../model.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { word, type Labels } from './detention-facts.ts';
import { formatLongDate } from './format-date.ts';
import { hcCaseData, widePage } from './hc-data.ts';
import { hcFormsChecklistFields } from './hc-fields.ts';
import type { BuildInput } from './letter.ts';
import { hcFormColumns } from './hc-strings.ts';
import { pageFor } from './page.ts';

interface Row {
  readonly number: string;
  readonly title: string;
  readonly filing: string;
  readonly filingNote: string;
  readonly status: string;
  readonly note: string;
}

const paragraph = (text: string, style: { bold?: boolean; italic?: boolean } = {}): Block => ({
  type: 'paragraph',
  runs: text === '' ? [] : [{ text, ...style }],
});
const cell = (...blocks: Block[]): TableCell => ({ blocks });

function formsTable(rows: readonly Row[], labels: Labels): Block[] {
  const header = hcFormColumns.map((col) => cell(paragraph(word(labels, `column.${col}`), { bold: true })));
  const table: TableBlock = {
    type: 'table',
    headerRows: [{ cells: header }],
    // Points of the 504 pt between the margins: "Formulaire", "IMM 0008" and "Background/Declaration" unsplit.
    columnWidths: [72, 144, 132, 62, 94],
    rows: rows.map((row) => ({
      cells: [
        cell(paragraph(row.number, { bold: true })),
        cell(paragraph(row.title)),
        cell(paragraph(row.filing), paragraph(row.filingNote, { italic: true })),
        cell(paragraph(row.status)),
        cell(paragraph(row.note)),
      ],
    })),
  };
  return [table];
}

/**
 * The IMM forms checklist of the H&C kit: every form in the kit's order with its official title
 * in the document's language, how it is filed online (and which need signatures), the case's
 * status for it — a form the case does not list is still to do — and the case's note.
 */
export function buildHcFormsChecklist(input: BuildInput, forms: HcFormSet = defaultHcForms): DossierDocument {
  const c = input.case;
  const lang = input.lang;
  const ast = input.templates('hc-forms-checklist');
  const labels = ast.front.strings;
  const rows: Row[] = hcFormCodes.map((code) => {
    const info = hcFormInfo(forms, code);
    const entry = c.hc.forms.find((f) => f.code === code);
    return {
      number: info.number,
      title: info.title[lang],
      filing: word(labels, `filing.${info.filing}`),
      filingNote: info.note[lang],
      status: word(labels, `status.${entry?.status ?? 'todo'}`),
      note: entry?.note ?? '',
    };
  });
  const { title, blocks } = evaluateTemplate(ast, {
    fields: hcFormsChecklistFields,
    data: {
      ...hcCaseData(c, lang, input.today, labels),
      guide: forms.guide.title[lang],
      rulesVersion: formatLongDate(forms.version, lang),
      forms: rows.map((row) => ({ ...row })),
    },
    partials: { 'forms-table': () => formsTable(rows, labels) },
  });
  return { meta: { title, lang }, page: widePage(pageFor(ast, lang)), blocks };
}
