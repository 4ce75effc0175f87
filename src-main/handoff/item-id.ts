import { DossierError } from '../core/errors.ts';
import { fieldIssue } from '../core/issues/text.ts';
import { documentKinds, type DocumentKind } from '../documents/builders/document-types.ts';

/** What a bundle item is: one of the case's statements, or one of its generated documents. */
export type ItemRef = { readonly kind: 'statement'; readonly id: string } | { readonly kind: 'document'; readonly document: DocumentKind };

const DOC_PREFIX = 'doc:';

export function parseItemId(itemId: string): ItemRef {
  if (!itemId.startsWith(DOC_PREFIX)) return { kind: 'statement', id: itemId };
  const document = itemId.slice(DOC_PREFIX.length);
  const kind = documentKinds.find((k) => k === document);
  if (kind === undefined)
    throw new DossierError('VALIDATION', 'There is no such document to translate.', [fieldIssue('itemId', 'unknownDocumentKind')]);
  return { kind: 'document', document: kind };
}

export function documentItemId(kind: DocumentKind): string {
  return `${DOC_PREFIX}${kind}`;
}
