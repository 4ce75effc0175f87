import { z } from 'zod';
import { applicationKinds, applicationStatuses } from '../core/model/applications.ts';
import { deadlineSettingsSchema, hearingTypes } from '../core/model/case.ts';
import { provinces } from '../core/rules/regions.ts';

const zoned = z.object({ utc: z.string(), tz: z.string() });

/**
 * The facts the review clock runs on, copied into the index so the case list can show each
 * case's next deadline without decrypting every case file.
 */
export const clockSchema = z.object({
  episodes: z.array(z.object({ id: z.string(), start: zoned, designatedForeignNational: z.boolean(), end: zoned.optional() })),
  hearings: z.array(
    z.object({
      id: z.string(),
      type: z.enum(hearingTypes),
      scheduled: zoned,
      outcome: z.enum(['DETAINED', 'RELEASED', 'ADJOURNED', 'RELEASE-PENDING-CONDITIONS']).optional(),
      reserved: z.object({ reservedOn: z.string().optional(), receivedOn: z.string().optional() }).optional(),
      interpreterRequested: z.string().optional(),
      writtenReasonsRequestedAt: z.string().optional(),
    }),
  ),
  seizedItems: z.array(z.object({ id: z.string(), noticeDate: z.string(), returnApplicationFiled: z.string().optional() })),
  /** The ID Rules applications' timing facts (never their text): each one's limit joins the clock's. */
  applications: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(applicationKinds),
        status: z.enum(applicationStatuses),
        hearingId: z.string().optional(),
        filedOn: z.string().optional(),
      }),
    )
    .optional(),
  /** An H&C case's scheduled removal and the first-stage approval that stays it. */
  hc: z.object({ removalScheduledFor: z.string().optional(), firstStageApprovedOn: z.string().optional() }).optional(),
  settings: deadlineSettingsSchema,
  /** The province the detention's place names (facility, city or hearing place) and the IRB region: they decide the holidays. */
  place: z.object({ province: z.enum(provinces).optional(), irbRegion: z.enum(['Western', 'Central', 'Eastern']).optional() }).optional(),
});
export type ClockFacts = z.infer<typeof clockSchema>;
