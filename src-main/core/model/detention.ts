import { z } from 'zod';
import { isoDateSchema, zonedDateTimeSchema } from './dates.ts';
import { handoffRecordSchema, idSchema, langTagSchema, longText, money, shortText } from './primitives.ts';
import { provinces, regions } from '../rules/regions.ts';
import { coded } from '../issues/text.ts';

/** The detention part of a case: episodes, reviews, seized property, the release plan, service and the clock's settings. */
export const groundKinds = ['DANGER', 'FLIGHT', 'SECURITY_INQUIRY', 'IDENTITY', 'IDENTITY_DFN'] as const;

export const detentionEpisodeSchema = z.object({
  id: idSchema,
  start: zonedDateTimeSchema,
  authority: z.enum(['IRPA55(1)', 'IRPA55(2)(a)', 'IRPA55(2)(b)', 'IRPA55(3)']).optional(),
  grounds: z.array(z.enum(groundKinds)).default([]),
  facility: z
    .object({
      name: shortText,
      type: z.enum(['IHC', 'provincial-jail', 'police-cells', 'other']),
      tz: z.string().min(1),
      /** The city it is in, when its name does not say. */
      city: shortText.optional(),
      /** Its province or territory: decides the holidays the review clock counts with. */
      province: z.enum(provinces).optional(),
    })
    .optional(),
  region: z.enum(['Western', 'Central', 'Eastern']).optional(),
  designatedForeignNational: z.boolean().default(false),
  /** Where the start time comes from: the Minister's r.8(1)(g) information, the arrest record, or the client. */
  startSource: z.enum(['r8-info', 'arrest-record', 'client']).optional(),
  end: zonedDateTimeSchema.optional(),
  endReason: z.enum(['released-officer', 'released-ID', 'removed', 'other']).optional(),
});

/**
 * The sittings a detention file records: the s.57 reviews (48-hour, 7-day, 30-day), an early
 * review (ID Rule 9), an admissibility hearing and the continuation of an adjourned review. The
 * one list: the case schema, the rules, the index, the documents' labels and the UI read it.
 */
export const hearingTypes = ['48H', '7D', '30D', 'EARLY', 'ADMISSIBILITY', 'CONTINUATION'] as const;
export type HearingType = (typeof hearingTypes)[number];

/**
 * A decision the member reserved at the sitting: the day it was reserved and the day the written
 * decision reached counsel. The review was held (its limit is met); the person stays detained
 * until the decision says otherwise, and the decision's own limits count from its receipt.
 */
export const reservedDecisionSchema = z
  .object({
    /** The day the member reserved; the sitting's day when absent. */
    reservedOn: isoDateSchema.optional(),
    /** The day the decision was received; absent while it is awaited. */
    receivedOn: isoDateSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.reservedOn !== undefined && r.receivedOn !== undefined && r.receivedOn < r.reservedOn)
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: coded('receivedBeforeReserved') });
  });

export const hearingSchema = z.object({
  id: idSchema,
  type: z.enum(hearingTypes),
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
  /** Set when the member reserved the decision; `outcome` is then the decision once received. */
  reserved: reservedDecisionSchema.optional(),
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
  /** The particulars in French, printed instead of `details` in a French filing. */
  detailsFr: shortText.optional(),
  answers: z.array(z.enum(groundKinds)).default([]),
  proposed: z.boolean().default(true),
  ordered: z.boolean().default(false),
});

/**
 * Someone the Minister names as living at (or tied to) the proposed residence who is not offered
 * as a bondsperson: what the Minister says about them and counsel's answer, in both languages.
 */
export const namedHouseholdMemberSchema = z.object({
  name: shortText.min(1),
  relationship: shortText.default(''),
  /** Lives at the proposed residence; otherwise `address` says where. */
  sharesAddress: z.boolean().default(true),
  address: shortText.optional(),
  /** What the Minister says about this person, as put at the hearing or in disclosure. */
  ministerSays: longText.default(''),
  answer: longText.optional(),
  /** The answer in French, printed instead of `answer` in a French filing. */
  answerFr: longText.optional(),
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
  /** People the Minister names in connection with this residence who are not bondspersons; absent until the first. */
  namedByMinister: z.array(namedHouseholdMemberSchema).max(20).optional(),
  suitability: longText.default(''),
  /** The description in French, printed instead of `suitability` in a French filing. */
  suitabilityFr: longText.optional(),
});

export const supervisorSchema = z.object({
  organisation: shortText.min(1),
  acceptanceExhibitId: idSchema.optional(),
  intakeDate: isoDateSchema.optional(),
  reportingSchedule: shortText.default(''),
  /** The reporting terms in French, printed instead of `reportingSchedule` in a French filing. */
  reportingScheduleFr: shortText.optional(),
  notes: longText.default(''),
  /** The notes in French, printed instead of `notes` in a French filing. */
  notesFr: longText.optional(),
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
        reason: shortText.min(1, coded('ruleOverrideReason')),
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
        reason: shortText.min(1, coded('holidayOverrideReason')),
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
        key: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, coded('rowKey')),
        text: longText,
        source: longText.optional(),
      }),
    )
    .max(40)
    .default([]),
  /** The hand-off response it arrived in, when it came back from an interpreter. */
  handoff: handoffRecordSchema.optional(),
});

export const serviceMethods = ['hand', 'mail', 'registered', 'courier', 'fax', 'email', 'portal'] as const;

export const serviceRecordSchema = z.object({
  id: idSchema,
  document: shortText.min(1),
  servedOn: shortText.min(1),
  method: z.enum(serviceMethods),
  at: zonedDateTimeSchema,
});

export type Hearing = z.infer<typeof hearingSchema>;
export type ReservedDecision = z.infer<typeof reservedDecisionSchema>;
export type NamedHouseholdMember = z.infer<typeof namedHouseholdMemberSchema>;
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
