import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { isXmlText } from '../../src-main/core/text/normalize.ts';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Parses XML strictly: any error (malformed markup) throws, and so does any character XML 1.0
 * forbids, which xmldom itself lets through. Warnings (such as for U+FFFD, a legal character
 * that normalisation writes for lone surrogates) are not errors.
 */
export function parseXml(xml: string): XmlDocument {
  if (!isXmlText(xml)) throw new Error('XML holds a character XML 1.0 forbids');
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}

export function docxParts(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(docx)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

export function part(docx: Uint8Array, name: string): string {
  const text = docxParts(docx)[name];
  if (text === undefined) throw new Error(`${name} missing`);
  return text;
}

export const children = (el: Element | XmlDocument, local: string): Element[] => Array.from(el.getElementsByTagNameNS(W, local));

export function child(el: Element, local: string): Element | undefined {
  return Array.from(el.childNodes).find(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === local && (n as Element).namespaceURI === W,
  );
}

export const wAttr = (el: Element | undefined, name: string): string | null => el?.getAttributeNS(W, name) ?? null;

/** The body's top-level paragraphs. */
export function bodyParagraphs(doc: XmlDocument): Element[] {
  const body = children(doc, 'body')[0];
  if (body === undefined) throw new Error('no body');
  return Array.from(body.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === 'p');
}

/** The text of a paragraph's runs: w:t, and w:noBreakHyphen (in a name kept unbroken) as the hyphen Word shows. */
export const paragraphText = (p: Element): string =>
  Array.from(p.getElementsByTagNameNS(W, '*'))
    .filter((el) => el.localName === 't' || el.localName === 'noBreakHyphen')
    .map((el) => (el.localName === 't' ? (el.textContent ?? '') : '-'))
    .join('');
