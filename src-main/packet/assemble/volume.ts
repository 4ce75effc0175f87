import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import type { DocLang } from '../../documents/builders/format-date.ts';
import { packetWords } from '../contents/words.ts';
import { addDividerPage } from './divider.ts';
import { labelRanges, labelText, stampWords } from '../plan/labels.ts';
import { resolveEntryLinks, type LinkTarget } from './links.ts';
import { writeOutline, type OutlineItem } from './outline.ts';
import { writePageLabels } from './page-labels.ts';
import type { PacketOptions, PacketPlan, PlannedVolume } from '../plan/plan.ts';
import { writePdfMetadata } from '../../render/pdf/metadata.ts';
import { forPart, PartAssemblyError } from './part-error.ts';
import { writeDrawnStreamsPlain } from './plain-streams.ts';
import { stampLabel } from './stamp.ts';

export interface VolumeInput {
  readonly plan: PacketPlan;
  readonly volume: PlannedVolume;
  readonly options: PacketOptions;
  /** Parsed PDFs by key: the documents, plus 'cover' and 'list' for this volume. */
  readonly source: (key: string) => Promise<PDFDocument>;
  readonly title: string;
  /** The language of the proceedings: every stamp, divider and bookmark word is in it. */
  readonly lang: DocLang;
  readonly subject?: string;
  readonly keywords?: readonly string[];
  /** Every volume's file name, for links from the list of documents into other volumes. */
  readonly fileNames: readonly string[];
  readonly signal?: AbortSignal;
}

/**
 * One volume: pages copied (the sources are never modified, so a rebuild never stacks
 * stamps), numbers and tab labels stamped, dividers added, bookmarks, page labels, links from
 * the list of documents, and clean metadata.
 */
export async function assembleVolume(input: VolumeInput): Promise<Uint8Array> {
  const { volume, options, plan } = input;
  const words = stampWords[input.lang];
  const out = await PDFDocument.create({ updateMetadata: false });
  const font = await out.embedFont(StandardFonts.Helvetica);
  const bold = await out.embedFont(StandardFonts.HelveticaBold);

  for (const part of volume.parts) {
    input.signal?.throwIfAborted();
    if (part.role === 'divider') {
      addDividerPage(out, words.divider(part.tab ?? ''), bold);
      continue;
    }
    const key = part.role === 'document' ? (part.key ?? '') : part.role;
    const source = await input.source(key);
    let copied: PDFPage[];
    try {
      copied = await out.copyPages(source, source.getPageIndices());
    } catch (error) {
      throw new PartAssemblyError(key, error);
    }
    if (copied.length !== part.pages) throw new Error(`page count of ${part.role} changed`);
    for (const page of copied) out.addPage(page);
    if (part.role === 'document' && options.tabStamps && part.tab !== undefined) {
      const first = copied[0];
      const tab = part.tab;
      if (first) forPart(key, () => stampTab(first, words.tab(tab), bold, options));
    }
  }

  const pages = out.getPages();
  volume.numbers.forEach((n, i) => {
    const page = pages[i];
    if (!page || n === undefined) return;
    const part = volume.parts.find((p) => p.role === 'document' && i >= p.startIndex && i < p.startIndex + p.pages);
    forPart(part?.key ?? 'volume', () => stampNumber(page, labelText(options.labelStyle, n, plan.lastNumber, input.lang), font, options));
  });

  writeOutline(out, outlineFor(input));
  writePageLabels(out, labelRanges(options.labelStyle, volume.numbers));
  const listPart = volume.parts.find((p) => p.role === 'list');
  if (listPart) {
    const listPages = Array.from({ length: listPart.pages }, (_, i) => listPart.startIndex + i);
    resolveEntryLinks(out, listPages, (index) => linkTarget(input, index));
  }
  writePdfMetadata(out, {
    title: input.title,
    lang: input.lang,
    ...(input.subject === undefined ? {} : { subject: input.subject }),
    ...(input.keywords === undefined ? {} : { keywords: input.keywords }),
  });
  writeDrawnStreamsPlain(out);
  return out.save({ useObjectStreams: true, updateFieldAppearances: false });
}

function stampNumber(page: PDFPage, text: string, font: PDFFont, options: PacketOptions): void {
  stampLabel(page, text, font, options.position);
}

function stampTab(page: PDFPage, text: string, font: PDFFont, options: PacketOptions): void {
  stampLabel(page, text, font, options.position === 'top-right' ? 'top-left' : 'top-right', true);
}

function linkTarget(input: VolumeInput, index: number): LinkTarget | undefined {
  const entry = input.plan.entries[index];
  if (!entry) return undefined;
  const sameFile = entry.volume === input.volume.volume;
  return { fileName: sameFile ? undefined : input.fileNames[entry.volume - 1], pageIndex: entry.targetIndex };
}

function outlineFor(input: VolumeInput): OutlineItem[] {
  const words = packetWords[input.lang];
  const stamps = stampWords[input.lang];
  const items: { title: string; pageIndex: number; children: OutlineItem[] }[] = [];
  for (const part of input.volume.parts) {
    if (part.role === 'cover') items.push({ title: words.cover, pageIndex: part.startIndex, children: [] });
    if (part.role === 'list') items.push({ title: words.list, pageIndex: part.startIndex, children: [] });
  }
  for (const entry of input.plan.entries.filter((e) => e.volume === input.volume.volume)) {
    const title = entry.tab === '' ? entry.title : `${stamps.tab(entry.tab)} – ${entry.title}`;
    const item = { title, pageIndex: entry.targetIndex, children: [] };
    if (entry.depth === 0) items.push(item);
    else items.at(-1)?.children.push(item);
  }
  // In page order: a cover letter comes before the list of documents.
  return items.sort((a, b) => a.pageIndex - b.pageIndex);
}
