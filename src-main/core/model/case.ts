import { z } from 'zod';
import { isoDateSchema, zonedDateTimeSchema } from './dates.ts';
import { partialDateSchema } from './partial-date.ts';
import { regions } from '../rules/regions.ts';

/** Case data schema, version 1. Changes are made by appending a migration, never by editing v1 in place. */
export const CASE_SCHEMA_VERSION = 1;

export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'Ids are lower-case letters, digits and dashes.');
const shortText = z.string().max(500);
const longText = z.string().max(200_000);
/** BCP-47 tag at dialect level, e.g. `yue-Hant-HK`, `th`, `fa-IR`. */
export const langTagSchema = z
  .string()
  .min(2)
  .max(35)
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'Use a language tag such as yue-Hant or th-TH.');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as CN.');
const money = z.object({ amountCents: z.int().min(0).max(1e12), currency: z.literal('CAD').default('CAD') });

/** A name written in its own script, e.g. { script: 'Hant', value: '黎詠詩' }. */
export const scriptNameSchema = z.object({
  script: z.string().regex(/^[A-Z][a-z]{3}$/, 'Use an ISO 15924 script code such as Hant or Thai.'),
  value: z.string().min(1).max(200),
});

export const personNameSchema = z.object({
  familyName: z.string().max(200).default(''),
  givenNames: z.string().max(200).default(''),
  namesInScript: z.array(scriptNameSchema).max(10).default([]),
  aliases: z.array(z.string().min(1).max(200)).max(20).default([]),
});

export const languageSkillSchema = z.object({
  lang: langTagSchema,
  dialectLabel: shortText.optional(),
  speaks: z.boolean().default(true),
  reads: z.boolean().default(false),
  writes: z.boolean().default(false),
  preferredForHearing: z.boolean().default(false),
  interpreterNeeded: z.boolean().default(false),
});

export const statusKinds = [
  'visitor',
  'TRV',
  'eTA',
  'study',
  'work-open',
  'work-employer-specific',
  'maintained',
  'TRP',
  'VTIP-TRP',
  'refugee-claimant',
  'no-status',
  'PR',
  'citizen',
] as const;

export const statusPeriodSchema = z.object({
  kind: z.enum(statusKinds),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
  documentNo: shortText.optional(),
  notes: shortText.optional(),
});

export const entrySchema = z.object({
  date: partialDateSchema,
  port: shortText.optional(),
  documentType: shortText.optional(),
  admittedAs: z.enum(statusKinds).optional(),
  admittedUntil: isoDateSchema.optional(),
});

export const clientSchema = personNameSchema.extend({
  dateOfBirth: partialDateSchema.optional(),
  sexOrGender: shortText.optional(),
  pronouns: shortText.optional(),
  citizenships: z.array(countryCode).max(5).default([]),
  uci: z
    .string()
    .regex(/^\d{4}-?\d{4}(?:-?\d{2})?$/, 'A UCI has 8 or 10 digits.')
    .optional(),
  cbsaId: shortText.optional(),
  languages: z.array(languageSkillSchema).max(20).default([]),
  statusHistory: z.array(statusPeriodSchema).max(50).default([]),
  entries: z.array(entrySchema).max(50).default([]),
  pseudonymForFilings: shortText.optional(),
  safetyNotes: longText.optional(),
});

export const personRoles = ['bondsperson', 'translator', 'family', 'counsel', 'supervisor', 'support-author', 'other'] as const;

