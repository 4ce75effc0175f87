import { createHash } from 'node:crypto';

/**
 * The SHA-256 that identifies a source as sent for translation: UTF-8 of
 * `JSON.stringify({ lang, paragraphs: [{ key, text }] })`, every text in NFC. A statement's
 * paragraph keys are its paragraph numbers ("1", "2"…). Stored on the translation
 * (`sourceSha256`) so a later edit of the original shows.
 */
export function sourceHash(lang: string, paragraphs: readonly { readonly key: string; readonly text: string }[]): string {
  const canonical = JSON.stringify({ lang, paragraphs: paragraphs.map((p) => ({ key: p.key, text: p.text.normalize('NFC') })) });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** A statement's paragraphs keyed by their numbers, as the hash and the bundle carry them. */
export function numberedParagraphs(paragraphs: readonly string[]): { key: string; text: string }[] {
  return paragraphs.map((text, i) => ({ key: String(i + 1), text }));
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Ties a bundle to its case without carrying the case id (which may spell the client's name). */
export function caseRef(requestId: string, caseId: string): string {
  return createHash('sha256').update(`dossier-handoff-case\u0000${requestId}\u0000${caseId}`, 'utf8').digest('hex');
}
