import type { TemplateRules } from '../templates/validate.ts';
import { chronologyStrings } from './chronology.ts';
import {
  bondspersonDeclarationStrings,
  detentionStrings,
  forumStrings,
  prepSheetStrings,
  releasePlanStrings,
  serviceMethodStrings,
} from './detention-strings.ts';
import {
  bondspersonDeclarationFields,
  earlyReviewFields,
  interpreterNoticeFields,
  prepSheetFields,
  proofOfServiceFields,
  releasePlanFields,
} from './detention-fields.ts';
import { counselFields, letterFields, timelineFields } from './field-maps.ts';
import {
  applicationServiceFields,
  applicationServiceStrings,
  privacyApplicationFields,
  privacyApplicationStrings,
  ruleApplicationFields,
  ruleApplicationStrings,
  witnessApplicationFields,
  witnessApplicationStrings,
} from './application-fields.ts';
import { hcFormsChecklistFields, hcLettersIndexFields, hcSubmissionFields } from './hc-fields.ts';
import { hcFormsChecklistStrings, hcLettersIndexStrings, hcSubmissionStrings } from './hc-strings.ts';
import { redactionLogFields, redactionLogStrings } from './redaction-log-fields.ts';
import { attestationFields, certificationFields, statementDocumentFields } from './translation-fields.ts';

