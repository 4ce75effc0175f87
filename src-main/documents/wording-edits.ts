import type { FieldIssue } from '../core/errors.ts';
import { fieldIssue } from '../core/issues/text.ts';
import type { Case, DocumentWording, WordingEdit } from '../core/model/case.ts';
import type { DocumentKind } from './builders/document-types.ts';
import type { Block, DossierDocument, ParagraphBlock, TextRun } from './model.ts';

/**
 * A case's own wording of its generated documents: after a document is built from the case and
 * the template, each paragraph whose plain text equals an edit's `original` is replaced by the
 * edit's text. An edit whose original the document no longer prints (the case data changed) is
 * reported, never dropped in silence.
 */

/** Which build option names the one document an edit may be narrowed to; kinds without one have one document per case. */
const targetOptions: Partial<Readonly<Record<DocumentKind, 'statementId' | 'personId'>>> = {
  'translator-declaration': 'statementId',
  'translator-affidavit': 'statementId',
  'translation-certificate': 'statementId',
  'statement-bilingual': 'statementId',
  'statement-translation': 'statementId',
  'statement-transcription': 'statementId',
  'interpreter-attestation': 'statementId',
  'bondsperson-declaration': 'personId',
};

export function wordingTargetOption(kind: DocumentKind): 'statementId' | 'personId' | undefined {
  return targetOptions[kind];
}

/** The statement or bondsperson a build is for, as far as edits are concerned. */
export function wordingTarget(
  kind: DocumentKind,
  options: { readonly statementId?: string | undefined; readonly personId?: string | undefined },
): string | undefined {
  const option = targetOptions[kind];
  return option === undefined ? undefined : options[option];
}

/** A paragraph's text as a reader sees it: its runs joined. */
export function paragraphText(block: ParagraphBlock): string {
  return block.runs.map((run) => run.text).join('');
}

function eachParagraph(blocks: readonly Block[], visit: (block: ParagraphBlock) => void): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        visit(block);
        break;
      case 'list':
        for (const item of block.items) eachParagraph(item.blocks, visit);
        break;
      case 'table':
        for (const row of [...block.headerRows, ...block.rows]) for (const cell of row.cells) eachParagraph(cell.blocks, visit);
        break;
      case 'bilingual':
        for (const row of block.rows) {
          eachParagraph(row.left.blocks, visit);
          eachParagraph(row.right.blocks, visit);
        }
        break;
      default:
        break;
    }
  }
}

/** The texts of the document's paragraphs that have any, each once, in reading order: what an advocate may reword. */
export function editableParagraphs(doc: DossierDocument): string[] {
  const seen = new Set<string>();
  eachParagraph(doc.blocks, (block) => {
    const text = paragraphText(block);
    if (text.trim() !== '') seen.add(text);
  });
  return [...seen];
}

/** The one language (or direction) every run of a paragraph shares, which the reworded run keeps. */
function shared<K extends 'lang' | 'dir'>(runs: readonly TextRun[], key: K): TextRun[K] | undefined {
  const first = runs[0]?.[key];
  return first !== undefined && runs.every((run) => run[key] === first) ? first : undefined;
}

/**
 * The paragraph as reworded: its text as one run (line breaks kept, as the templates' own are),
 * with the original's language, direction and alignment; an empty text leaves the paragraph out.
 */
function reworded(block: ParagraphBlock, text: string): ParagraphBlock[] {
  if (text.trim() === '') return [];
  const lang = shared(block.runs, 'lang');
  const dir = shared(block.runs, 'dir');
  const run: TextRun = { ...(lang === undefined ? {} : { lang }), ...(dir === undefined ? {} : { dir }), text };
  return [
    {
      type: 'paragraph',
      ...(block.lang === undefined ? {} : { lang: block.lang }),
      ...(block.dir === undefined ? {} : { dir: block.dir }),
      ...(block.align === undefined ? {} : { align: block.align }),
      runs: [run],
    },
  ];
}

