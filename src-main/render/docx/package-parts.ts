import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { normalizeText } from '../../core/text/normalize.ts';
import { finishParagraphs } from './paragraph-properties.ts';

export interface PackageMeta {
  readonly title: string;
  readonly lang: string;
  readonly subject?: string;
}

const escapeXml = (text: string): string =>
  normalizeText(text).replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * Core properties: title, subject and language only. No creator or last-modified-by (docx
 * writes "Un-named"), no revision count and no timestamps, so nothing about who made the file,
 * where or when leaves with it, and the same document gives the same bytes.
 */
function coreXml(meta: PackageMeta): string {
  const subject = meta.subject === undefined || meta.subject === '' ? '' : `<dc:subject>${escapeXml(meta.subject)}</dc:subject>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title>${subject}<dc:language>${escapeXml(meta.lang)}</dc:language>` +
    '</cp:coreProperties>'
  );
}

/** Extended properties name the application and nothing else (no template, company or statistics). */
const APP_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Dossier</Application></Properties>';

/** Every entry gets the same date (the zip format's earliest), so output is reproducible. */
const FIXED_MTIME = new Date(1980, 0, 1, 12, 0, 0);

/** Rewrites the package docx produced: paragraph properties finished, properties cleaned, re-zipped. */
export function finishPackage(docx: Uint8Array, meta: PackageMeta): Uint8Array {
  const entries = unzipSync(docx);
  const out: Zippable = {};
  const names = Object.keys(entries).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) {
    const data = entries[name];
    if (data === undefined) continue;
    let bytes = data;
    if (name === 'docProps/core.xml') bytes = strToU8(coreXml(meta));
    else if (name === 'docProps/app.xml') bytes = strToU8(APP_XML);
    else if (/^word\/(document|header\d+|footer\d+)\.xml$/u.test(name)) bytes = strToU8(finishParagraphs(strFromU8(data)));
    out[name] = [bytes, { mtime: FIXED_MTIME, level: 6 }];
  }
  return zipSync(out);
}
