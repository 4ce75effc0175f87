import { z } from 'zod';
import { isoDateSchema } from '../model/dates.ts';
import { citationSchema, ruleStatusSchema } from './citation.ts';
import { regions } from './regions.ts';

const month = z.int().min(1).max(12);
const weekday = z.int().min(0).max(6);

/** How a holiday's date is found each year; computed, never listed, so any year works. */
export const holidayDateRuleSchema = z.discriminatedUnion('type', [
  /** A fixed day; `sundayToMonday` for days the Holidays Act moves (Canada Day on a Sunday is July 2). */
  z.object({ type: z.literal('fixed'), month, day: z.int().min(1).max(31), sundayToMonday: z.boolean().default(false) }),
  /** The n-th given weekday of a month (Labour Day: 1st Monday of September). */
  z.object({ type: z.literal('nth-weekday'), month, weekday, n: z.int().min(1).max(5) }),
  /** The last given weekday strictly before a day (Victoria Day: the Monday before May 25). */
  z.object({ type: z.literal('weekday-before'), month, day: z.int().min(1).max(31), weekday }),
  /** Days from Western Easter Sunday (Good Friday -2, Easter Monday +1). */
  z.object({ type: z.literal('easter'), offset: z.int().min(-60).max(60) }),
  /** For each listed holiday that falls on a Saturday or Sunday, the next weekday not already a holiday. */
  z.object({ type: z.literal('weekend-substitute'), of: z.array(z.string().min(1)).min(1) }),
]);

export type HolidayDateRule = z.infer<typeof holidayDateRuleSchema>;

const regionList = z.array(z.enum(regions));

export const holidayDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  nameFr: z.string().min(1),
  rule: holidayDateRuleSchema,
  /** First year the holiday exists (the National Day for Truth and Reconciliation began in 2021). */
  fromYear: z.int().optional(),
  /** `named`: listed in IA s.35 (a holiday everywhere); `proclaimed`: by proclamation; `no`: not federal. */
  federal: z.enum(['named', 'proclaimed', 'no']),
  /** Provinces where it is a general (statutory) holiday, which IA s.35 also counts. */
  provinces: regionList.default([]),
  /** A holiday under the Federal Courts Rules in addition to the IA ones (which the FCR includes). */
  fcr: z.boolean().default(false),
  /** Regions where government offices close without it being a legal holiday (office targets only). */
  officeClosed: regionList.default([]),
  /** The name a province or territory gives the same day (Québec's National Patriots' Day, Manitoba's Louis Riel Day). */
  regionalNames: z.partialRecord(z.enum(regions), z.object({ name: z.string().min(1), nameFr: z.string().min(1) })).optional(),
  citations: z.array(citationSchema).min(1),
  status: ruleStatusSchema,
  note: z.string().optional(),
});

export type HolidayDefinition = z.infer<typeof holidayDefinitionSchema>;

export const holidayTableSchema = z.object({
  schema: z.literal('dossier.holidays/1'),
  version: isoDateSchema,
  holidays: z.array(holidayDefinitionSchema).min(1),
});

export type HolidayTable = z.infer<typeof holidayTableSchema>;