/** Documents for any case (letters, the chronology, statements and their certification), then those of a detention review, then those of an H&C application. */
export const documentKinds = [
  'letter',
  'timeline',
  'translator-declaration',
  'translator-affidavit',
  'translation-certificate',
  'statement-bilingual',
  'statement-translation',
  'statement-transcription',
  'interpreter-attestation',
  'release-plan',
  'bondsperson-declaration',
  'early-review-application',
  'interpreter-notice',
  'proof-of-service',
  'client-prep-sheet',
  'privacy-application',
  'documents-application',
  'witnesses-application',
  'summons-application',
  'change-date-application',
  'hc-submission',
  'hc-letters-index',
  'hc-forms-checklist',
  'redaction-log',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** The documents that need a detention on file. */
export const detentionDocumentKinds: readonly DocumentKind[] = [
  'release-plan',
  'bondsperson-declaration',
  'early-review-application',
  'interpreter-notice',
  'proof-of-service',
  'client-prep-sheet',
  'privacy-application',
  'documents-application',
  'witnesses-application',
  'summons-application',
  'change-date-application',
];

/** The documents of an H&C application: they read the case's H&C record and never need a detention. */
export const hcDocumentKinds: readonly DocumentKind[] = ['hc-submission', 'hc-letters-index', 'hc-forms-checklist'];

/** Template ids: one per document, plus the letterhead, signature and statement-of-service blocks they include. */
export const templateIds = [...documentKinds, 'letterhead', 'signature', 'application-service'] as const;
export type TemplateId = (typeof templateIds)[number];

const timelineStrings = chronologyStrings;

const onLetterhead = ['letterhead', 'signature'];

/** An ID Rules application: on letterhead, signed, and ending with its statement of service. */
const asApplication = [...onLetterhead, 'application-service'];

const ruleApplication = (documentType: string): TemplateRules => ({
  documentType,
  fields: ruleApplicationFields,
  partials: asApplication,
  strings: ruleApplicationStrings,
});

/** Labels every certification gives: the forum, a missing dialect, where the translation is in a packet. */
const certificationStrings = [...forumStrings, 'noDialect', 'where.one', 'where.many'];

/** Labels the statement documents give: kinds, methods and calendars in words, and how an exhibit is cited. */
const statementStrings = [
  ...forumStrings,
  'cite.tab',
  ...['client-statement', 'affidavit', 'statutory-declaration', 'support-letter', 'document'].map((k) => `kind.${k}`),
  ...['handwritten', 'typed', 'dictated-via-interpreter'].map((m) => `method.${m}`),
  ...['gregorian', 'buddhist', 'solar-hijri', 'minguo', 'chinese-lunar', 'korean-lunar'].map((k) => `calendar.${k}`),
];

/** What each template may read and which block directives it may use: the allow-list. */
export const templateRules: Readonly<Record<TemplateId, TemplateRules>> = {
  letterhead: { documentType: 'letterhead', fields: counselFields, partials: [], strings: [] },
  signature: { documentType: 'signature', fields: counselFields, partials: ['signature-image'], strings: [] },
  'application-service': {
    documentType: 'application-service',
    fields: applicationServiceFields,
    partials: [],
    strings: applicationServiceStrings,
  },
  letter: { documentType: 'letter', fields: letterFields, partials: onLetterhead, strings: forumStrings },
  timeline: {
    documentType: 'timeline',
    fields: timelineFields,
    partials: ['letterhead', 'chronology-table'],
    strings: [...timelineStrings, ...forumStrings],
  },
  'translator-declaration': {
    documentType: 'translator-declaration',
    fields: certificationFields,
    partials: ['signature-image'],
    strings: [...certificationStrings, 'rule.ID_DECLARATION', 'rule.RPD_DECLARATION'],
  },
  'translator-affidavit': {
    documentType: 'translator-affidavit',
    fields: certificationFields,
    partials: ['signature-image'],
    strings: [...certificationStrings, 'rule.IRCC_AFFIDAVIT'],
  },
  'translation-certificate': {
    documentType: 'translation-certificate',
    fields: certificationFields,
    partials: ['signature-image'],
    strings: [...certificationStrings, 'rule.IRCC_CERTIFIED_MEMBER'],
  },
  'statement-bilingual': {
    documentType: 'statement-bilingual',
    fields: statementDocumentFields,
    partials: ['statement-table'],
    strings: [...statementStrings, 'column.original', 'column.translation'],
  },
  'statement-translation': {
    documentType: 'statement-translation',
    fields: statementDocumentFields,
    partials: ['translation-paragraphs'],
    strings: statementStrings,
  },
  'statement-transcription': {
    documentType: 'statement-transcription',
    fields: statementDocumentFields,
    partials: ['transcription-paragraphs'],
    strings: statementStrings,
  },
  'interpreter-attestation': {
    documentType: 'interpreter-attestation',
    fields: attestationFields,
    partials: ['signature-image'],
    strings: statementStrings,
  },
  'release-plan': { documentType: 'release-plan', fields: releasePlanFields, partials: onLetterhead, strings: releasePlanStrings },
  'bondsperson-declaration': {
    documentType: 'bondsperson-declaration',
    fields: bondspersonDeclarationFields,
    partials: [],
    strings: bondspersonDeclarationStrings,
  },
  'early-review-application': {
    documentType: 'early-review-application',
    fields: earlyReviewFields,
    partials: onLetterhead,
    strings: detentionStrings,
  },
  'interpreter-notice': {
    documentType: 'interpreter-notice',
    fields: interpreterNoticeFields,
    partials: onLetterhead,
    strings: detentionStrings,
  },
  'proof-of-service': {
    documentType: 'proof-of-service',
    fields: proofOfServiceFields,
    partials: [],
    strings: [...detentionStrings, ...serviceMethodStrings],
  },
  'client-prep-sheet': {
    documentType: 'client-prep-sheet',
    fields: prepSheetFields,
    partials: ['letterhead', 'prep-table'],
    strings: prepSheetStrings,
  },
  'privacy-application': {
    documentType: 'privacy-application',
    fields: privacyApplicationFields,
    partials: asApplication,
    strings: privacyApplicationStrings,
  },
  'documents-application': ruleApplication('documents-application'),
  'witnesses-application': {
    documentType: 'witnesses-application',
    fields: witnessApplicationFields,
    partials: asApplication,
    strings: witnessApplicationStrings,
  },
  'summons-application': ruleApplication('summons-application'),
  'change-date-application': ruleApplication('change-date-application'),
  'hc-submission': { documentType: 'hc-submission', fields: hcSubmissionFields, partials: onLetterhead, strings: hcSubmissionStrings },
  'hc-letters-index': {
    documentType: 'hc-letters-index',
    fields: hcLettersIndexFields,
    partials: ['letters-table'],
    strings: hcLettersIndexStrings,
  },
  'hc-forms-checklist': {
    documentType: 'hc-forms-checklist',
    fields: hcFormsChecklistFields,
    partials: ['forms-table'],
    strings: hcFormsChecklistStrings,
  },
  'redaction-log': {
    documentType: 'redaction-log',
    fields: redactionLogFields,
    partials: ['letterhead', 'redaction-table'],
    strings: redactionLogStrings,
  },
};

export function isTemplateId(value: string): value is TemplateId {
  return (templateIds as readonly string[]).includes(value);
}
