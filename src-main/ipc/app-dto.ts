import { z } from 'zod';
import { caseKinds } from '../core/model/case.ts';
import { counselProfileSchema } from '../documents/builders/counsel-profile.ts';

/** Schemas of the settings and vault-maintenance channels, kept apart from the channel list in contract.ts. */

export const settings = z.object({
  uiLanguage: z.enum(['en', 'fr']),
  documentLanguage: z.enum(['en', 'fr']),
  lockTimeoutMinutes: z.int().min(1).max(240),
  /** The advocate's letterhead and signature details (no client data); absent until filled in. */
  counselProfile: counselProfileSchema.optional(),
  /**
   * How this copy of Dossier is used: by an advocate (cases in a vault) or by an interpreter
   * (opening translation requests, keeping nothing). Absent until chosen on first run.
   */
  appMode: z.enum(['advocate', 'interpreter']).optional(),
});

/** A backup as Settings → Backups lists it: when, why, and the cases it holds (names read with the vault's key). */
export const backupSummary = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  files: z.int(),
  readable: z.boolean(),
  cases: z.array(z.object({ id: z.string(), displayName: z.string(), kind: z.enum(caseKinds), updatedAt: z.string() })),
});

export const backupId = z.string().regex(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/);

/** What verifying a backup found: every file there with its recorded hash, every record decrypting with the vault's key. */
export const backupCheck = z.object({
  ok: z.boolean(),
  files: z.int(),
  cases: z.int(),
  problems: z.array(z.object({ file: z.string(), problem: z.enum(['missing', 'damaged', 'hash-mismatch', 'other-vault']) })),
});
