import type { PDFStream } from '@cantoo/pdf-lib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
  type PDFPage,
} from '@cantoo/pdf-lib';

/**
 * Chromium (Skia) prints a right-to-left word as one text object marked /ReversedChars, its
 * glyphs in visual order, each shaped cluster wrapped in its own /Span with /ActualText (one
 * letter), the other glyphs left to the font's ToUnicode map. The page looks right, but
 * pdftotext and the readers built on poppler read it badly: a cluster whose first glyph is a
 * dot or a mark drawn above or below the line (the dots of ن, the cursive drop of a final
 * letter) starts a word of its own on another baseline, and the gaps between clusters read as
 * spaces, so a Persian sentence of 14 spaces reads back with 26 and letters move to other lines.
 *
 * This rewrites each such word as one /Span whose /ActualText is the whole word (still in the
 * visual order /ReversedChars announces), its first glyph one that sits on the baseline. What is
 * drawn is unchanged: the same glyphs at the same places, only drawn in another order. A text
 * object in any other shape is left exactly as Chromium wrote it.
 */
export function mendRightToLeftText(doc: PDFDocument): boolean {
  let changed = false;
  // A font's ToUnicode map is parsed once for the whole document, however many pages use it.
  const cmaps = new Map<PDFRef, Map<string, string>>();
  for (const page of doc.getPages()) changed = mendPage(doc, page, cmaps) || changed;
  return changed;
}

/** A printed PDF with its right-to-left words mended; the same bytes when it has none. */
export async function mendPrintedPdf(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return mendRightToLeftText(doc) ? doc.save({ updateFieldAppearances: false }) : pdf;
}

/** The glyphs one Tj shows (two-byte glyph ids), at its offset from the text matrix. */
interface Glyph {
  readonly x: number;
  readonly y: number;
  readonly gids: string;
  /** The text it stands for: its span's ActualText on a span's first glyph, '' on the rest of a span, else ToUnicode. */
  readonly text: string;
}

/** A span with an ActualText, as a UTF-16 hex string or (a mirrored bracket) a literal one. */
const SPAN = /^\/Span<<\/ActualText (?:<feff((?:[0-9a-f]{4})*)>|\(((?:\\.|[^\\)])*)\)) >> ?BDC$/iu;

/** The text of a span's ActualText, or undefined when the line opens no such span. */
function spanText(line: string): string | undefined {
  const m = SPAN.exec(line);
  if (!m) return undefined;
  return m[1] !== undefined ? utf16(m[1]) : (m[2] ?? '').replace(/\\(.)/gu, '$1');
}
const GLYPH = /^(?:(-?[\d.]+) (-?[\d.]+) Td )?<((?:[0-9a-fA-F]{4})+)> Tj$/u;
const FONT = /^\/(\S+) [\d.]+ Tf$/u;
/** The marked-content tag Chromium opens a right-to-left word's text object with. */
const REVERSED = '/ReversedChars BMC';

function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** bfchar and bfrange entries of a ToUnicode CMap, glyph id (four hex digits, lower case) → text. */
export function parseToUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/gu)) {
    for (const m of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/gu))
      map.set((m[1] ?? '').toLowerCase(), utf16(m[2] ?? ''));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/gu)) {
    for (const m of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/gu)) {
      const from = parseInt(m[1] ?? '0', 16);
      const to = parseInt(m[2] ?? '0', 16);
      const base = m[3] ?? '';
      const last = parseInt(base.slice(-4), 16);
      for (let gid = from; gid <= to && gid - from < 0x10000; gid += 1) {
        map.set(gid.toString(16).padStart(4, '0'), utf16(base.slice(0, -4)) + String.fromCharCode(last + gid - from));
      }
    }
  }
  return map;
}

