import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { partialDateSchema } from './partial-date.ts';
import { handoffRecordSchema, idSchema, langTagSchema, longText, sha256Hex, shortText } from './primitives.ts';
import { coded } from '../issues/text.ts';

/** Statements, their translations and how each translation is certified. */
/** Where a translation is filed, which decides the certification it needs (templates/rules/translations.json). */
export const translationDestinations = ['IRB-ID', 'IRB-RPD', 'IRCC'] as const;
export type TranslationDestination = (typeof translationDestinations)[number];

/**
 * How a translation is certified: ID Rules r.25(3) declaration, RPD Rules r.32 declaration (adds
 * the dialect), IRCC affidavit sworn before a commissioner, or an IRCC certified member's stamp.
 */
export const certificationKinds = ['ID_DECLARATION', 'RPD_DECLARATION', 'IRCC_CERTIFIED_MEMBER', 'IRCC_AFFIDAVIT'] as const;
export type CertificationKind = (typeof certificationKinds)[number];

/** A signature as an image: a PNG or JPEG, base64-encoded, small enough to sit in the case. */
export const signatureImageSchema = z.object({
  mime: z.enum(['image/png', 'image/jpeg']),
  base64: z.base64().max(700_000, coded('signatureTooLarge')),
});

/** The translator's declaration (ID Rules r.25(3); RPD Rules r.32(3) adds the dialect). */
export const translationDeclarationSchema = z.object({
  translatorName: shortText.default(''),
  /** e.g. "Chinese (Cantonese), Traditional script"; the RPD needs the dialect. */
  languageAndDialect: shortText.default(''),
  accuracyStatement: longText.default(''),
  signedAt: isoDateSchema.optional(),
  /** The signature as an exhibit already in the case, or as an image carried with the declaration. */
  signatureExhibitId: idSchema.optional(),
  signatureImage: signatureImageSchema.optional(),
  /** A typed name standing as the signature ("/s/ Mei-ling Wong"). */
  typedSignature: shortText.optional(),
});

/** The IRCC affidavit: sworn or affirmed before someone authorised to administer oaths where the translator lives. */
export const translationAffidavitSchema = z.object({
  commissionerName: shortText.default(''),
  commissionerTitle: shortText.default(''),
  place: shortText.default(''),
  swornAt: isoDateSchema.optional(),
});

/** The certified member's stamp or seal that replaces the IRCC affidavit. */
export const certifiedMemberSchema = z.object({
  association: shortText.default(''),
  memberNumber: shortText.default(''),
  stampText: shortText.default(''),
});

/**
 * The certified true copy of the original that IRCC wants beside a translation: certified by
 * someone who is not a family member, with their name, position and the date.
 */
export const certifiedCopySchema = z.object({
  certifierName: shortText.default(''),
  /** The certifier's official position or title (a lawyer, notary, commissioner, translator). */
  certifierTitle: shortText.default(''),
  /** When the certifier is a person in the case, so a family member can be refused. */
  certifierId: idSchema.optional(),
  certifiedOn: isoDateSchema.optional(),
});

/** A date written inside a statement, kept as written (`date.original`) with its calendar and Gregorian bounds. */
export const statementDateSchema = z.object({
  /** 0-based index of the paragraph the date is written in. */
  paragraph: z.int().min(0).max(100_000),
  date: partialDateSchema,
});

/** The read-back of a statement to its author in their language (the interpreter's attestation). */
export const readBackSchema = z.object({
  interpreterId: idSchema.optional(),
  lang: langTagSchema.optional(),
  dialect: shortText.optional(),
  on: isoDateSchema.optional(),
  place: shortText.optional(),
});

/**
 * A statement's translation. Paragraph `i` translates the original's paragraph `i`, so "para 14"
 * means the same on both sides; an empty string is a paragraph still to translate.
 */
