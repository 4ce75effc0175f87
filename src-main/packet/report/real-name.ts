import { foldForSearch, type RealNameForm, type RealNameText } from '../../core/names.ts';
import type { DossierDocument } from '../../documents/model.ts';
import { collectText } from '../../documents/text-walk.ts';

/**
 * Why the real name is still there:
 * - `not-public`: the document (or, in a packet for IRCC or the CBSA, the whole packet) is not
 *   one that may become public, so it names the client as entered;
 * - `statement-text`: a statement's own words, filed as written and translated;
 * - `entered-text`: text entered in the case (a title, an exhibit's author, a letter's body,
 *   a note), printed as typed: edit it to use the pseudonym;
 * - `not-checked`: the exhibits are filed as provided; their pages are not searched.
 */
export type RealNameReason = 'not-public' | 'statement-text' | 'entered-text' | 'not-checked';

/** Where: a document's pages, its title (list of documents, outline, PDF title), a file name, the exhibits. */
export type RealNamePlace = 'document' | 'title' | 'file-name' | 'exhibits';

/**
 * One place the real name still appears after a build with a pseudonym. The real name itself is
 * never written here (the manifest sits beside the filed PDFs): only which forms were found, and
 * the title with those forms masked.
 */
export interface RealNameEntry {
  readonly place: RealNamePlace;
  readonly tab: string;
  readonly title: string;
  readonly forms: readonly RealNameForm[];
  readonly reason: RealNameReason;
}

const MASK = '[—]';

/** Scripts written without spaces between words: a name in them is found anywhere in the text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

interface Match {
  readonly start: number;
  readonly end: number;
}

/** Where a folded name occurs in a folded text: as a whole word, unless its edge is in an unspaced script. */
function matches(text: string, name: string): Match[] {
  const out: Match[] = [];
  if (name === '') return out;
  const first = name.slice(0, 1);
  const last = name.slice(-1);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + name.length, at + name.length + 1);
    const startOk = UNSPACED.test(first) || !WORD.test(before);
    const endOk = UNSPACED.test(last) || !WORD.test(after);
    if (startOk && endOk) out.push({ start: at, end: at + name.length });
  }
  return out;
}

/**
 * The forms of the real name a text holds, in the order `realNameForms` gives them. Both sides
 * are folded (`foldForSearch`: case, accents, width, invisible characters), so "Lai", "LAI" and
 * "Laì" are all found; Latin names only as whole words, so "Lai" is not found in "Lair".
 */
export function realNameFormsIn(text: string, forms: readonly RealNameText[]): RealNameForm[] {
  const folded = foldForSearch(text);
  const found = new Set<RealNameForm>();
  for (const f of forms) if (matches(folded, foldForSearch(f.text)).length > 0) found.add(f.form);
  return [...found];
}

/** The text with every form of the real name replaced by "[—]", for a report that must not repeat it. */
export function maskRealName(text: string, forms: readonly RealNameText[]): string {
  let out = text.replace(/\s+/gu, ' ').trim().normalize('NFC');
  const longest = [...forms].sort((a, b) => b.text.length - a.text.length);
  for (const f of longest) {
    const folded = foldForSearch(out);
    // Where folding changes the length (a ligature, a dotted capital I), positions cannot be mapped back: mask it all.
    if (folded.length !== out.length) return realNameFormsIn(out, forms).length > 0 ? MASK : out;
    for (const h of matches(folded, foldForSearch(f.text)).reverse()) out = `${out.slice(0, h.start)}${MASK}${out.slice(h.end)}`;
  }
  return out;
}

/** The paragraphs of a document as a reader sees them: runs of one paragraph joined, so a name split across runs is still found. */
function documentParagraphs(doc: DossierDocument): string[] {
  const paragraphs = new Map<string, string>();
  for (const t of collectText(doc)) {
    const key = t.path.replace(/\[\d+\]$/u, '');
    paragraphs.set(key, `${paragraphs.get(key) ?? ''}${t.text}`);
  }
  return [...paragraphs.values()];
}

/** The text of a document as a reader sees it, a paragraph a line. */
export function documentText(doc: DossierDocument): string {
  return documentParagraphs(doc).join('\n');
}

/**
 * Each paragraph of a document that still gives a form of the real name, masked ("[—] has every
 * reason to appear…") and cut to `maxLength` characters: where to look, without repeating it.
 */
export function realNameParagraphs(doc: DossierDocument, forms: readonly RealNameText[], maxLength = 90): string[] {
  return documentParagraphs(doc)
    .filter((text) => realNameFormsIn(text, forms).length > 0)
    .map((text) => {
      const masked = maskRealName(text, forms);
      return masked.length > maxLength ? `${masked.slice(0, maxLength - 1).trimEnd()}…` : masked;
    });
}

export interface ScannedDocument {
  readonly tab: string;
  readonly title: string;
  readonly doc: DossierDocument;
  readonly possiblyPublic: boolean;
  /** A statement's own words (bilingual or translation): filed as written. */
  readonly statement: boolean;
}

export interface RealNameScan {
  readonly forms: readonly RealNameText[];
  /** False when the packet goes where nothing becomes public (IRCC, the CBSA). */
  readonly packetPublic: boolean;
  readonly documents: readonly ScannedDocument[];
  /** Every entry of the list of documents and the outline: tab, title, and an exhibit's author. */
  readonly listed: readonly { readonly tab: string; readonly title: string; readonly author?: string }[];
  readonly fileNames: readonly string[];
  readonly exhibits: number;
}

/** Every place a built packet still shows a form of the client's real name, and why. */
export function realNameReport(scan: RealNameScan): RealNameEntry[] {
  const entries: RealNameEntry[] = [];
  const add = (place: RealNamePlace, tab: string, title: string, text: string, reason: RealNameReason): void => {
    const forms = realNameFormsIn(text, scan.forms);
    if (forms.length > 0) entries.push({ place, tab, title: maskRealName(title, scan.forms), forms, reason });
  };
  const publicReason = (isPublic: boolean): RealNameReason => (scan.packetPublic && isPublic ? 'entered-text' : 'not-public');
  for (const d of scan.documents) {
    const reason = !scan.packetPublic || !d.possiblyPublic ? 'not-public' : d.statement ? 'statement-text' : 'entered-text';
    add('document', d.tab, d.title, documentText(d.doc), reason);
  }
  for (const l of scan.listed) add('title', l.tab, l.title, [l.title, l.author ?? ''].join('\n'), publicReason(true));
  for (const name of scan.fileNames) add('file-name', '', name, name, publicReason(true));
  if (scan.exhibits > 0) entries.push({ place: 'exhibits', tab: '', title: '', forms: [], reason: 'not-checked' });
  return entries;
}
