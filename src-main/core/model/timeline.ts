import { z } from 'zod';
import { zonedDateTimeSchema } from './dates.ts';
import { partialDateSchema } from './partial-date.ts';
import { idSchema, longText, shortText } from './primitives.ts';
import { coded } from '../issues/text.ts';

/** Timeline events: uncertain dates as written, sources with pin cites, competing accounts. */
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
  .regex(/^\d{1,6}(?:[-–]\d{1,6})?(?:, ?\d{1,6}(?:[-–]\d{1,6})?)*$/, coded('pages'))
  .refine(
    (text) =>
      text.split(',').every((part) => {
        const [from = 0, to = from] = part.split(/[-–]/).map(Number);
        return from >= 1 && to >= from;
      }),
    coded('pagesForward'),
  );

export const timelineSourceSchema = z.object({ exhibitId: idSchema, pages: pinCiteSchema.optional() });

/** Another party's version of a disputed event: who says so, when they say it happened, what they say. */
export const timelineAccountSchema = z.object({
  assertedBy: shortText.min(1),
  when: partialDateSchema,
  summary: longText,
  sources: z.array(timelineSourceSchema).max(50).default([]),
});

/** "Shortly after" or "shortly before" another event: where the date is known only by its nearness to that one. */
export const relativeSides = ['shortly-after', 'shortly-before'] as const;

/**
 * The event this one is told against: a typed event's id, or a recorded fact's key
 * ("derived:detention-start:…"). The event's own `when` holds the anchor's date as it was when the
 * link was made, so the date stays if the anchor is later removed.
 */
export const timelineRelativeSchema = z.object({ side: z.enum(relativeSides), anchor: shortText.min(1) });

export const timelineEventSchema = z
  .object({
    id: idSchema,
    when: partialDateSchema,
    /** Known only as shortly after or before another event: sorted beside that event, printed as such. */
    relative: timelineRelativeSchema.optional(),
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
      ctx.addIssue({ code: 'custom', path: ['disputed'], message: coded('accountsNeedDisputed') });
  });

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TimelineRelative = z.infer<typeof timelineRelativeSchema>;
export type RelativeSide = (typeof relativeSides)[number];
export type TimelineSource = z.infer<typeof timelineSourceSchema>;
export type TimelineAccount = z.infer<typeof timelineAccountSchema>;
export type TimelineCategory = (typeof timelineCategories)[number];
