import { isDossierError } from '../core/errors.ts';
import { caseDocumentKinds } from '../core/case-documents.ts';
import type { Case } from '../core/model/case.ts';
import { buildDocument } from '../documents/builders/build-document.ts';
import type { CounselProfile } from '../documents/builders/counsel-profile.ts';
import type { DocumentKind } from '../documents/builders/document-types.ts';
import type { DocLang } from '../documents/builders/format-date.ts';
import type { TemplateSet } from '../documents/builders/template-set.ts';
import { collectText } from '../documents/text-walk.ts';

/** What building a case's documents needs besides the case: counsel, the templates, the day. */
export interface DocumentTextSources {
  readonly counsel: () => CounselProfile | undefined;
  readonly templates: (lang: DocLang) => TemplateSet;
  readonly today: () => string;
}

/** One generated document's text: its kind, title and language, and its pieces (a paragraph, a cell, a running head). */
export interface DocumentText {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly lang: DocLang;
  readonly pieces: readonly string[];
}

/** A run's path ends in `.runs[2]` (or a signature's `.label[0]`): the pieces of one block join into one text. */
const RUN = /\.(?:runs|label|name)\[\d+\]$/u;

/**
 * The text of every document the Documents tab lists for the case, built in the language of the
 * proceedings for its default target, in memory only (never printed nor written). A document the
 * case cannot build yet (a field still to fill, no counsel profile) has no text to find.
 */
export function caseDocumentTexts(c: Case, sources: DocumentTextSources): DocumentText[] {
  const lang = c.matter.languageOfProceedings;
  const input = { case: c, counsel: sources.counsel(), lang, today: sources.today(), templates: sources.templates(lang) };
  const out: DocumentText[] = [];
  const kinds: readonly DocumentKind[] = caseDocumentKinds(c.kind);
  for (const kind of kinds) {
    let doc;
    try {
      doc = buildDocument(kind, input);
    } catch (error) {
      if (isDossierError(error)) continue;
      throw error;
    }
    const blocks = new Map<string, string>();
    for (const piece of collectText(doc)) {
      const key = piece.path.replace(RUN, '');
      blocks.set(key, (blocks.get(key) ?? '') + piece.text);
    }
    out.push({ kind, title: doc.meta.title, lang, pieces: [...blocks.values()] });
  }
  return out;
}
