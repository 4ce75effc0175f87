import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { partialDateSchema } from './partial-date.ts';
import { countryCode, handoffRequestSchema, idSchema, longText, money, shortText, langTagSchema } from './primitives.ts';
import {
  deadlineSettingsSchema,
  detentionEpisodeSchema,
  earlyReviewSchema,
  hearingSchema,
  prepSheetTranslationSchema,
  releasePlanSchema,
  seizedItemSchema,
  serviceRecordSchema,
} from './detention.ts';
import { idApplicationsSchema } from './applications.ts';
import { birthDateIssues } from './birth.ts';
import { parallelProceedingsSchema } from './proceedings.ts';
import { hcSchema } from './hc.ts';
import { packetBuildSchema } from './packet-builds.ts';
import { documentTranslationSchema, statementSchema } from './statements.ts';
import { timelineEventSchema } from './timeline.ts';
import { documentWordingSchema } from './wording.ts';
import { exhibitOcrSchema, exhibitRedactionSchema } from './exhibit-copies.ts';
import { coded } from '../issues/text.ts';

export * from './primitives.ts';
export * from './detention.ts';
export * from './hc.ts';
export * from './statements.ts';
export * from './timeline.ts';
export * from './wording.ts';
export * from './applications.ts';
export * from './exhibit-copies.ts';
export * from './proceedings.ts';

/**
 * Case data schema version. Changes are made by appending a migration (src-main/vault/migrations),
 * never by editing an earlier version in place. Version 2 adds reserved decisions, people the
 * Minister names at the residence, place and second date of birth, a status period's employer and
 * conditions, the parallel proceedings, and an exhibit's searchable and redacted copies; version 3
 * gives a statement a list of translations (one per official language) and a transcription.
 */
export const CASE_SCHEMA_VERSION = 3;

/** A name written in its own script, e.g. { script: 'Hant', value: '黎詠詩' }. */
export const scriptNameSchema = z.object({
  script: z.string().regex(/^[A-Z][a-z]{3}$/, coded('script')),
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
  /** The employer a work permit names (or the one the client worked for under it). */
  employer: shortText.optional(),
  /** The conditions printed on the document: occupation, location, employer, "not authorized to work"… */
  conditions: longText.optional(),
  notes: shortText.optional(),
});

export const entrySchema = z.object({
  date: partialDateSchema,
  port: shortText.optional(),
  documentType: shortText.optional(),
  admittedAs: z.enum(statusKinds).optional(),
  admittedUntil: isoDateSchema.optional(),
});

/** Where the client was born: the city as written and the country, stored as its ISO 3166 code. */
export const placeOfBirthSchema = z.object({
  city: shortText.optional(),
  country: countryCode.optional(),
});

export const clientSchema = personNameSchema
  .extend({
    dateOfBirth: partialDateSchema.optional(),
    /** The birth date as written in another calendar (a Thai ID's Buddhist year, an Iranian Solar Hijri date…). */
    dateOfBirthOtherCalendar: partialDateSchema.optional(),
    placeOfBirth: placeOfBirthSchema.optional(),
    sexOrGender: shortText.optional(),
    pronouns: shortText.optional(),
    citizenships: z.array(countryCode).max(5).default([]),
    uci: z
      .string()
      .regex(/^\d{4}-?\d{4}(?:-?\d{2})?$/, coded('uci'))
      .optional(),
    cbsaId: shortText.optional(),
    languages: z.array(languageSkillSchema).max(20).default([]),
    statusHistory: z.array(statusPeriodSchema).max(50).default([]),
    entries: z.array(entrySchema).max(50).default([]),
    pseudonymForFilings: shortText.optional(),
    safetyNotes: longText.optional(),
  })
  .superRefine((client, ctx) => {
    for (const issue of birthDateIssues(client.dateOfBirth, client.dateOfBirthOtherCalendar))
      ctx.addIssue({ code: 'custom', path: ['dateOfBirthOtherCalendar', ...issue.path], message: issue.message });
  });

export const personRoles = ['bondsperson', 'translator', 'family', 'counsel', 'supervisor', 'support-author', 'other'] as const;

/**
 * An objection to a bondsperson, by the Minister or by the member, with its legal basis (e.g. a
 * "material benefit" allegation under the Criminal Code, s. 286.2) and counsel's answer. A
 * bondsperson the member rejects (`determination: 'rejected'`) stays in the case with it, so the
 * release plan shows the objection as addressed rather than forgetting the person.
 */