export const bondspersonSchema = z.object({
  status: z.enum(['citizen', 'PR', 'TR', 'other']),
  livesInCanada: z.boolean().default(true),
  relationship: shortText.default(''),
  knownSince: partialDateSchema.optional(),
  occupation: shortText.optional(),
  employer: shortText.optional(),
  annualIncome: money.optional(),
  deposit: money.optional(),
  guarantee: money.optional(),
  sourceOfFunds: shortText.default(''),
  evidenceExhibitIds: z.array(idSchema).default([]),
  ministerObjections: z.array(shortText).default([]),
  response: longText.optional(),
  determination: z.enum(['accepted', 'rejected', 'not-decided']).default('not-decided'),
  determinationReasons: longText.optional(),
  /** The exhibit proving citizenship or permanent residence (IRPR 47(2)(a)). */
  statusProofExhibitId: idSchema.optional(),
  contactFrequency: shortText.optional(),
  livesWithClient: z.boolean().default(false),
  distanceToClientKm: z.number().min(0).max(20_000).optional(),
  workSchedule: shortText.optional(),
  assets: z
    .array(z.object({ kind: shortText.min(1), value: money.optional(), exhibitId: idSchema.optional() }))
    .max(20)
    .default([]),
  supervisionPlan: longText.default(''),
  priorSureties: z
    .array(
      z.object({
        when: shortText.default(''),
        forWhom: shortText.default(''),
        breached: z.boolean().default(false),
        reported: z.boolean().default(false),
      }),
    )
    .max(20)
    .default([]),
  /** IRPR 47(1)(a): has signed or co-signed a guarantee that is now in default. */
  guaranteeInDefault: z.boolean().default(false),
  criminalRecord: shortText.default(''),
  knowsImmigrationHistory: z.boolean().default(false),
  willReportBreaches: z.boolean().default(false),
  willTestify: z.boolean().default(true),
});

/** Where a translation is filed, which decides the certification it needs (templates/rules/translations.json). */
export const translationDestinations = ['IRB-ID', 'IRB-RPD', 'IRCC'] as const;
export type TranslationDestination = (typeof translationDestinations)[number];

/**
 * How a translation is certified: ID Rules r.25(3) declaration, RPD Rules r.32 declaration (adds
 * the dialect), IRCC affidavit sworn before a commissioner, or an IRCC certified member's stamp.
 */
export const certificationKinds = ['ID_DECLARATION', 'RPD_DECLARATION', 'IRCC_CERTIFIED_MEMBER', 'IRCC_AFFIDAVIT'] as const;
export type CertificationKind = (typeof certificationKinds)[number];

const sha256Hex = z.string().regex(/^[a-f0-9]{64}$/, 'A SHA-256 is 64 lower-case hexadecimal digits.');

/** A language a translator works in, with the dialects they know ("Cantonese", "Taishanese"). */
export const translatorLanguageSchema = z.object({
  lang: langTagSchema,
  dialects: z.array(shortText).max(20).default([]),
});

export const translatorSchema = z.object({
  /** Languages and dialects the translator reads, writes or interprets. */
  languages: z.array(translatorLanguageSchema).max(30).default([]),
  pairs: z.array(z.object({ from: langTagSchema, to: z.enum(['en', 'fr']), dialects: z.array(shortText).default([]) })).default([]),
  association: z
    .object({
      name: shortText,
      memberNo: shortText,
      /** A certified member in good standing of a provincial or territorial association (its stamp replaces an IRCC affidavit). */
      certified: z.boolean().default(false),
      /** The pairs the association certified, e.g. { from: 'yue-Hant', to: 'en' }. */
      certifiedPairs: z
        .array(z.object({ from: langTagSchema, to: z.enum(['en', 'fr']) }))
        .max(20)
        .default([]),
      /** The wording of the member's stamp or seal, as printed. */
      stampText: shortText.optional(),
      goodStandingCheckedAt: isoDateSchema.optional(),
    })
    .optional(),
  email: shortText.optional(),
  /** The translator is the client: refused where the destination forbids it (IRCC). */
  isClient: z.boolean().default(false),
  isFamilyOfClient: z.boolean().default(false),
  /** The client's paid representative (counsel, consultant or their staff). */
  isRepresentative: z.boolean().default(false),
});

export const personSchema = personNameSchema.extend({
  id: idSchema,
  roles: z.array(z.enum(personRoles)).min(1),
  relationshipToClient: shortText.optional(),
  citizenships: z.array(countryCode).max(5).default([]),
  phones: z.array(shortText).default([]),
  address: shortText.optional(),
  bondsperson: bondspersonSchema.optional(),
  translator: translatorSchema.optional(),
  organisation: shortText.optional(),
});

export const groundKinds = ['DANGER', 'FLIGHT', 'SECURITY_INQUIRY', 'IDENTITY', 'IDENTITY_DFN'] as const;

