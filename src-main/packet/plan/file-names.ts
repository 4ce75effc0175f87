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
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;

/** Bidi controls, zero-width characters, BOM, soft hyphen, and every other format (Cf) character. */
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

export function safeFileStem(raw: string): string {
  let name = raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\p{Cc}<>:"/\\|?*]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  name = [...name].slice(0, MAX_NAME).join('');
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
  const stem = [...safeFileStem(text)]
    .slice(0, MAX_NAME - extension.length)
    .join('')
    .replace(/[. ]+$/u, '');
  return `${stem === '' ? 'packet' : stem}${extension}`;
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
  const stem = [...safeFileStem(text)]
    .slice(0, MAX_NAME - extension.length)
    .join('')
    .replace(/[. ]+$/u, '');
  return `${stem === '' ? 'document' : stem}${extension}`;
}
