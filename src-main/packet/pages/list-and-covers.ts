import type { Block, DossierDocument, TableRow, TextRun } from '../../documents/model.ts';
import { punctuate } from '../../documents/french.ts';
import { packetWords } from '../contents/words.ts';
import type { PlannedEntry } from '../plan/plan.ts';
import { entryLink } from '../assemble/link-uri.ts';
import type { CoverContent, GeneratedPageOptions } from './ports.ts';

/**
 * The list of documents and the volume covers as document-model trees, so the document engine
 * lays them out like every other generated document (any script, bidi, bundled fonts). Running
 * headers and footers are off: the assembler stamps the packet's own page numbers.
 */
const PAGE = { size: 'letter', margins: { top: 25.4, right: 25.4, bottom: 25.4, left: 25.4 } } as const;

const cell = (runs: readonly TextRun[], extra: readonly Block[] = []): { blocks: Block[] } => ({
  blocks: [{ type: 'paragraph', runs: [...runs] }, ...extra],
});

function pagesText(entry: PlannedEntry): string {
  return entry.firstLabel === entry.lastLabel ? entry.firstLabel : `${entry.firstLabel}–${entry.lastLabel}`;
}

function entryRows(entries: readonly PlannedEntry[], options: GeneratedPageOptions, linkBase: number | undefined): TableRow[] {
  const w = packetWords[options.lang];
  return entries.map((entry, i) => {
    // Each entry's tab and pages link to the entry; the assembler points the link at its page.
    const link = (text: string): TextRun => (linkBase === undefined ? { text } : { text, href: entryLink(linkBase + i) });
    const author: Block[] =
      entry.author === undefined
        ? []
        : [{ type: 'paragraph', runs: [{ text: `${w.author}${punctuate(options.lang, ': ')}`, italic: true }, { text: entry.author }] }];
    const title: TextRun = entry.depth === 1 ? { text: `\u2003${entry.title}` } : { text: entry.title, bold: true };
    const cells = [
      cell([link(entry.tab)]),
      cell([title], author),
      cell([{ text: entry.date ?? '', unbroken: true }]),
      cell([link(pagesText(entry))]),
    ];
    if (options.volumes > 1) cells.push(cell([{ text: String(entry.volume) }]));
    return { cells };
  });
}

function headerRow(options: GeneratedPageOptions): TableRow {
  const w = packetWords[options.lang];
  const names = [w.tab, w.document, w.date, w.pages, ...(options.volumes > 1 ? [options.volumeWord === 'file' ? w.file : w.volume] : [])];
  // A column name is one word and never breaks ("Onglet", not "Ongl/et").
  return { cells: names.map((text) => cell([{ text, bold: true, unbroken: true }])) };
}

/** Column widths in percent: the tab column holds "Onglet" in bold and the date column "30 septembre 2026", each on one line. */
const widths = (options: GeneratedPageOptions): number[] => (options.volumes > 1 ? [10, 40, 20, 22, 8] : [10, 50, 22, 18]);

export function listOfDocumentsModel(entries: readonly PlannedEntry[], options: GeneratedPageOptions): DossierDocument {
  const w = packetWords[options.lang];
  return {
    meta: { title: w.list, lang: options.lang },
    page: PAGE,
    blocks: [
      ...options.headerLines.map((text, i): Block => ({ type: 'paragraph', runs: [{ text, ...(i === 0 ? { bold: true } : {}) }] })),
      { type: 'heading', level: 1, runs: [{ text: w.list }] },
      { type: 'table', headerRows: [headerRow(options)], rows: entryRows(entries, options, 0), columnWidths: widths(options) },
    ],
  };
}

export function volumeCoverModel(cover: CoverContent, options: GeneratedPageOptions): DossierDocument {
  const w = packetWords[options.lang];
  const blocks: Block[] = [
    ...options.headerLines.map((text): Block => ({ type: 'paragraph', runs: [{ text }] })),
    { type: 'heading', level: 1, runs: [{ text: w.volumeOf(cover.volume, cover.volumes.length) }] },
  ];
  for (const volume of cover.volumes) {
    const mine = volume.volume === cover.volume;
    blocks.push({
      type: 'heading',
      level: 2,
      runs: [{ text: w.volumeRange(volume.volume, volume.firstLabel, volume.lastLabel) }, ...(mine ? [{ text: ` ${w.thisVolume}` }] : [])],
    });
    blocks.push({
      type: 'table',
      headerRows: [headerRow(options)],
      rows: entryRows(volume.entries, options, undefined),
      columnWidths: widths(options),
    });
  }
  return { meta: { title: w.volumeOf(cover.volume, cover.volumes.length), lang: options.lang }, page: PAGE, blocks };
}
