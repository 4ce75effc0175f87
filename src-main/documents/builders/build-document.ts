import type { DossierDocument } from '../model.ts';
import { scriptHintsFromCase } from '../script-hints.ts';
import { tagScripts } from '../tag-scripts.ts';
import type { DocumentKind } from './document-types.ts';
import { buildLetter, type BuildInput, type LetterContent } from './letter.ts';
import { buildTimeline } from './timeline.ts';
import { buildTranslatorDeclaration } from './translator-declaration.ts';

export interface DocumentOptions {
  readonly letter?: LetterContent;
  /** Which translated statement the declaration is for; the first translated one by default. */
  readonly statementId?: string;
}

function build(kind: DocumentKind, input: BuildInput, options: DocumentOptions): DossierDocument {
  switch (kind) {
    case 'letter':
      return buildLetter(input, options.letter);
    case 'timeline':
      return buildTimeline(input);
    case 'translator-declaration':
      return buildTranslatorDeclaration(input, options.statementId);
  }
}

/**
 * One entry point for every generated document type. Client text in another script leaves
 * here in its own language (`tagScripts`), so the preview, the PDF and the DOCX all get it.
 */
export function buildDocument(kind: DocumentKind, input: BuildInput, options: DocumentOptions = {}): DossierDocument {
  return tagScripts(build(kind, input, options), scriptHintsFromCase(input.case));
}