function streamText(doc: PDFDocument, obj: PDFObject | undefined): string | undefined {
  const stream = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (!(stream instanceof PDFRawStream)) return undefined;
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

/** ToUnicode maps of the page's fonts, by resource name; `cmaps` keeps those already parsed, by reference. */
function pageFonts(doc: PDFDocument, page: PDFPage, cmaps: Map<PDFRef, Map<string, string>>): Map<string, Map<string, string>> {
  const fonts = new Map<string, Map<string, string>>();
  const dict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [name, ref] of dict?.entries() ?? []) {
    const font = doc.context.lookup(ref);
    if (!(font instanceof PDFDict)) continue;
    const toUnicode = font.get(PDFName.of('ToUnicode'));
    const known = toUnicode instanceof PDFRef ? cmaps.get(toUnicode) : undefined;
    if (known !== undefined) {
      fonts.set(name.asString().slice(1), known);
      continue;
    }
    const cmap = streamText(doc, toUnicode);
    if (cmap === undefined) continue;
    const parsed = parseToUnicode(cmap);
    if (toUnicode instanceof PDFRef) cmaps.set(toUnicode, parsed);
    fonts.set(name.asString().slice(1), parsed);
  }
  return fonts;
}

/** The glyphs of a right-to-left text object, or undefined when it is not in the shape this knows. */
function glyphsOf(lines: readonly string[], fonts: Map<string, Map<string, string>>): Glyph[] | undefined {
  const glyphs: Glyph[] = [];
  let toUnicode: Map<string, string> | undefined;
  let span: string | undefined;
  let x = 0;
  let y = 0;
  for (const line of lines) {
    const font = FONT.exec(line);
    if (font) toUnicode = fonts.get(font[1] ?? '');
    span = spanText(line) ?? span;
    const glyph = GLYPH.exec(line);
    if (glyph) {
      x += Number(glyph[1] ?? 0);
      y += Number(glyph[2] ?? 0);
      const gids = (glyph[3] ?? '').toLowerCase();
      const each = gids.match(/.{4}/gu) ?? [];
      const mapped = each.map((gid) => toUnicode?.get(gid));
      const text = span ?? (mapped.every((t) => t !== undefined) ? mapped.join('') : undefined);
      if (text === undefined) return undefined;
      glyphs.push({ x, y, gids, text });
      if (span !== undefined) span = '';
    } else if (/Tj$|TJ$|'$|"$/u.test(line)) return undefined;
    if (line === 'EMC') span = undefined;
  }
  return glyphs;
}

const num = (n: number): string => String(Math.round(n * 1e4) / 1e4);

/** One text object (BT … ET lines) rewritten as one word, or the same lines when it is not a right-to-left word of the known shape. */
export function mendTextObject(lines: readonly string[], fonts: Map<string, Map<string, string>>, joiner = ''): string[] {
  if (lines[1] !== '/ReversedChars BMC' || lines.at(-2) !== 'EMC') return [...lines];
  const glyphs = glyphsOf(lines, fonts);
  if (glyphs === undefined || glyphs.length < 2) return [...lines];
  const first = lines.findIndex((l) => GLYPH.test(l));
  // After its first glyph, a word holds only glyphs and spans (no change of font or matrix), and
  // it opens nothing but spans inside its /ReversedChars.
  if (lines.slice(first, -1).some((l) => !GLYPH.test(l) && !SPAN.test(l) && l !== 'EMC')) return [...lines];
  const opened = lines.filter((l) => / BDC$| BMC$/u.test(l));
  if (opened.length !== lines.filter((l) => l === 'EMC').length || opened.slice(1).some((l) => !SPAN.test(l))) return [...lines];
  const setup = lines.slice(2, first).filter((l) => !SPAN.test(l) && l !== 'EMC');
  // The first glyph drawn is one on the baseline: poppler places the whole word where it starts.
  const anchor = Math.max(
    0,
    glyphs.findIndex((g) => Math.abs(g.y) < 1e-6),
  );
  const order = [glyphs[anchor], ...glyphs.slice(0, anchor), ...glyphs.slice(anchor + 1)].filter((g) => g !== undefined);
  let x = 0;
  let y = 0;
  const drawn = order.map((g) => {
    const line = `${num(g.x - x)} ${num(g.y - y)} Td <${g.gids}> Tj`;
    x = g.x;
    y = g.y;
    return line;
  });
  // Digits and punctuation inside the word (the comma of "سنوات،") between right-to-left marks,
  // for the same reason as markWeak's.
  const text = glyphs
    .map((g) => g.text)
    .join('')
    .replace(/[\p{N}\p{P}\p{S}]+/gu, (weak) => `\u200f${weak}\u200f`)
    .concat(joiner);
  return ['BT', '/ReversedChars BMC', ...setup, actualText(text), ...drawn, 'EMC', 'EMC', 'ET'];
}

const actualText = (text: string): string => `/Span<</ActualText <feff${Buffer.from(text, 'utf16le').swap16().toString('hex')}> >> BDC`;

/** What a text object shows: a right-to-left word, spaces, digits or punctuation alone, a joiner alone (ZWNJ), or anything else. */
type Kind = 'rtl' | 'space' | 'weak' | 'joiner' | 'other';

function kindOf(lines: readonly string[], fonts: Map<string, Map<string, string>>): { kind: Kind; text: string } {
  if (lines[1] === '/ReversedChars BMC') return { kind: 'rtl', text: '' };
  const text = glyphsOf(lines, fonts)
    ?.map((g) => g.text)
    .join('');
  const first = lines.findIndex((l) => GLYPH.test(l));
  const plain = lines.slice(first, -1).every((l) => GLYPH.test(l) || SPAN.test(l) || l === 'EMC');
  if (text === undefined || !plain || lines.some((l) => / BMC$/u.test(l))) return { kind: 'other', text: '' };
  if (/^\s*$/u.test(text)) return { kind: 'space', text };
  if (/^[\u200c\u200d]+$/u.test(text)) return { kind: 'joiner', text };
  // Digits and punctuation; a joiner alone (ZWNJ inside "خانواده‌ام") stays as it is.
  return { kind: /\p{L}/u.test(text) || !/[\p{N}\p{P}\p{S}]/u.test(text) ? 'other' : 'weak', text };
}

/**
 * Digits or punctuation among right-to-left words of a line ("سال ۱۳۹۸ به", the number "2." at
 * a line's right end; nothing of another direction beside them) get an ActualText between
 * right-to-left marks: poppler reorders a right-to-left line by taking everything that is not a
 * right-to-left letter beside a number as part of it, so the space before "به" moved in front of
 * the year and "2." read ".2". The marks hold the spaces where they were typed; a reader drops
 * them with the other bidi marks.
 */
function markWeak(
  blocks: readonly (readonly string[])[],
  fonts: Map<string, Map<string, string>>,
): { blocks: string[][]; joiners: Map<number, string> } {
  const joiners = new Map<number, string>();
  // Each object's kind is worked out when first asked for: most objects are on lines without a
  // right-to-left word, where nothing is marked and no neighbour's kind matters.
  const kinds: ({ kind: Kind; text: string } | undefined)[] = [];
  const kindAt = (i: number): { kind: Kind; text: string } | undefined => {
    const block = blocks[i];
    if (block === undefined) return undefined;
    return (kinds[i] ??= kindOf(block, fonts));
  };
  // The line a text object is on: its text matrix without the horizontal offset (worked out once per object).
  const lineOf = new Map<readonly string[], string | undefined>(
    blocks.map((b) => [
      b,
      b
        .find((l) => l.endsWith(' Tm'))
        ?.split(' ')
        .filter((_, i) => i !== 4)
        .join(' '),
    ]),
  );
  const tm = (b: readonly string[] | undefined): string | undefined => (b === undefined ? undefined : lineOf.get(b));
  const rightToLeftLines = new Set(blocks.filter((b) => b[1] === REVERSED).map(tm));
  const neighbour = (from: number, step: number): number => {
    let i = from + step;
    while (kindAt(i)?.kind === 'space') i += step;
    return i;
  };
  const marked = blocks.map((block, i) => {
    // Only an object on a line that has a right-to-left word can be marked (as a joiner or a weak one beside it).
    if (!rightToLeftLines.has(tm(block))) return [...block];
    const own = kindAt(i);
    const first = block.findIndex((l) => GLYPH.test(l));
    const setup = block.slice(0, first).filter((l) => !SPAN.test(l) && l !== 'EMC');
    const glyphs = block.slice(first, -1).filter((l) => GLYPH.test(l));
    // A ZWNJ Chromium draws on its own, between two parts of a word ("می‌کنم"), joins the part on
    // its left: alone, its empty box on the line made poppler read the line out of order.
    if (own?.kind === 'joiner' && kindAt(i - 1)?.kind === 'rtl' && tm(blocks[i - 1]) === tm(block)) {
      joiners.set(i - 1, own.text);
      return [...setup, actualText(''), ...glyphs, 'EMC', 'ET'];
    }
    if (own?.kind !== 'weak') return [...block];
    const [before, after] = [neighbour(i, -1), neighbour(i, 1)];
    // A neighbour on another line is none: the number "2." opens a right-to-left line at its right end.
    const side = (i: number): Kind | undefined => (tm(blocks[i]) === tm(block) ? kindAt(i)?.kind : undefined);
    const sides = [side(before), side(after)];
    const fits = sides.every((k) => k === undefined || k === 'rtl' || k === 'weak') && sides.includes('rtl');
    if (!fits) return [...block];
    return [...setup, actualText(`\u200f${own.text}\u200f`), ...glyphs, 'EMC', 'ET'];
  });
  return { blocks: marked, joiners };
}

/** The page's content with every right-to-left word mended; undefined when nothing changed. */
export function mendContent(content: string, fonts: Map<string, Map<string, string>>): string | undefined {
  // Without a right-to-left word there is nothing to mend: weak characters and joiners are only marked beside one.
  if (!content.includes(REVERSED)) return undefined;
  const lines = content.split('\n');
  // The text objects (BT … ET) in drawing order, and the lines between them.
  const blocks: string[][] = [];
  const between: string[][] = [[]];
  for (let i = 0; i < lines.length; i += 1) {
    const end = lines[i] === 'BT' ? lines.indexOf('ET', i) : -1;
    if (end < 0) {
      between[between.length - 1]?.push(lines[i] ?? '');
      continue;
    }
    blocks.push(lines.slice(i, end + 1));
    between.push([]);
    i = end;
  }
  const marked = markWeak(blocks, fonts);
  const mended = marked.blocks.map((b, i) => mendTextObject(b, fonts, marked.joiners.get(i)));
  const out = between.flatMap((gap, i) => [...gap, ...(mended[i] ?? [])]).join('\n');
  return out === content ? undefined : out;
}

function mendPage(doc: PDFDocument, page: PDFPage, cmaps: Map<PDFRef, Map<string, string>>): boolean {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  let fonts: Map<string, Map<string, string>> | undefined;
  let changed = false;
  for (const ref of refs) {
    if (!(ref instanceof PDFRef)) continue;
    const text = streamText(doc, ref);
    if (text === undefined || !text.includes(REVERSED)) continue;
    // The fonts' maps are read only for a page that draws a right-to-left word.
    fonts ??= pageFonts(doc, page, cmaps);
    if (fonts.size === 0) return changed;
    const mended = mendContent(text, fonts);
    if (mended === undefined) continue;
    const stream: PDFStream = doc.context.flateStream(Buffer.from(mended, 'latin1'));
    doc.context.assign(ref, stream);
    changed = true;
  }
  return changed;
}
