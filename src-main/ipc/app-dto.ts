import { z } from 'zod';
import { caseKinds, caseSchema } from '../core/model/case.ts';
import { counselProfileSchema } from '../documents/builders/counsel-profile.ts';
import { idField } from './channel-dto.ts';

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

/** The case transfer and vault check channels (docs/transfer-format.md). */

const transferPassphrase = z.string().min(1).max(1024);
/** Through IPC a transfer travels as base64 only up to this size; larger ones go through the dialogs (or the CLI's file paths). */
export const TRANSFER_BASE64_MAX_BYTES = 64 * 2 ** 20;

export const transferExportInput = z.object({
  id: idField,
  /** Chosen by the user for this transfer; never stored. At least 10 characters, like a hand-off bundle's. */
  passphrase: transferPassphrase.min(10),
  /** `dialog` asks where to save (the save dialog, shown by main); `bytes` answers the file itself (the CLI, tests). */
  save: z.enum(['dialog', 'bytes']).default('dialog'),
});

export const transferExportOutput = z.object({
  transferId: z.string(),
  fileName: z.string(),
  /** False when the save dialog was closed without choosing. */
  saved: z.boolean(),
  exhibits: z.int(),
  /** The editor's unsaved, invalid copy of the case did not travel. */
  draftLeftBehind: z.boolean(),
  base64: z.string().optional(),
});

export const transferImportInput = z.object({
  passphrase: transferPassphrase,
  /** The transfer file as base64; without it the open dialog is shown. */
  base64: z
    .base64()
    .max(Math.ceil(TRANSFER_BASE64_MAX_BYTES / 3) * 4)
    .optional(),
});

export const transferImportOutput = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    id: z.string(),
    /** The case's id in the sending vault, when this vault already held a case under it. */
    renamedFrom: z.string().optional(),
    displayName: z.string(),
    exhibits: z.int(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);

export const vaultCheckReport = z.object({
  blobs: z.int(),
  orphans: z.array(z.object({ blobId: z.string(), bytes: z.int() })),
  unreadable: z.array(z.object({ file: z.string(), caseId: z.string().optional() })),
  quarantined: z.array(z.object({ file: z.string(), bytes: z.int() })),
  cleaned: z.int(),
  notCleaned: z.enum(['unreadable-cases', 'read-only']).optional(),
});

export const backupId = z.string().regex(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/);

/** What verifying a backup found: every file there with its recorded hash, every record decrypting with the vault's key. */
export const backupCheck = z.object({
  ok: z.boolean(),
  files: z.int(),
  cases: z.int(),
  problems: z.array(z.object({ file: z.string(), problem: z.enum(['missing', 'damaged', 'hash-mismatch', 'other-vault']) })),
});

/** A backup file the open dialog gave (main accepts no other path), with the passphrase it was made under. */
/** A passphrase as every channel takes it (its length rules for new ones are checked where it is set). */
export const passphraseField = z.string().min(1).max(1024);

export const backupFileInput = z.object({ file: z.string().min(1).max(4096), passphrase: passphraseField });

/** What a backup file holds, checked with its own passphrase. */
export const backupFileContents = z.object({
  check: backupCheck,
  createdAt: z.string(),
  reason: z.string(),
  cases: z.array(z.object({ id: z.string(), displayName: z.string(), kind: z.enum(caseKinds), updatedAt: z.string() })),
});

export const vaultStatus = z.object({
  state: z.enum(['absent', 'locked', 'unlocked', 'read-only']),
  keyMethod: z.enum(['passphrase', 'keychain']).nullable(),
  /** The vault can also be opened with a recovery code. */
  hasRecoveryCode: z.boolean(),
  recovered: z.array(z.object({ file: z.string(), restoredFrom: z.enum(['previous', 'none']) })),
  readOnlyReason: z.string().optional(),
  /** The first unlock of the day could not make its daily backup. */
  dailyBackupFailed: z.boolean().optional(),
  /** Whether the OS keychain can wrap the key; false on Linux without a secret store (basic_text). */
  keychainUsable: z.boolean(),
});

export const caseSummary = z.object({
  id: z.string(),
  displayName: z.string(),
  kind: z.enum(caseKinds),
  archived: z.boolean(),
  updatedAt: z.string(),
  /** The first limit of the review clock: past due and unmet, else the earliest still ahead. */
  nextDeadline: z
    .object({
      kind: z.string(),
      title: z.string(),
      /** Office target, YYYY-MM-DD. */
      dueOffice: z.string(),
      /** The legal limit in the case's local time: YYYY-MM-DD, or YYYY-MM-DD HH:mm for an instant. */
      dueLabel: z.string(),
      pastDue: z.boolean(),
    })
    .optional(),
});

export const storedCase = z.object({
  case: caseSchema,
  revision: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The editor's copy that did not pass validation, kept beside the last valid case. */
  draft: z.unknown().optional(),
});
