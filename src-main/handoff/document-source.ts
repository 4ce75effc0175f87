import type { Block, DossierDocument, TableBlock, TextRun } from '../documents/model.ts';
import { prepSheetRows } from '../documents/builders/detention-strings.ts';

/** A generated document as the interpreter receives it: its title, language and wording, paragraph by paragraph. */
export interface DocumentText {
  readonly title: string;
  readonly lang: string;
  readonly paragraphs: readonly { readonly key: string; readonly text: string }[];
}

const runsText = (runs: readonly TextRun[]): string => runs.map((r) => r.text).join('');
/** Ruled lines left for handwriting carry nothing to translate. */
const worthSending = (text: string): boolean => text.trim() !== '' && !/^[_\s]+$/u.test(text);

function blockTexts(blocks: readonly Block[], out: string[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        out.push(runsText(block.runs));
        break;
      case 'list':
        for (const item of block.items) blockTexts(item.blocks, out);
        break;
      case 'table':
        for (const row of [...block.headerRows, ...block.rows]) for (const cell of row.cells) blockTexts(cell.blocks, out);
        break;
      case 'signature':
        out.push(runsText(block.label), ...(block.name ? [runsText(block.name)] : []), ...(block.details ?? []).map(runsText));
        break;
      case 'bilingual':
        for (const row of block.rows) blockTexts(row.left.blocks, out);
        break;
      case 'image':
      case 'page-break':
        break;
    }
  }
}

/** Every piece of wording in the document, in order, keyed p1, p2… */
export function documentParagraphs(doc: DossierDocument): { key: string; text: string }[] {
  const texts: string[] = [];
  blockTexts(doc.blocks, texts);
  return texts.filter(worthSending).map((text, i) => ({ key: `p${i + 1}`, text }));
}

function findTables(blocks: readonly Block[]): TableBlock[] {
  return blocks.flatMap((b) => (b.type === 'table' ? [b] : b.type === 'list' ? b.items.flatMap((i) => findTables(i.blocks)) : []));
}

/**
 * The prep sheet's rows as the interpreter translates them, keyed by row (`hearing`, `address`…)
 * with the wording the sheet compares a stored translation against: the label, then its lines.
 * `labels` are the template's row labels (`row.hearing` → "Hearing").
 */
export function prepSheetParagraphs(doc: DossierDocument, labels: Readonly<Record<string, string>>): { key: string; text: string }[] {
  const byLabel = new Map(prepSheetRows.map((key) => [labels[`row.${key}`] ?? key, key]));
  for (const table of findTables(doc.blocks)) {
    const rows = table.rows.flatMap((row) => {
      const [label, lines] = (row.cells[0]?.blocks ?? []).map((b) => (b.type === 'paragraph' ? runsText(b.runs) : ''));
      const key = label === undefined ? undefined : byLabel.get(label);
      return key === undefined || label === undefined ? [] : [{ key, text: [label, lines ?? ''].join('\n') }];
    });
    if (rows.length > 0) return rows;
  }
  return [];
}
