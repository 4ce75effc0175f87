import type { FieldIssue } from '../core/errors.ts';
import { fieldIssue } from '../core/issues/text.ts';
import { frenchVersionWarnings } from '../core/lang/french-versions.ts';
import type { Case } from '../core/model/case.ts';
import { realNameForms } from '../core/names.ts';
import { isPossiblyPublic } from '../documents/builders/document-audience.ts';
import type { DocumentKind } from '../documents/builders/document-types.ts';
import type { DocLang } from '../documents/builders/format-date.ts';
import type { DossierDocument } from '../documents/model.ts';
import { realNameParagraphs } from '../packet/report/real-name.ts';

// What to check before filing a document made on its own (the Documents tab, `render`): the
// warnings a packet build gives in its own report, for one document.

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

/**
 * A French release plan made from the Documents tab names the case text it prints as typed (no
 * French version), as the Packets tab does before a French build: the same list, from the same
 * place (`frenchVersionWarnings`), whatever the case's language of proceedings.
 */
export function frenchTextWarnings(kind: DocumentKind, c: Case, lang: DocLang): FieldIssue[] {
  if (kind !== 'release-plan' || lang !== 'fr') return [];
  const heardInFrench = { ...c, matter: { ...c.matter, languageOfProceedings: 'fr' as const } };
  return frenchVersionWarnings(heardInFrench, 'detention-release-plan').map(({ code, path, params }) => fieldIssue(path, code, params));
}
