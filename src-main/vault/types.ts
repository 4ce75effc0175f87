import type { Case, CaseKind } from '../core/model/case.ts';
import type { ClockFacts } from './clock-facts.ts';
import type { RecordName } from './file-names.ts';

/** What a verification found wrong with one file of a backup. */
export interface BackupProblem {
  /** The file's path inside the backup (`index.dsv`, `blobs/b-….dsb`). */
  readonly file: string;
  readonly problem: 'missing' | 'damaged' | 'hash-mismatch' | 'other-vault';
}

export interface BackupCheck {
  readonly ok: boolean;
  readonly files: number;
  readonly cases: number;
  readonly problems: readonly BackupProblem[];
}

/** What a backup file holds, checked with the passphrase it was made under. */
export interface BackupFileContents {
  readonly check: BackupCheck;
  readonly createdAt: string;
  readonly reason: string;
  readonly cases: readonly { readonly id: string; readonly displayName: string; readonly kind: CaseKind; readonly updatedAt: string }[];
}

export type BackupTarget = { readonly backupId: string } | { readonly file: string };

/**
 * The vault's public surface. Everything the rest of the app knows about storage is here;
 * the implementation lives beside it and receives its capabilities (file system, clock,
 * randomness, key store) as parameters so tests can fake each one.
 */

/** What the case list shows without decrypting every case: kept in the encrypted index. */
export interface CaseSummary {
  readonly id: string;
  readonly displayName: string;
  readonly kind: CaseKind;
  readonly archived: boolean;
  readonly updatedAt: string;
  /** Folded names (see core/names.ts) the case can be found by. */
  readonly searchNames: readonly string[];
  /** The detention facts the review clock runs on, when the case has any. */
  readonly clock?: ClockFacts;
}

export interface BackupSummary {
  readonly id: string;
  readonly createdAt: string;
  /** Why it was made: a machine word such as before-migration, manual or before-restore. */
  readonly reason: string;
  readonly files: number;
  /** False when its case list cannot be read with this vault's key (damaged, or another vault's). */
  readonly readable: boolean;
  readonly cases: readonly { readonly id: string; readonly displayName: string; readonly kind: CaseKind; readonly updatedAt: string }[];
}

export interface StoredCase {
  readonly case: Case;
  /** Monotonic revision; a save with a stale revision is refused so two windows never clobber. */
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /**
   * The editor's copy as typed when it did not pass validation: kept beside the last valid case,
   * encrypted in the same file, so nothing typed is lost; cleared by the next valid save.
   */
  readonly draft?: unknown;
}

/** What `dossier vault check` and Settings → Vault check report. */
export interface VaultCheckReport {
  /** Blob files in the vault folder. */
  readonly blobs: number;
  /** Blob files no case (nor counsel's signature) refers to. */
  readonly orphans: readonly { readonly blobId: string; readonly bytes: number }[];
  /** Files the key does not open: a blob file by name, a case by its id. */
  readonly unreadable: readonly { readonly file: string; readonly caseId?: string }[];
  /** Files set aside as damaged (never deleted by Dossier). */
  readonly quarantined: readonly { readonly file: string; readonly bytes: number }[];
  /** Orphans removed by this check. */
  readonly cleaned: number;
  /** Why orphans were found but not removed when cleaning was asked for. */
  readonly notCleaned?: 'unreadable-cases' | 'read-only';
}

export type VaultState = 'absent' | 'locked' | 'unlocked' | 'read-only';

export interface VaultStatus {
  readonly state: VaultState;
  readonly keyMethod: 'passphrase' | 'keychain' | null;
  /** Files found unreadable and set aside on the last unlock, with what was restored instead. */
  readonly recovered: readonly { readonly file: string; readonly restoredFrom: 'previous' | 'none' }[];
  readonly readOnlyReason?: string;
  /** The first unlock of the day could not make its daily backup (a full disk, a permission). */
  readonly dailyBackupFailed?: boolean;
  /** The key file holds a recovery-code wrapping (false when there is no readable key file). */
  readonly hasRecoveryCode: boolean;
}

export type KeyMethodInput = { readonly method: 'passphrase'; readonly passphrase: string } | { readonly method: 'keychain' };
/** How an existing vault may be opened: its own method, or the recovery code when it has one. */
export type UnlockInput = KeyMethodInput | { readonly method: 'recovery'; readonly code: string };