export const bondspersonObjectionSchema = z.object({
  by: z.enum(['minister', 'member']).default('minister'),
  /** What is alleged against the bondsperson, as the objection puts it. */
  basis: longText.default(''),
  /** The provision relied on, as cited, e.g. "Criminal Code, s. 286.2". */
  citation: shortText.optional(),
  /** The day the objection was made. */
  date: isoDateSchema.optional(),
  /** Counsel's answer to the objection. */
  answer: longText.optional(),
  /** The answer in French, printed instead of `answer` in a French filing. */
  answerFr: longText.optional(),
});

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
  /** An objection to this person as a bondsperson and counsel's answer. */
  objection: bondspersonObjectionSchema.optional(),
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
  /** The searchable copy made by OCR (exhibit-copies.ts). */
  ocr: exhibitOcrSchema.optional(),
  /** Redaction marks under review and the applied redacted copy with its log (exhibit-copies.ts). */
  redaction: exhibitRedactionSchema.optional(),
});

/**
 * Who issued a file number, from a fixed set a lawyer picks from: the IRB division seized of the
 * matter (its division is the forum), CBSA (the FOSS/GCMS file), IRCC (an application number),
 * the Federal Court. `other` keeps a number an older case named otherwise, with that name as
 * `label`. The UCI is not here: it lives on the client (`client.uci`).
 */
export const fileNumberIssuers = ['IRB', 'CBSA', 'IRCC', 'FC', 'other'] as const;
export type FileNumberIssuer = (typeof fileNumberIssuers)[number];

export const fileNumberSchema = z.object({
  issuer: z.enum(fileNumberIssuers),
  /** Only for `other`: the issuer's name as the older case wrote it. */
  label: shortText.optional(),
  value: shortText,
});

export const hearingModes = ['in-person', 'video', 'telephone'] as const;
export type HearingMode = (typeof hearingModes)[number];

export const matterSchema = z
  .object({
    forum: z.enum(['IRB-ID', 'IRB-RPD', 'IRCC', 'CBSA', 'FC']),
    region: z.enum(['Western', 'Central', 'Eastern']).optional(),
    fileNumbers: z.array(fileNumberSchema).max(20).default([]),
    languageOfProceedings: z.enum(['en', 'fr']).default('en'),
    privacy: z.enum(['public', 'private-166c1', 'private-ordered', 'private-requested']).default('public'),
    openedAt: isoDateSchema,
    /** The member presiding, as the notice of hearing names them. */
    presidingMember: shortText.optional(),
    hearingMode: z.enum(hearingModes).optional(),
    /** Where the hearing is held, e.g. "Toronto Immigration Holding Centre". */
    hearingPlace: shortText.optional(),
  })
  .superRefine((matter, ctx) => {
    // One number per issuer (`other` excepted): a second IRB number is a typing slip, not a second file.
    const seen = new Set<string>();
    matter.fileNumbers.forEach((f, i) => {
      if (f.issuer === 'other') return;
      if (seen.has(f.issuer)) ctx.addIssue({ code: 'custom', path: ['fileNumbers', i, 'value'], message: coded('fileNumberTwice') });
      seen.add(f.issuer);
    });
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
      /** The ID Rules applications made in this detention (core/model/applications.ts); absent until the first. */
      applications: idApplicationsSchema.optional(),
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
  /** Matters beside the detention or the H&C (core/model/proceedings.ts); absent until the first. */
  proceedings: parallelProceedingsSchema.optional(),
  notes: longText.optional(),
  builds: z.array(packetBuildSchema).max(1000).default([]),
  /**
   * Paragraphs of this case's generated documents reworded by the advocate (core/model/wording.ts).
   * Absent until the first edit, so a case without any keeps its canonical form.
   */
  wordingEdits: z.array(documentWordingSchema).max(200).optional(),
  /** Translation requests exported from this case (hand-off): a response must answer one of them, for the items it asked. */
  handoffRequests: z.array(handoffRequestSchema).max(500).optional(),
});

export type Case = z.infer<typeof caseSchema>;
export type CaseInput = z.input<typeof caseSchema>;
export type Client = z.infer<typeof clientSchema>;
export type StatusPeriod = z.infer<typeof statusPeriodSchema>;
export type Person = z.infer<typeof personSchema>;
export type ScriptName = z.infer<typeof scriptNameSchema>;
export type Exhibit = z.infer<typeof exhibitSchema>;
export type PacketBuildRecord = z.infer<typeof packetBuildSchema>;
export type Bondsperson = z.infer<typeof bondspersonSchema>;
export type BondspersonObjection = z.infer<typeof bondspersonObjectionSchema>;
export type Translator = z.infer<typeof translatorSchema>;
export type Matter = z.infer<typeof matterSchema>;
export type PlaceOfBirth = z.infer<typeof placeOfBirthSchema>;
export type FileNumber = z.infer<typeof fileNumberSchema>;
