import type { CaseKind } from './model/case.ts';

/**
 * The documents a case of each kind can make (document kinds of
 * src-main/documents/builders/document-types.ts), most used first: one home, read by the
 * Documents tab, which lists them, and by the case search, which reads their text. Statements
 * and their certifications: any case with a translated statement can file them.
 */
const statementKinds = [
  'statement-bilingual',
  'statement-translation',
  'statement-transcription',
  'translator-declaration',
  'translator-affidavit',
  'translation-certificate',
  'interpreter-attestation',
] as const;

const kindsByCase = {
  'detention-review': [
    'interpreter-notice',
    'early-review-application',
    'privacy-application',
    'documents-application',
    'witnesses-application',
    'summons-application',
    'change-date-application',
    'client-prep-sheet',
    'release-plan',
    'bondsperson-declaration',
    'proof-of-service',
    'timeline',
    ...statementKinds,
    'redaction-log',
  ],
  hc: ['hc-submission', 'hc-letters-index', 'hc-forms-checklist', 'timeline', ...statementKinds, 'redaction-log'],
} as const satisfies Readonly<Record<CaseKind, readonly string[]>>;

export type CaseDocumentKind = (typeof kindsByCase)[CaseKind][number];

/** The documents a case of this kind makes, most used first. */
export function caseDocumentKinds(kind: CaseKind): readonly CaseDocumentKind[] {
  return kindsByCase[kind];
}
