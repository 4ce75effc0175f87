import { z } from 'zod';
import { coded } from '../issues/text.ts';

/** The field types every part of the case model is built from. */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, coded('id'));
export const shortText = z.string().max(500);
export const longText = z.string().max(200_000);
/** BCP-47 tag at dialect level, e.g. `yue-Hant-HK`, `th`, `fa-IR`. */
export const langTagSchema = z
  .string()
  .min(2)
  .max(35)
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, coded('langTag'));
export const countryCode = z.string().regex(/^[A-Z]{2}$/, coded('country'));
export const money = z.object({ amountCents: z.int().min(0).max(1e12), currency: z.literal('CAD').default('CAD') });

export const sha256Hex = z.string().regex(/^[a-f0-9]{64}$/, coded('sha256'));

/**
 * The hand-off response a translation arrived in: its bundle, the request it answered, when the
 * response was made and when that request was made. A later import is compared with it: the same
 * bundle again, or one older by request then creation time, is refused. Translations attached
 * before these were kept hold only the bundle id and the import time.
 */
export const handoffRecordSchema = z.object({
  bundleId: z.uuid(),
  importedAt: z.string().max(40),
  requestId: z.uuid().optional(),
  createdAt: z.string().max(40).optional(),
  requestedAt: z.string().max(40).optional(),
});

/** A translation request exported from the case: which items it asked for, and when. */
export const handoffRequestSchema = z.object({
  bundleId: z.uuid(),
  itemIds: z.array(z.string().max(70)).min(1).max(20),
  createdAt: z.string().max(40),
  /** For a statement: which of its translations the request is for (English or French). */
  translationLang: z.enum(['en', 'fr']).optional(),
});