export const detentionEpisodeSchema = z.object({
  id: idSchema,
  start: zonedDateTimeSchema,
  authority: z.enum(['IRPA55(1)', 'IRPA55(2)(a)', 'IRPA55(2)(b)', 'IRPA55(3)']).optional(),
  grounds: z.array(z.enum(groundKinds)).default([]),
  facility: z
    .object({ name: shortText, type: z.enum(['IHC', 'provincial-jail', 'police-cells', 'other']), tz: z.string().min(1) })
    .optional(),
  region: z.enum(['Western', 'Central', 'Eastern']).optional(),
  designatedForeignNational: z.boolean().default(false),
  /** Where the start time comes from: the Minister's r.8(1)(g) information, the arrest record, or the client. */
  startSource: z.enum(['r8-info', 'arrest-record', 'client']).optional(),
  end: zonedDateTimeSchema.optional(),
  endReason: z.enum(['released-officer', 'released-ID', 'removed', 'other']).optional(),
});

export const hearingSchema = z.object({
  id: idSchema,
  type: z.enum(['48H', '7D', '30D', 'EARLY', 'ADMISSIBILITY', 'CONTINUATION']),
  /** The detention episode this review belongs to; the first episode when absent. */
  episodeId: idSchema.optional(),
  scheduled: zonedDateTimeSchema,
  startedAt: zonedDateTimeSchema.optional(),
  decisionAt: zonedDateTimeSchema.optional(),
  orderSignedAt: zonedDateTimeSchema.optional(),
  ministersCounsel: shortText.optional(),
  writtenReasonsRequestedAt: isoDateSchema.optional(),
  mode: z.enum(['in-person', 'video', 'phone']).optional(),
  member: shortText.optional(),
  interpreterRequested: langTagSchema.optional(),
  interpreterProvided: langTagSchema.optional(),
  interpreterIssues: longText.optional(),
  ministerFramings: z.array(z.enum(['trafficking-victim', 'trafficking-participant', 'other'])).default([]),
  outcome: z.enum(['DETAINED', 'RELEASED', 'ADJOURNED', 'RELEASE-PENDING-CONDITIONS']).optional(),
  notes: longText.optional(),
});

export const seizedItemSchema = z.object({
  id: idSchema,
  description: shortText,
  value: money.optional(),
  seizedAt: zonedDateTimeSchema,
  noticeDate: isoDateSchema,
  /** Notice sent by mail rather than handed over; the 60 days still run from the notice (IRPR 254). */
  noticeByMail: z.boolean().default(false),
  returnApplicationFiled: isoDateSchema.optional(),
});

/** The s.248 factors the release-plan letter gives a heading each (IRPR 248(a)–(f)). */
export const s248Factors = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

/** The conditions catalogue (domain facts §3.6); each proposed condition names the ground it answers. */
export const conditionKinds = [
  'APPEAR',
  'ADDRESS_NOTICE',
  'REPORT_IN_PERSON',
  'VOICE_REPORT',
  'RESIDE_AT',
  'CURFEW',
  'EM',
  'CCMS',
  'DEPOSIT',
  'GUARANTEE',
  'NO_UNAUTHORIZED_WORK',
  'KEEP_PEACE',
  'PASSPORT',
  'TRAVEL_DOC_COOP',
  'NON_ASSOCIATION',
  'CHARGE_NOTICE',
  'TREATMENT',
  'OTHER',
] as const;

export const conditionSchema = z.object({
  id: idSchema,
  kind: z.enum(conditionKinds),
  /** The condition's particulars as it should read in the letter, e.g. "every two weeks by voice". */
  details: shortText.default(''),
  answers: z.array(z.enum(groundKinds)).default([]),
  proposed: z.boolean().default(true),
  ordered: z.boolean().default(false),
});

export const residenceSchema = z.object({
  address: shortText.default(''),
  tenure: z.enum(['owner', 'lease', 'shelter', 'CCMS-residence', 'other']).optional(),
  /** The bondsperson whose home it is, when it is one. */
  hostPersonId: idSchema.optional(),
  household: z
    .array(z.object({ name: shortText.min(1), relation: shortText.default(''), age: z.int().min(0).max(130).optional() }))
    .max(20)
    .default([]),
  proofExhibitIds: z.array(idSchema).default([]),
  suitability: longText.default(''),
});

export const supervisorSchema = z.object({
  organisation: shortText.min(1),
  acceptanceExhibitId: idSchema.optional(),
  intakeDate: isoDateSchema.optional(),
  reportingSchedule: shortText.default(''),
  notes: longText.default(''),
});

