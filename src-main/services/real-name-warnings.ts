import type { FieldIssue } from '../core/errors.ts';
import { fieldIssue } from '../core/issues/text.ts';
import type { Case } from '../core/model/case.ts';
import { realNameForms } from '../core/names.ts';
import { isPossiblyPublic } from '../documents/builders/document-audience.ts';
import type { DocumentKind } from '../documents/builders/document-types.ts';
import type { DossierDocument } from '../documents/model.ts';
import { realNameParagraphs } from '../packet/report/real-name.ts';

/**
 * A document filed under the client's pseudonym that still gives their real name, in text typed
 * in the case (counsel's paragraphs, an answer to a ground, a note): one warning per paragraph,
 * the name masked, so the Documents tab and `render` say where before anything is filed. A packet
 * build says the same in its own report (packet/report/real-name.ts).
 */
export function realNameWarnings(kind: DocumentKind, c: Case, doc: DossierDocument): FieldIssue[] {
  if ((c.client.pseudonymForFilings?.trim() ?? '') === '' || !isPossiblyPublic(kind, c.matter.forum)) return [];
  return realNameParagraphs(doc, realNameForms(c.client)).map((excerpt) =>
    fieldIssue('client.pseudonymForFilings', 'realNameInText', { excerpt }),
  );
}
