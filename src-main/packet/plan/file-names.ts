/**
 * Output file names: a configurable pattern filled in and made safe on every system the file
 * may be copied to (Windows being the strictest), and free of invisible characters that could
 * make two names look alike or reorder what is shown.
 */
export const DEFAULT_NAME_PATTERN = '[file number] – [division] – [document type] – Vol [volume]';

export interface NameFields {
  readonly fileNumber: string;
  readonly division: string;
  readonly documentType: string;
  readonly volume: number;
  readonly volumes: number;
}

const MAX_NAME = 150;
/**
 * A file name's limit is 255 bytes on ext4 and APFS and 255 UTF-16 units on NTFS; UTF-8 bytes
 * never count fewer than UTF-16 units, so a name under 255 UTF-8 bytes fits everywhere. A Thai
 * or Chinese title reaches that long before 150 characters.
 */
const MAX_BYTES = 255;
/** Room a stem leaves for the extension added after it (".docx", ".pdf"). */
const EXTENSION_ROOM = 16;

/** Bytes of `text` in UTF-8, counted by code point (this module runs without Node's or the DOM's encoders). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The longest start of `text` within both limits, cut between whole graphemes (never inside a Thai cluster or an emoji). */
function clip(text: string, maxChars: number, maxBytes: number): string {
  let out = '';
  let chars = 0;
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    const c = [...segment].length;
    const b = utf8Length(segment);
    if (chars + c > maxChars || bytes + b > maxBytes) break;
    out += segment;
    chars += c;
    bytes += b;
  }
  return out;
}
/** Names Windows keeps for devices, with or without an extension, spaces before it ignored ("CON", "nul .txt", "COM¹", "CONIN$"). */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/iu;

/** Bidi controls, zero-width characters, BOM, soft hyphen, and every other format (Cf) character. */
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

/** Half a surrogate pair, and noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their kin in every plane). */
const BROKEN =
  /[\p{Cs}\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}-\u{3FFFF}\u{4FFFE}-\u{4FFFF}\u{5FFFE}-\u{5FFFF}\u{6FFFE}-\u{6FFFF}\u{7FFFE}-\u{7FFFF}\u{8FFFE}-\u{8FFFF}\u{9FFFE}-\u{9FFFF}\u{AFFFE}-\u{AFFFF}\u{BFFFE}-\u{BFFFF}\u{CFFFE}-\u{CFFFF}\u{DFFFE}-\u{DFFFF}\u{EFFFE}-\u{EFFFF}\u{FFFFE}-\u{FFFFF}\u{10FFFE}-\u{10FFFF}]/gu;

export function safeFileStem(raw: string): string {
  let name = raw
    .replace(BROKEN, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\p{Cc}<>:"/\\|?*]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  name = clip(name, MAX_NAME, MAX_BYTES - EXTENSION_ROOM);
  name = name.replace(/[. ]+$/u, '').replace(/^[. ]+/u, '');
  if (name === '') name = 'packet';
  if (RESERVED.test(name)) name = `_${name}`;
  return name;
}

/**
 * Fills `[file number]`, `[division]`, `[document type]`, `[volume]` and `[volumes]`. A single
 * volume drops a trailing "– Vol 1" so a one-file packet is not called volume 1.
 */
export function volumeFileName(pattern: string, fields: NameFields, extension = '.pdf'): string {
  let text = pattern;
  if (fields.volumes === 1) text = text.replace(/\s*[–-]\s*Vol(ume)?\.?\s*\[volume\]\s*$/iu, '');
  text = text
    .replaceAll('[file number]', fields.fileNumber)
    .replaceAll('[division]', fields.division)
    .replaceAll('[document type]', fields.documentType)
    .replaceAll('[volumes]', String(fields.volumes))
    .replaceAll('[volume]', String(fields.volume));
  if (fields.volumes > 1 && !pattern.includes('[volume]')) text = `${text} – Vol ${fields.volume}`;
  return withExtension(text, extension, 'packet');
}

/** A safe stem cut so that stem and extension fit every system's limits together. */
function withExtension(text: string, extension: string, fallback: string): string {
  const stem = clip(safeFileStem(text), MAX_NAME - extension.length, MAX_BYTES - utf8Length(extension)).replace(/[. ]+$/u, '');
  return `${stem === '' ? fallback : stem}${extension}`;
}

/**
 * A generated document's file name: its title, the client's name and the date, e.g.
 * "Notice of need for an interpreter – DOE Jane – 2026-12-07.pdf", made safe as any output name.
 */
export function documentFileName(
  parts: { readonly title: string; readonly client: string; readonly date: string },
  extension: string,
): string {
  const text = [parts.title, parts.client, parts.date].filter((p) => p.trim() !== '').join(' – ');
  return withExtension(text, extension, 'document');
}