/** `edited` answers the new text of a paragraph, visited in reading order, or undefined to keep it. */
function rewordBlocks(blocks: readonly Block[], edited: (block: ParagraphBlock) => string | undefined): Block[] {
  return blocks.flatMap((block): Block[] => {
    switch (block.type) {
      case 'paragraph': {
        const text = edited(block);
        return text === undefined ? [block] : reworded(block, text);
      }
      case 'list':
        return [{ ...block, items: block.items.map((item) => ({ ...item, blocks: rewordBlocks(item.blocks, edited) })) }];
      case 'table': {
        const rows = (list: typeof block.rows) =>
          list.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, blocks: rewordBlocks(cell.blocks, edited) })) }));
        return [{ ...block, headerRows: rows(block.headerRows), rows: rows(block.rows) }];
      }
      case 'bilingual':
        return [
          {
            ...block,
            rows: block.rows.map((row) => ({
              left: { ...row.left, blocks: rewordBlocks(row.left.blocks, edited) },
              right: { ...row.right, blocks: rewordBlocks(row.right.blocks, edited) },
            })),
          },
        ];
      default:
        return [block];
    }
  });
}

/** Every paragraph's text, empty ones included, in reading order. */
function paragraphTexts(doc: DossierDocument): string[] {
  const out: string[] = [];
  eachParagraph(doc.blocks, (block) => out.push(paragraphText(block)));
  return out;
}

/**
 * Replaces every paragraph whose text equals an edit's original (the first edit of an original
 * wins) and answers the edits whose original the document does not print, by index.
 *
 * `alone` is the same document as it reads on its own, when `doc` is built to cite exhibits by
 * their packet tab and page: edits name paragraphs as the advocate saw them, without those
 * citations, so each paragraph is then known by its twin there (the two builds differ in their
 * citations only; were their paragraphs to differ in number, each is known by its own text).
 */
export function applyWordingEdits(
  doc: DossierDocument,
  edits: readonly WordingEdit[],
  alone?: DossierDocument,
): { doc: DossierDocument; unmatched: number[] } {
  if (edits.length === 0) return { doc, unmatched: [] };
  const own = paragraphTexts(doc);
  const twins = alone === undefined ? own : paragraphTexts(alone);
  const names = twins.length === own.length ? twins : own;
  const present = new Set(names);
  const byOriginal = new Map<string, string>();
  for (const edit of edits) if (!byOriginal.has(edit.original)) byOriginal.set(edit.original, edit.text);
  const unmatched = edits.flatMap((edit, i) => (present.has(edit.original) ? [] : [i]));
  let at = 0;
  const edited = (block: ParagraphBlock): string | undefined => byOriginal.get(names[at++] ?? paragraphText(block));
  return { doc: { ...doc, blocks: rewordBlocks(doc.blocks, edited) }, unmatched };
}

/** The case's wordings that apply to one build, each with its place in the case: those for this very target first. */
export function applicableWording(
  entries: readonly DocumentWording[],
  kind: DocumentKind,
  lang: 'en' | 'fr',
  target: string | undefined,
): { readonly index: number; readonly wording: DocumentWording }[] {
  const mine = entries.flatMap((wording, index) => (wording.kind === kind && wording.lang === lang ? [{ index, wording }] : []));
  return [
    ...mine.filter((e) => target !== undefined && e.wording.target === target),
    ...mine.filter((e) => e.wording.target === undefined),
  ];
}

/** The document with the case's edits applied, and a warning for each edit the document no longer matches; `alone` as for `applyWordingEdits`. */
export function applyCaseWording(
  doc: DossierDocument,
  c: Pick<Case, 'wordingEdits'>,
  kind: DocumentKind,
  lang: 'en' | 'fr',
  target: string | undefined,
  alone?: DossierDocument,
): { doc: DossierDocument; warnings: FieldIssue[] } {
  const entries = applicableWording(c.wordingEdits ?? [], kind, lang, target);
  const places = entries.flatMap(({ index, wording }) =>
    wording.edits.map((edit, j) => ({ path: `wordingEdits[${index}].edits[${j}]`, edit })),
  );
  const applied = applyWordingEdits(
    doc,
    places.map((p) => p.edit),
    alone,
  );
  const document = kind.replace(/-/gu, ' ');
  const warnings = applied.unmatched.map((i) => {
    const issue = fieldIssue(places[i]?.path ?? 'wordingEdits', 'wordingEditStale', { kind, lang });
    return {
      ...issue,
      message: `An edited paragraph of the ${document} (${lang}) no longer matches the document built from the case; review it in the document’s wording.`,
    };
  });
  return { doc: applied.doc, warnings };
}
