import type { Input, Result, WordingParagraphsDto } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';

/** A generated document's kind, as the wording channels take it. */
export type DocumentKind = Input<'documentParagraphs'>['kind'];
export type WordingParagraphs = WordingParagraphsDto;

/** One document of one case: `target` is the statement or bondsperson it is for, where it has one. */
export interface WordingDocument {
  readonly caseId: string;
  readonly kind: DocumentKind;
  readonly lang: 'en' | 'fr';
  readonly target?: string | undefined;
}

const input = ({ caseId, kind, lang, target }: WordingDocument) => ({ caseId, kind, lang, ...(target === undefined ? {} : { target }) });

/** The document's paragraphs as the template words them and as this case rewords them, with any stale edits. */
export function listParagraphs(document: WordingDocument): Promise<Result<WordingParagraphs>> {
  return api.documentParagraphs(input(document));
}

/** Rewords one paragraph for this case; the template's own text removes the edit. */
export function saveWordingEdit(document: WordingDocument, original: string, text: string): Promise<Result<WordingParagraphs>> {
  return api.wordingEditSave({ ...input(document), original, text });
}

/** Back to the template's wording: one paragraph, or the whole document without `original`. */
export function resetWordingEdit(document: WordingDocument, original?: string): Promise<Result<WordingParagraphs>> {
  return api.wordingEditReset(original === undefined ? input(document) : { ...input(document), original });
}