export const releasePlanSchema = z.object({
  residence: residenceSchema.optional(),
  supervisor: supervisorSchema.optional(),
  conditions: z.array(conditionSchema).max(50).default([]),
  factors: z
    .array(z.object({ factor: z.enum(s248Factors), narrative: longText.default(''), exhibitIds: z.array(idSchema).default([]) }))
    .max(6)
    .default([]),
  /** Background, community ties and compliance history (IRPR 245(b)–(d), (g)). */
  background: longText.default(''),
  vulnerability: longText.default(''),
  /** What each ground the Minister relies on is answered with, keyed by ground. */
  groundResponses: z
    .array(z.object({ ground: z.enum(groundKinds), response: longText.default('') }))
    .max(5)
    .default([]),
});

export const earlyReviewSchema = z.object({
  newFacts: z.array(longText.min(1)).max(20).default([]),
  availableDates: z.array(isoDateSchema).max(3).default([]),
});

/**
 * Per-case choices for the review clock: the holiday region when the facility's zone does not
 * name a province, and overrides with a reason (an ID Rule 50 order, a holiday the office keeps).
 */
export const deadlineSettingsSchema = z.object({
  holidayRegion: z.enum(regions).optional(),
  ruleOverrides: z
    .array(
      z.object({
        ruleId: z.string().regex(/^[a-z0-9.-]+$/),
        reason: shortText.min(1, 'Say why the rule is overridden.'),
        disabled: z.boolean().optional(),
        rollForward: z.boolean().optional(),
      }),
    )
    .max(50)
    .default([]),
  holidayOverrides: z
    .array(
      z.object({
        date: isoDateSchema,
        action: z.enum(['add', 'remove']),
        name: shortText.min(1),
        reason: shortText.min(1, 'Say why the day is added or removed.'),
      }),
    )
    .max(100)
    .default([]),
});

/**
 * The interpreter's translation of the client's prep sheet, row by row: `key` names the sheet's
 * row (hearing, mode, address, bondspersons, counsel, interpreter, conditions, bring, expect),
 * `source` the wording that was translated, so a row whose wording has changed since prints
 * blank lines for a fresh translation instead of an out-of-date one.
 */
export const prepSheetTranslationSchema = z.object({
  lang: langTagSchema,
  translatorId: idSchema.optional(),
  rows: z
    .array(
      z.object({
        key: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, 'Row keys are lower-case words such as hearing or address.'),
        text: longText,
        source: longText.optional(),
      }),
    )
    .max(40)
    .default([]),
});

export const serviceMethods = ['hand', 'mail', 'registered', 'courier', 'fax', 'email', 'portal'] as const;

export const serviceRecordSchema = z.object({
  id: idSchema,
  document: shortText.min(1),
  servedOn: shortText.min(1),
  method: z.enum(serviceMethods),
  at: zonedDateTimeSchema,
});

export const exhibitSchema = z.object({
  id: idSchema,
  title: shortText,
  date: partialDateSchema.optional(),
  author: shortText.optional(),
  lang: langTagSchema.optional(),
  supports: z.array(shortText).default([]),
  /** Encrypted blob holding the untouched original, and its SHA-256. */
  blobId: idSchema.optional(),
  sha256: z
    .string()
    .regex(/^[a-f0-9]{64}$/)
    .optional(),
  mime: shortText.optional(),
  pages: z.int().min(0).optional(),
  notes: longText.optional(),
  /** Set on a translation or translator's declaration: the exhibit whose tab it joins as a sub-tab (12a, 12b). */
  partOf: idSchema.optional(),
  /** 1-based pages found without a text layer at import: they cannot be searched. */
  pagesWithoutText: z.array(z.int().min(1)).max(100_000).optional(),
});

/** What a packet build produced: the "as filed" record, mirroring the manifest written beside the PDFs. */
export const packetBuildSchema = z.object({
  id: idSchema,
  builtAt: z.string().max(40),
  preset: shortText,
  manifestSha256: z.string().regex(/^[a-f0-9]{64}$/),
  inputs: z
    .array(
      z.object({
        tab: shortText,
        exhibitId: idSchema.optional(),
        title: shortText,
        sha256: z.string().regex(/^[a-f0-9]{64}$/),
        firstPage: z.int(),
        lastPage: z.int(),
        volume: z.int().min(1),
      }),
    )
    .max(5000)
    .default([]),
  outputs: z
    .array(z.object({ fileName: shortText, sha256: z.string().regex(/^[a-f0-9]{64}$/), bytes: z.int().min(0), pages: z.int().min(0) }))
    .max(500)
    .default([]),
  skipped: z
    .array(z.object({ exhibitId: idSchema, code: shortText, message: shortText }))
    .max(2000)
    .default([]),
});