/** Electron safeStorage (async API) behind a port; absent in the CLI and in Node tests. */
export interface KeyStorePort {
  /** e.g. 'gnome_libsecret', 'kwallet5', 'keychain', 'dpapi', 'basic_text', 'unknown'. */
  backend(): Promise<string>;
  isAvailable(): Promise<boolean>;
  encrypt(plain: string): Promise<Uint8Array>;
  decrypt(wrapped: Uint8Array): Promise<string>;
}

export interface BlobRef {
  readonly blobId: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface VaultApi {
  status(): Promise<VaultStatus>;
  init(key: KeyMethodInput): Promise<VaultStatus>;
  unlock(key: UnlockInput): Promise<VaultStatus>;
  lock(): void;
  /** Records user activity; the idle timer locks the vault after `idleTimeoutMs` without any. */
  touch(): void;
  setIdleTimeout(ms: number): void;
  listCases(): Promise<readonly CaseSummary[]>;
  readCase(id: string): Promise<StoredCase>;
  /** Creates (expectedRevision 0) or replaces a case; returns the new revision. */
  /** `draft`: a value keeps it beside the case, null clears it, undefined leaves the stored one. */
  writeCase(value: Case, expectedRevision: number, draft?: unknown): Promise<StoredCase>;
  /** Deletes a case, then the blobs only it referred to (backups keep their own copies). */
  deleteCase(id: string): Promise<void>;
  /** Removes those of `candidates` no case refers to and `keep` does not hold; see vault/blob-sweep.ts. */
  sweepBlobs(candidates: readonly string[], keep: ReadonlySet<string>): Promise<{ removed: number; kept: number }>;
  /** Reports orphaned blobs, unreadable files and quarantined files; `clean` removes the orphans. */
  check(options: { readonly clean: boolean; readonly keep: ReadonlySet<string> }): Promise<VaultCheckReport>;
  putBlob(bytes: Uint8Array): Promise<BlobRef>;
  /** Stores a payload read piece by piece, sealed frame by frame as it arrives; see vault/blob-store.ts. */
  putBlobStream(source: AsyncIterable<Uint8Array>): Promise<BlobRef>;
  /** Every backup, newest first, with the cases each holds. */
  listBackups(): Promise<readonly BackupSummary[]>;
  /** Puts one case back from a backup, after backing up the vault as it is; see vault/restore.ts. */
  restoreCase(backupId: string, caseId: string): Promise<{ safetyBackup: string; revision: number }>;
  /** Puts the whole vault back as it was in a backup, after backing up the vault as it is; see vault/restore-vault.ts. */
  restoreVault(backupId: string): Promise<{ safetyBackup: string; cases: number }>;
  /** Checks a backup (an id, or the path of a backup file copied out) without restoring it. */
  verifyBackup(target: BackupTarget): Promise<BackupCheck>;
  /** Verifies a backup file with the passphrase it was made under and lists its cases; needs no open vault. */
  inspectBackupFile(file: string, passphrase: string): Promise<BackupFileContents>;
  /** Restores a whole backup file into a folder that holds no vault, then opens it with that passphrase; see vault/restore-file.ts. */
  restoreBackupFile(file: string, passphrase: string): Promise<VaultStatus>;
  /** Restores one case of a backup file (any vault's) into the open vault, its attachments re-encrypted under this vault's key. */
  restoreCaseFromFile(
    file: string,
    passphrase: string,
    caseId: string,
  ): Promise<{ safetyBackup: string; revision: number; displayName: string }>;
  /** Copies a backup into `toDir` as one self-contained encrypted file; returns its path. */
  exportBackup(backupId: string, toDir: string): Promise<{ file: string }>;
  /** A vault-wide record that belongs to no case (the advocate's edited templates); undefined until first written. */
  readRecord(name: RecordName): Promise<Uint8Array | undefined>;
  writeRecord(name: RecordName, plaintext: Uint8Array): Promise<void>;
  getBlob(blobId: string): Promise<Uint8Array>;
  /** Copies the encrypted files into a new backup folder and prunes old ones; returns its name. */
  backup(reason: string): Promise<string>;
  changePassphrase(current: string, next: string): Promise<void>;
  /** Makes a new recovery code for the open vault, replacing any earlier one; returns it (shown once). */
  createRecoveryCode(): Promise<string>;
  /** Moves the key to the keychain (the current passphrase given) or to a new passphrase; see vault/keys.ts. */
  switchKeyMethod(next: KeyMethodInput, currentPassphrase?: string): Promise<void>;
}
