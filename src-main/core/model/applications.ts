import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { idSchema, langTagSchema, longText, shortText } from './primitives.ts';

/**
 * The Immigration Division Rules applications a detained person makes (SOR/2002-229), one code
 * each: an early review (r.9), an interpreter (r.17), disclosure of documents (r.26), witness
 * information (r.32), a summons (r.33), a change of the hearing's date or time (r.43) and a
 * proceeding in private or other confidentiality measures (r.45). The one list: the model, the
 * rule data (templates/rules/applications.json), the documents and the UI read it.
 */
export const applicationKinds = [
  'early-review',
  'interpreter',
  'documents',
  'witnesses',
  'summons',
  'change-date',
  'private-proceeding',
] as const;
export type ApplicationKind = (typeof applicationKinds)[number];

/** Where the application stands: drafted, filed (received by the Division), then decided or withdrawn. */
export const applicationStatuses = ['draft', 'filed', 'granted', 'granted-in-part', 'refused', 'withdrawn'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/**
 * Why a proceeding should be private or its record protected (IRPA s.166(b)): a serious
 * possibility that the person's life, liberty or security is endangered; the person is a minor;
 * sexual or gender-based violence; a trafficking context (a trafficker who may be watching).
 */
export const privacyGrounds = ['safety', 'minor', 'sexual-gender-violence', 'trafficking'] as const;
export type PrivacyGround = (typeof privacyGrounds)[number];

/** What an r.45 application asks for: a private hearing, an order not to disclose, initials in the decision. */
export const privacyReliefs = ['private-hearing', 'non-disclosure', 'initials'] as const;
export type PrivacyRelief = (typeof privacyReliefs)[number];

/** r.32(1)(e): how the witness is to testify: in person, or by videoconference or telephone. */
export const witnessMeans = ['in-person', 'videoconference', 'telephone'] as const;
export type WitnessMeans = (typeof witnessMeans)[number];

/** The longest testimony the witness information states: a whole sitting day, in minutes. */
export const MAX_TESTIMONY_MINUTES = 480;

export const idApplicationSchema = z.object({
  id: idSchema,
  kind: z.enum(applicationKinds),
  status: z.enum(applicationStatuses).default('draft'),
  /** The hearing the application is for (its time limit counts back from it); the next one when absent. */
  hearingId: idSchema.optional(),
  /** The day the Division received it (ID Rules r.31(1): the day it is date-stamped). */
  filedOn: isoDateSchema.optional(),
  decidedOn: isoDateSchema.optional(),
  /** The member's decision as stated or ordered, in counsel's words. */
  decision: longText.optional(),
  /** Why the Division should decide as asked (r.38(4)(b)); the application's own paragraphs. */
  reasons: z.array(longText.min(1)).max(30).default([]),
  /** r.45: the grounds and what is asked. */
  grounds: z.array(z.enum(privacyGrounds)).max(privacyGrounds.length).default([]),
  relief: z.array(z.enum(privacyReliefs)).max(privacyReliefs.length).default([]),
  /** r.45(2): the hearing of the application itself to be held in private. */
  hearApplicationInPrivate: z.boolean().default(true),
  /** r.17: the language or dialect the interpreter must speak, and the dialect as the client names it. */
  language: langTagSchema.optional(),
  dialect: shortText.optional(),
  /** r.43: the dates proposed instead, in order of preference. */
  proposedDates: z.array(isoDateSchema).max(3).default([]),
  /** r.32 and r.33: the witness or person to be summoned, as counsel names them. */
  witness: shortText.optional(),
  /** r.32(1)(a): the purpose and substance of the testimony; for an expert, the summary the expert signed. */
  testimony: longText.optional(),
  /** r.32(1)(b): the time needed for the testimony, in minutes. */
  testimonyMinutes: z.number().int().min(1).max(MAX_TESTIMONY_MINUTES).optional(),
  /** r.32(1)(c): the party's relationship to the witness, in counsel's words ("her cousin", "none: a shelter worker"). */
  witnessRelationship: shortText.optional(),
  /** r.32(1)(d): the witness is called as an expert, and the description of their qualifications. */
  expertWitness: z.boolean().optional(),
  expertQualifications: longText.optional(),
  /** r.32(1)(e): whether the witness is to testify in person, or by videoconference or telephone. */
  witnessMeans: z.enum(witnessMeans).optional(),
  /** The service records (`detention.service`) of the copies given to the other party: the statement of service (r.38(5)(b), r.45(3)). */
  serviceIds: z.array(idSchema).max(20).default([]),
});

export type IdApplication = z.infer<typeof idApplicationSchema>;
export type IdApplicationInput = z.input<typeof idApplicationSchema>;

export const idApplicationsSchema = z.array(idApplicationSchema).max(100);
