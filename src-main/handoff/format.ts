import { z } from 'zod';
import {
  certificationKinds,
  certifiedMemberSchema,
  langTagSchema,
  signatureImageSchema,
  translationAffidavitSchema,
  translationDestinations,
} from '../core/model/case.ts';
import { isoDateSchema } from '../core/model/dates.ts';
import { certificationFields } from '../core/rules/translation-rules.ts';
import { coded } from '../core/issues/text.ts';

/**
 * What a hand-off bundle holds once decrypted (docs/handoff-format.md): `manifest.json`, then
 * `request.json` or `response.json`. Every object is strict: a key Dossier did not write is refused,
 * so nothing rides along unseen.
 */
export const BUNDLE_FORMAT = 'dossier-handoff';
export const BUNDLE_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const contentName = { request: 'request.json', response: 'response.json' } as const;
export type BundleKind = keyof typeof contentName;

const sha256 = z.string().regex(/^[a-f0-9]{64}$/);
const text = z.string().max(200_000);
const short = z.string().max(500);

/** A statement id, or `doc:` and a document kind (`doc:client-prep-sheet`). */
export const itemIdSchema = z.string().regex(/^(?:doc:)?[a-z0-9][a-z0-9-]{0,63}$/, 'Give a statement id or doc: and a document kind.');

/** One paragraph to translate: a statement's paragraph number ("1", "2"…), or a document row key. */
export const bundleParagraphSchema = z.strictObject({ key: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,60}$/), text });

export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  bundleId: z.uuid(),
  kind: z.enum(['request', 'response']),
  /** SHA-256 of the case id keyed by the request's bundle id: ties the bundle to its case without naming it. */
  caseRef: sha256,
  /** For a response: the request it answers. */
  requestId: z.uuid().optional(),
  itemIds: z.array(itemIdSchema).min(1).max(20),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(40),
  entries: z.array(z.strictObject({ name: z.enum([contentName.request, contentName.response]), bytes: z.int().min(0), sha256 })).length(1),
});
export type Manifest = z.infer<typeof manifestSchema>;

const associationSchema = z.strictObject({
  name: short,
  memberNo: short,
  certified: z.boolean().default(false),
  stampText: short.optional(),
});

/** The translator as the request names them (prefilled by the advocate) or as they name themselves. */
export const bundleTranslatorSchema = z.strictObject({
  familyName: short,
  givenNames: short,
  email: short.optional(),
  phone: short.optional(),
  association: associationSchema.optional(),
});
export type BundleTranslator = z.infer<typeof bundleTranslatorSchema>;

export const requestItemSchema = z.strictObject({
  itemId: itemIdSchema,
  kind: z.enum(['statement', 'document']),
  title: short,
  sourceLang: langTagSchema,
  dialect: short.optional(),
  targetLang: langTagSchema,
  destination: z.enum(translationDestinations).optional(),
  certification: z.enum(certificationKinds).optional(),
  paragraphs: z.array(bundleParagraphSchema).max(5000),
  /** SHA-256 of the source as sent (sourceHash): the advocate's import compares it with the source then. */
  sourceSha256: sha256,
  /** What the declaration must hold, and the wording proposed for it. */
  declaration: z
    .strictObject({
      requires: z.array(z.enum(certificationFields)).max(20),
      languageAndDialect: short,
      accuracyStatement: text,
    })
    .optional(),
});
export type RequestItem = z.infer<typeof requestItemSchema>;

export const requestContentSchema = z.strictObject({
  translator: bundleTranslatorSchema.optional(),
  items: z.array(requestItemSchema).min(1).max(20),
});
export type RequestContent = z.infer<typeof requestContentSchema>;

export const bundleDeclarationSchema = z.strictObject({
  translatorName: short.min(1, coded('translatorName')),
  languageAndDialect: short,
  accuracyStatement: text,
  signedAt: isoDateSchema,
  typedSignature: short.optional(),
  signatureImage: signatureImageSchema.strict().optional(),
});
export type BundleDeclaration = z.infer<typeof bundleDeclarationSchema>;

export const responseItemSchema = z.strictObject({
  itemId: itemIdSchema,
  sourceSha256: sha256,
  sourceLang: langTagSchema,
  targetLang: langTagSchema,
  destination: z.enum(translationDestinations).optional(),
  certification: z.enum(certificationKinds).optional(),
  /** The source as the request sent it, so a changed source can be shown paragraph by paragraph. */
  source: z.array(bundleParagraphSchema).max(5000),
  /** The translation, one paragraph per source paragraph, same keys in the same order. */
  paragraphs: z.array(bundleParagraphSchema).max(5000),
});
export type ResponseItem = z.infer<typeof responseItemSchema>;

export const responseContentSchema = z.strictObject({
  translator: bundleTranslatorSchema,
  declaration: bundleDeclarationSchema,
  affidavit: translationAffidavitSchema.strict().optional(),
  certifiedMember: certifiedMemberSchema.strict().optional(),
  items: z.array(responseItemSchema).min(1).max(20),
});
export type ResponseContent = z.infer<typeof responseContentSchema>;
