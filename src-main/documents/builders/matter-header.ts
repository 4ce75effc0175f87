import type { Case } from '../../core/model/case.ts';
import { matterNumbers } from '../../core/matter/numbers.ts';
import { forumName, runningHeaderText } from '../../core/matter/wording.ts';
import type { DossierDocument } from '../model.ts';
import type { DocLang } from './format-date.ts';

/**
 * Names the matter on every page and in the file: the case's numbers as the running header
 * (centred, clear of the packet's corner stamps), and the forum and numbers as the document's
 * subject and keywords, so a PDF found on its own still says which file it belongs to. A case
 * without numbers keeps its pages as they are.
 */
export function withMatterHeader(doc: DossierDocument, c: Case, lang: DocLang): DossierDocument {
  const header = runningHeaderText(c, lang);
  if (header === '') return doc;
  return {
    ...doc,
    meta: {
      ...doc.meta,
      subject: doc.meta.subject ?? `${forumName(c.matter.forum, lang)} – ${header}`,
      keywords: matterNumbers(c).map((n) => n.value),
    },
    page: { ...doc.page, header: { ...doc.page.header, center: header, lang } },
  };
}
