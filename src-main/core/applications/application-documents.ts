import type { ApplicationKind } from '../model/applications.ts';

/**
 * The document each ID Rules application files (a document kind of
 * src-main/documents/builders/document-types.ts): one home, read by the Documents tab, which
 * offers one document per recorded application, and by the application packet.
 */
export const applicationDocumentKind = {
  'early-review': 'early-review-application',
  interpreter: 'interpreter-notice',
  documents: 'documents-application',
  witnesses: 'witnesses-application',
  summons: 'summons-application',
  'change-date': 'change-date-application',
  'private-proceeding': 'privacy-application',
} as const satisfies Readonly<Record<ApplicationKind, string>>;

export type ApplicationDocumentKind = (typeof applicationDocumentKind)[ApplicationKind];

/** The application kind whose document this is, when it is one. */
export function applicationKindOfDocument(kind: string): ApplicationKind | undefined {
  return (Object.keys(applicationDocumentKind) as ApplicationKind[]).find((k) => applicationDocumentKind[k] === kind);
}