export const timelineCategories = [
  'entry',
  'status',
  'work',
  'abuse',
  'arrest',
  'detention',
  'hearing',
  'application',
  'decision',
  'medical',
  'family',
  'other',
] as const;

/** A pin cite inside an exhibit: a page, a range or a list, e.g. "3", "3-5", "2, 7-9" (pages of the exhibit itself). */
export const pinCiteSchema = z
  .string()
  .max(200)
  .regex(/^\d{1,6}(?:[-–]\d{1,6})?(?:, ?\d{1,6}(?:[-–]\d{1,6})?)*$/, 'Give pages as 3, 3-5 or 2, 7-9.')
  .refine(
    (text) =>
      text.split(',').every((part) => {
        const [from = 0, to = from] = part.split(/[-–]/).map(Number);
        return from >= 1 && to >= from;
      }),
    'Pages start at 1 and a range runs forward.',
  );

export const timelineSourceSchema = z.object({ exhibitId: idSchema, pages: pinCiteSchema.optional() });

/** Another party's version of a disputed event: who says so, when they say it happened, what they say. */
export const timelineAccountSchema = z.object({
  assertedBy: shortText.min(1),
  when: partialDateSchema,
  summary: longText,
  sources: z.array(timelineSourceSchema).max(50).default([]),
});

export const timelineEventSchema = z
  .object({
    id: idSchema,
    when: partialDateSchema,
    at: zonedDateTimeSchema.optional(),
    place: shortText.optional(),
    category: z.enum(timelineCategories),
    summary: longText,
    sources: z.array(timelineSourceSchema).max(50).default([]),
    disputed: z.boolean().default(false),
    /** Who gives this account of the event: the client, the Minister, a witness, a document. */
    assertedBy: shortText.optional(),
    /** Printed in the filed chronology; false keeps the event for counsel only. */
    forFiling: z.boolean().default(true),
    /** What the event marks, for the order checks (a release cannot precede its detention). */
    milestone: z.enum(['detention-start', 'release', 'departure', 'removal']).optional(),
    /** The competing accounts of a disputed event, shown beside this one. */
    accounts: z.array(timelineAccountSchema).max(10).default([]),
  })
  .superRefine((event, ctx) => {
    if (event.accounts.length > 0 && !event.disputed)
      ctx.addIssue({ code: 'custom', path: ['disputed'], message: 'An event with competing accounts is disputed.' });
  });

/** A signature as an image: a PNG or JPEG, base64-encoded, small enough to sit in the case. */
export const signatureImageSchema = z.object({
  mime: z.enum(['image/png', 'image/jpeg']),
  base64: z.base64().max(700_000, 'A signature image is at most about 500 KB.'),
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
  /** The hand-off bundle it arrived in, when it came back from an interpreter. */
  handoff: z.object({ bundleId: z.uuid(), importedAt: z.string().max(40) }).optional(),
});

