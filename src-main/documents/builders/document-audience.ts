import type { Case } from '../../core/model/case.ts';
import { clientAsNamed } from '../../core/names.ts';
import type { DocumentKind } from './document-types.ts';

/**
 * Who may end up reading each document (the reasons are in docs/pseudonyms.md):
 * - `possibly-public`: filed with a tribunal, or served on the Minister for a tribunal's file,
 *   where a hearing, a judicial review or an access request can put it before the public;
 * - `ircc`: an application's papers, read by IRCC officers under the Privacy Act and never public;
 * - `client`: stays between counsel and the client.
 */
type Forum = Case['matter']['forum'];

export type DocumentAudience = 'possibly-public' | 'ircc' | 'client';

export const documentAudience: Readonly<Record<DocumentKind, DocumentAudience>> = {
  letter: 'possibly-public',
  timeline: 'possibly-public',
  'translator-declaration': 'possibly-public',
  'translator-affidavit': 'ircc',
  'translation-certificate': 'ircc',
  'statement-bilingual': 'possibly-public',
  'statement-translation': 'possibly-public',
  'statement-transcription': 'possibly-public',
  'interpreter-attestation': 'possibly-public',
  'release-plan': 'possibly-public',
  'bondsperson-declaration': 'possibly-public',
  'early-review-application': 'possibly-public',
  'interpreter-notice': 'possibly-public',
  'proof-of-service': 'possibly-public',
  'client-prep-sheet': 'client',
  'privacy-application': 'possibly-public',
  'documents-application': 'possibly-public',
  'witnesses-application': 'possibly-public',
  'summons-application': 'possibly-public',
  'change-date-application': 'possibly-public',
  'hc-submission': 'ircc',
  'hc-letters-index': 'ircc',
  'hc-forms-checklist': 'ircc',
  'redaction-log': 'possibly-public',
};

/**
 * Forums whose files can become public: the Immigration Division (its hearings are public unless
 * made private), the Refugee Protection Division (private, but its record goes to the Federal
 * Court on judicial review) and the Federal Court. Papers sent to IRCC or the CBSA are not.
 */
const publicForums: ReadonlySet<Forum> = new Set(['IRB-ID', 'IRB-RPD', 'FC']);

/**
 * True when the document may become public: its kind is filed with a tribunal and the case is
 * before one. The proceeding's privacy (`matter.privacy`) does not change it: a private hearing's
 * record can still reach the Federal Court, and an order can be lifted.
 */
export function isPossiblyPublic(kind: DocumentKind, forum: Forum): boolean {
  return documentAudience[kind] === 'possibly-public' && isPublicForum(forum);
}

/** True when what is filed in the forum can become public (see `publicForums`). */
export function isPublicForum(forum: Forum): boolean {
  return publicForums.has(forum);
}

/** The case as a document of this kind names the client: the one place the pseudonym is chosen. */
export function caseAsNamedIn(kind: DocumentKind, c: Case): Case {
  const client = clientAsNamed(c.client, isPossiblyPublic(kind, c.matter.forum));
  return client === c.client ? c : { ...c, client };
}

/**
 * The case as the packet's own pages name the client: the list of documents, covers, bookmarks,
 * file names and PDF metadata are filed with everything else, so they use the pseudonym whenever
 * the forum's filings can become public.
 */
export function caseAsFiled(c: Case): Case {
  const client = clientAsNamed(c.client, isPublicForum(c.matter.forum));
  return client === c.client ? c : { ...c, client };
}