export const translationSchema = z.object({
  lang: z.enum(['en', 'fr']),
  translatorId: idSchema.optional(),
  paragraphs: z.array(longText).default([]),
  certification: z.enum(certificationKinds).optional(),
  /** Where it is filed; when absent, the case's forum (IRB-ID, IRB-RPD or IRCC). */
  destination: z.enum(translationDestinations).optional(),
  /** SHA-256 of the original it was made from (language and paragraphs; docs/handoff-format.md), to notice a changed source. */
  sourceSha256: sha256Hex.optional(),
  completedAt: isoDateSchema.optional(),
  declaration: translationDeclarationSchema.optional(),
  affidavit: translationAffidavitSchema.optional(),
  certifiedMember: certifiedMemberSchema.optional(),
  /** IRCC: the certified copy of the original filed with the translation. */
  certifiedCopy: certifiedCopySchema.optional(),
  /** The hand-off bundle it arrived in, when it came back from an interpreter. */
  handoff: handoffRecordSchema.optional(),
});

/**
 * The typed transcription of a handwritten original: the statement's own paragraphs, in the
 * original's language, filed as a document of its own with who typed them and when.
 */
export const transcriptionSchema = z.object({
  transcriberName: shortText.default(''),
  transcribedOn: isoDateSchema.optional(),
});

/** At most one translation per official language: the language names the translation (docs/decisions.md). */
export const MAX_TRANSLATIONS = 2;

export const statementSchema = z
  .object({
    id: idSchema,
    authorId: idSchema.optional(),
    /** `document`: a civil or other document (a birth certificate, a house registration) whose text is translated. */
    kind: z.enum(['client-statement', 'affidavit', 'statutory-declaration', 'support-letter', 'document']),
    title: shortText,
    /** The original's language tag; its direction (RTL for Persian, Arabic…) follows from it (core/lang/direction.ts). */
    lang: langTagSchema,
    /** The dialect in words, e.g. "Cantonese (Yue)", for declarations that must name it. */
    dialect: shortText.optional(),
    method: z.enum(['handwritten', 'typed', 'dictated-via-interpreter']).default('typed'),
    /** Who interpreted a dictated statement. */
    interpreterId: idSchema.optional(),
    dateWritten: partialDateSchema.optional(),
    paragraphs: z.array(longText).default([]),
    /** Dates written inside the statement, verbatim, in whatever calendar they use. */
    dates: z.array(statementDateSchema).max(1000).default([]),
    originalExhibitId: idSchema.optional(),
    /** Its English and French translations, in the order they are filed; one per language. */
    translations: z.array(translationSchema).max(MAX_TRANSLATIONS).default([]),
    transcription: transcriptionSchema.optional(),
    readBack: readBackSchema.optional(),
  })
  .superRefine((statement, ctx) => {
    statement.translations.forEach((translation, index) => {
      if (translation.paragraphs.length > statement.paragraphs.length)
        ctx.addIssue({ code: 'custom', path: ['translations', index, 'paragraphs'], message: coded('translationParagraphs') });
      if (statement.translations.findIndex((t) => t.lang === translation.lang) < index)
        ctx.addIssue({ code: 'custom', path: ['translations', index, 'lang'], message: coded('translationLangTwice') });
    });
    statement.dates.forEach((entry, index) => {
      if (entry.paragraph >= statement.paragraphs.length)
        ctx.addIssue({ code: 'custom', path: ['dates', index, 'paragraph'], message: coded('noSuchParagraph') });
    });
  });

/**
 * The translation of a generated document (a prep sheet for the client, a letter), as it came
 * back from the interpreter: one row per paragraph of the document, with the wording translated.
 */
export const documentTranslationSchema = z.object({
  id: idSchema,
  /** The document kind, e.g. `release-plan`. */
  document: z.string().regex(/^[a-z][a-z0-9-]{0,60}$/),
  /** The document's language and the translation's. */
  sourceLang: langTagSchema,
  lang: langTagSchema,
  translatorId: idSchema.optional(),
  rows: z
    .array(z.object({ key: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,60}$/), source: longText, text: longText }))
    .max(5000)
    .default([]),
  declaration: translationDeclarationSchema.optional(),
  handoff: handoffRecordSchema.optional(),
});

export type Statement = z.infer<typeof statementSchema>;
export type Translation = z.infer<typeof translationSchema>;
export type TranslationLang = Translation['lang'];
export type Transcription = z.infer<typeof transcriptionSchema>;
export type CertifiedCopy = z.infer<typeof certifiedCopySchema>;
export type TranslationDeclaration = z.infer<typeof translationDeclarationSchema>;
export type DocumentTranslation = z.infer<typeof documentTranslationSchema>;