export const statementSchema = z
  .object({
    id: idSchema,
    authorId: idSchema.optional(),
    kind: z.enum(['client-statement', 'affidavit', 'statutory-declaration', 'support-letter']),
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
    translation: translationSchema.optional(),
    readBack: readBackSchema.optional(),
  })
  .superRefine((statement, ctx) => {
    const translated = statement.translation?.paragraphs.length ?? 0;
    if (translated > statement.paragraphs.length)
      ctx.addIssue({
        code: 'custom',
        path: ['translation', 'paragraphs'],
        message: 'The translation has more paragraphs than the original; each paragraph translates the one with its number.',
      });
    statement.dates.forEach((entry, index) => {
      if (entry.paragraph >= statement.paragraphs.length)
        ctx.addIssue({ code: 'custom', path: ['dates', index, 'paragraph'], message: 'There is no paragraph with this number.' });
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
  handoff: z.object({ bundleId: z.uuid(), importedAt: z.string().max(40) }).optional(),
});

export const hcFactorKinds = [
  'ESTABLISHMENT',
  'BIOC',
  'HARDSHIP',
  'COUNTRY_CONDITIONS',
  'HEALTH',
  'FAMILY_VIOLENCE',
  'SEPARATION',
  'INABILITY_TO_LEAVE',
  'OTHER',
] as const;

/** The refugee decisions that start the IRPA 25(1.2)(c) 12-month bar. */
export const hcDecisionKinds = ['RPD', 'RAD', 'FC_LEAVE_REFUSED', 'FC_JR_DISMISSED'] as const;
/** The IRPA 25(1.21) exceptions to the 12-month bar: (a) health care, (b) best interests of a directly affected child. */
export const hcExceptionKinds = ['HEALTH', 'BIOC'] as const;
/** The IRCC H&C kit (guide 5291). */
export const hcFormCodes = ['IMM0008', 'IMM5406', 'IMM5669', 'IMM5562', 'IMM5283', 'IMM5280', 'IMM5476', 'IMM5475'] as const;
export const hcFormStatuses = ['todo', 'done', 'signed', 'uploaded'] as const;

export const HC_NARRATIVE_MAX = 100_000;
const hcNarrative = z
  .string()
  .max(HC_NARRATIVE_MAX, 'A narrative is limited to 100,000 characters; move the rest into a statement or an exhibit.')
  .default('');

export const hcFactorSchema = z.object({
  kind: z.enum(hcFactorKinds),
  /** Whether the submissions rely on it; a factor relied on needs evidence. */
  reliedOn: z.boolean().default(true),
  narrative: hcNarrative,
  exhibitIds: z.array(idSchema).max(500).default([]),
});

export const hcExceptionSchema = z.object({
  kind: z.enum(hcExceptionKinds),
  /** For BIOC: the directly affected child, a person in the case. */
  personId: idSchema.optional(),
  narrative: hcNarrative,
  exhibitIds: z.array(idSchema).max(500).default([]),
});

/** One letter of support in the register (the letters-of-support index). */
export const supportLetterSchema = z.object({
  id: idSchema,
  authorName: shortText.min(1),
  authorId: idSchema.optional(),
  relationship: shortText.default(''),
  lang: langTagSchema,
  /** A translation into English or French exists (or, with statementId, the statement's translation is used). */
  translated: z.boolean().default(false),
  statementId: idSchema.optional(),
  date: isoDateSchema.optional(),
  exhibitId: idSchema.optional(),
});

export const hcFormSchema = z.object({
  code: z.enum(hcFormCodes),
  status: z.enum(hcFormStatuses).default('todo'),
  note: shortText.default(''),
});

export const hcSchema = z
  .object({
    factors: z.array(hcFactorSchema).max(50).default([]),
    /** The date of the last negative RPD/RAD decision or Federal Court refusal (IRPA 25(1.2)(c)). */
    lastNegativeDecision: isoDateSchema.optional(),
    lastNegativeDecisionKind: z.enum(hcDecisionKinds).optional(),
    /** A refugee claim pending before the RPD or RAD (IRPA 25(1.2)(b)). */
    pendingClaim: z.boolean().default(false),
    pendingClaimBefore: z.enum(['RPD', 'RAD']).optional(),
    /** Another H&C request already pending (IRPA 25(1.2)(a)). */
    pendingHc: z.boolean().default(false),
    /** The day refugee protection was claimed, for IRPA 101(1)(b.1); the entries to Canada are read from the client. */
    claimDate: isoDateSchema.optional(),
    exceptions: z.array(hcExceptionSchema).max(10).default([]),
    letters: z.array(supportLetterSchema).max(500).default([]),
    forms: z.array(hcFormSchema).max(50).default([]),
  })
  .superRefine((hc, ctx) => {
    const seen = new Set<string>();
    hc.forms.forEach((form, index) => {
      if (seen.has(form.code))
        ctx.addIssue({ code: 'custom', path: ['forms', index, 'code'], message: 'This form is already in the checklist.' });
      seen.add(form.code);
    });
    const letters = new Set<string>();
    hc.letters.forEach((letter, index) => {
      if (letters.has(letter.id))
        ctx.addIssue({ code: 'custom', path: ['letters', index, 'id'], message: 'This id is used twice in the case.' });
      letters.add(letter.id);
    });
  });

export const matterSchema = z.object({
  forum: z.enum(['IRB-ID', 'IRB-RPD', 'IRCC', 'CBSA', 'FC']),
  region: z.enum(['Western', 'Central', 'Eastern']).optional(),
  fileNumbers: z.array(z.object({ issuer: shortText, value: shortText })).default([]),
  languageOfProceedings: z.enum(['en', 'fr']).default('en'),
  privacy: z.enum(['public', 'private-166c1', 'private-ordered', 'private-requested']).default('public'),
  openedAt: isoDateSchema,
});

export const caseKinds = ['detention-review', 'hc'] as const;
export type CaseKind = (typeof caseKinds)[number];

export const caseSchema = z.object({
  id: idSchema,
  kind: z.enum(caseKinds),
  archived: z.boolean().default(false),
  matter: matterSchema,
  client: clientSchema,
  people: z.array(personSchema).max(200).default([]),
  detention: z
    .object({
      episodes: z.array(detentionEpisodeSchema).default([]),
      hearings: z.array(hearingSchema).default([]),
      seizedItems: z.array(seizedItemSchema).default([]),
      releasePlan: releasePlanSchema.default({ conditions: [], factors: [], background: '', vulnerability: '', groundResponses: [] }),
      earlyReview: earlyReviewSchema.optional(),
      service: z.array(serviceRecordSchema).max(200).default([]),
      deadlineSettings: deadlineSettingsSchema.default({ ruleOverrides: [], holidayOverrides: [] }),
      prepSheetTranslation: prepSheetTranslationSchema.optional(),
    })
    .default({
      episodes: [],
      hearings: [],
      seizedItems: [],
      releasePlan: { conditions: [], factors: [], background: '', vulnerability: '', groundResponses: [] },
      service: [],
      deadlineSettings: { ruleOverrides: [], holidayOverrides: [] },
    }),
  hc: hcSchema.default({ factors: [], pendingClaim: false, pendingHc: false, exceptions: [], letters: [], forms: [] }),
  statements: z.array(statementSchema).max(500).default([]),
  documentTranslations: z.array(documentTranslationSchema).max(200).default([]),
  exhibits: z.array(exhibitSchema).max(2000).default([]),
  timeline: z.array(timelineEventSchema).max(5000).default([]),
  notes: longText.optional(),
  builds: z.array(packetBuildSchema).max(1000).default([]),
});

export type Case = z.infer<typeof caseSchema>;
export type CaseInput = z.input<typeof caseSchema>;
export type Client = z.infer<typeof clientSchema>;
export type Person = z.infer<typeof personSchema>;
export type ScriptName = z.infer<typeof scriptNameSchema>;
export type Exhibit = z.infer<typeof exhibitSchema>;
export type PacketBuildRecord = z.infer<typeof packetBuildSchema>;
export type Bondsperson = z.infer<typeof bondspersonSchema>;
export type Hc = z.infer<typeof hcSchema>;
export type HcFactor = z.infer<typeof hcFactorSchema>;
export type HcFactorKind = (typeof hcFactorKinds)[number];
export type HcException = z.infer<typeof hcExceptionSchema>;
export type SupportLetter = z.infer<typeof supportLetterSchema>;
export type HcFormCode = (typeof hcFormCodes)[number];
export type Hearing = z.infer<typeof hearingSchema>;
export type DetentionEpisode = z.infer<typeof detentionEpisodeSchema>;
export type SeizedItem = z.infer<typeof seizedItemSchema>;
export type ReleasePlan = z.infer<typeof releasePlanSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type ConditionKind = (typeof conditionKinds)[number];
export type Ground = (typeof groundKinds)[number];
export type S248Factor = (typeof s248Factors)[number];
export type DeadlineSettings = z.infer<typeof deadlineSettingsSchema>;
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;
export type PrepSheetTranslation = z.infer<typeof prepSheetTranslationSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Translation = z.infer<typeof translationSchema>;
export type TranslationDeclaration = z.infer<typeof translationDeclarationSchema>;
export type Translator = z.infer<typeof translatorSchema>;
export type DocumentTranslation = z.infer<typeof documentTranslationSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TimelineSource = z.infer<typeof timelineSourceSchema>;
export type TimelineAccount = z.infer<typeof timelineAccountSchema>;
export type TimelineCategory = (typeof timelineCategories)[number];
