import { randomBytes as nodeRandomBytes } from 'node:crypto';
import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';
import { CASE_SCHEMA_VERSION } from '../core/model/case.ts';
import { removeLeftoverTemps } from './atomic.ts';
import { DEFAULT_BACKUP_POLICY, type BackupPolicy } from './backup-rotation.ts';
import { removePartialBackups, takeBackup } from './backup.ts';
import { blobRefsOf } from './blob-refs.ts';
import { getBlob, putBlob, putBlobStream } from './blob-store.ts';
import { sweepBlobs } from './blob-sweep.ts';
import { checkVault } from './check.ts';
import { deleteCase, ensureMigrationBackup, readCase, writeCase } from './case-store.ts';
import { BLOBS_DIR } from './file-names.ts';
import { nodeFsPort, type FsPort } from './fs-port.ts';
import { createIdleTimer, systemTimers, type TimerPort } from './idle-timer.ts';
import { toSummary } from './index-file.ts';
import { adoptUnindexedCases, readIndex, saveIndex } from './index-store.ts';
import { DEFAULT_SCRYPT } from './key-wrap.ts';
import { readRecord, writeRecord } from './record-store.ts';
import { describeBackups, restoreCase } from './restore.ts';
import {
  createKeys,
  createRecoveryCode,
  hasVaultData,
  openKey,
  readKeyFile,
  repairKeyFile,
  rewrapPassphrase,
  switchKeyMethod,
  syncKeyFilePrevious,
} from './keys.ts';
import { exportBackup, verifyBackup } from './backup-export.ts';
import { takeDailyBackup } from './daily-backup.ts';
import { closeBackupFile, inspectBackupFile, openBackupFile } from './backup-file-open.ts';
import { restoreCaseFromFile, restoreFileIntoEmpty } from './restore-file.ts';
import { finishRestore, restoreVault } from './restore-vault.ts';
import { createSession, endSession, liveKey, quarantineDirOf, requireWritable, type Session, type VaultDeps } from './session.ts';
import type { BlobRef, KeyMethodInput, KeyStorePort, UnlockInput, VaultApi, VaultStatus } from './types.ts';

export interface VaultOptions {
  /** The vault folder (created 0700 by init if missing). */
  readonly dir: string;
  readonly fs?: FsPort;
  readonly now?: () => Date;
  readonly randomBytes?: (n: number) => Uint8Array;
  /** Electron safeStorage adapter; absent in the CLI and in tests. */
  readonly keyStore?: KeyStorePort;
  /** scrypt cost for new wraps; only tests lower it. Existing wraps use the parameters stored with them. */
  readonly scrypt?: { readonly N: number; readonly r: number; readonly p: number };
  /** Lock after this long without touch(); default 10 minutes. */
  readonly idleTimeoutMs?: number;
  readonly onLocked?: () => void;
  readonly timers?: TimerPort;
  readonly backupPolicy?: BackupPolicy;
  /** Back up on the first unlock of each (UTC) day; the app and the CLI turn it on. */
  readonly dailyBackups?: boolean;
}

const DEFAULT_IDLE_MS = 10 * 60_000;

function checkTimeout(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0) throw new DossierError('VALIDATION', 'The lock timeout must be a positive number of milliseconds.');
  return ms;
}

export function createVault(options: VaultOptions): VaultApi {
  const deps: VaultDeps = {
    dir: options.dir,
    fs: options.fs ?? nodeFsPort,
    now: options.now ?? (() => new Date()),
    random: options.randomBytes ?? ((n) => new Uint8Array(nodeRandomBytes(n))),
    keyStore: options.keyStore,
    scrypt: options.scrypt ?? DEFAULT_SCRYPT,
    backupPolicy: options.backupPolicy ?? DEFAULT_BACKUP_POLICY,
    quarantineDir: quarantineDirOf(options.dir),
  };
  let session: Session | undefined;
  let lastRecovered: VaultStatus['recovered'] = [];
  let queue: Promise<unknown> = Promise.resolve();
  /** Blobs stored in this session: a check never takes them for orphans while a case may be about to refer to them. */
  const freshBlobs = new Set<string>();
  const idle = createIdleTimer(options.timers ?? systemTimers, checkTimeout(options.idleTimeoutMs ?? DEFAULT_IDLE_MS), () => lock());

  async function fresh(stored: Promise<BlobRef>): Promise<BlobRef> {
    const ref = await stored;
    freshBlobs.add(ref.blobId);
    return ref;
  }

  /** One operation at a time: each save reads, checks and rewrites the index as a unit. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }

  async function requireSession(): Promise<Session> {
    if (session?.alive) return session;
    const exists = await hasVaultData(deps);
    throw exists
      ? new DossierError('LOCKED', 'The vault is locked. Unlock it to continue.')
      : new DossierError('NOT_INITIALISED', 'There is no vault yet. Create one first.');
  }

  function withSession<T>(work: (s: Session) => Promise<T>): Promise<T> {
    return serial(async () => work(await requireSession()));
  }

  function lock(): void {
    idle.stop();
    freshBlobs.clear();
    if (!session) return;
    endSession(session);
    session = undefined;
    options.onLocked?.();
  }

  function install(next: Session): VaultStatus {
    if (session) endSession(session);
    session = next;
    lastRecovered = next.recovered;
    idle.restart();
    return openStatus(next);
  }

  function openStatus(s: Session): VaultStatus {
    const base = {
      keyMethod: s.keyMethod,
      hasRecoveryCode: s.hasRecoveryCode,
      recovered: [...s.recovered],
      ...(s.dailyBackupFailed ? { dailyBackupFailed: true } : {}),
    };
    return s.readOnlyReason === undefined
      ? { ...base, state: 'unlocked' }
      : { ...base, state: 'read-only', readOnlyReason: s.readOnlyReason };
  }

  async function status(): Promise<VaultStatus> {
    if (session?.alive) return openStatus(session);
    const recovered = [...lastRecovered];
    try {
      const read = await readKeyFile(deps);
      if (read?.value)
        return { state: 'locked', keyMethod: read.value.method, hasRecoveryCode: read.value.recovery !== undefined, recovered };
    } catch (error) {
      if (!isDossierError(error)) throw error;
      return { state: 'locked', keyMethod: null, hasRecoveryCode: false, recovered };
    }
    return { state: (await hasVaultData(deps)) ? 'locked' : 'absent', keyMethod: null, hasRecoveryCode: false, recovered };
  }

  async function openVault(input: UnlockInput): Promise<VaultStatus> {
    // A restore into an empty folder moves the key file last: its journal is finished first.
    await finishRestore(deps.fs, deps.dir);
    const read = await readKeyFile(deps);
    if (!read?.value) {
      if (await hasVaultData(deps))
        throw new DossierError('KEY_UNAVAILABLE', 'The vault key file is missing. Restore it from a backup; nothing was changed.');
      throw new DossierError('NOT_INITIALISED', 'There is no vault yet. Create one first.');
    }
    // Everything up to here, and a wrong passphrase, leaves the disk untouched.
    const opened = await openKey(deps, { ...read, value: read.value }, input);
    const next = createSession(opened.key, opened.read.value?.method ?? read.value.method, opened.read.value?.recovery !== undefined);
    try {
      // A whole-vault restore the journal decided is finished before anything is read.
      await finishRestore(deps.fs, deps.dir);
      const index = await readIndex(deps, next);
      if (next.readOnlyReason === undefined) {
        next.recovered.push(...(await repairKeyFile(deps, opened.read)));
        await syncKeyFilePrevious(deps, opened.read);
        await index.repair();
        await removeLeftoverTemps(deps.fs, deps.dir);
        await removeLeftoverTemps(deps.fs, path.join(deps.dir, BLOBS_DIR));
        await removePartialBackups(deps.fs, deps.dir);
        const adopted = await adoptUnindexedCases(deps, next);
        if (next.readOnlyReason === undefined && (adopted > 0 || index.needsSave)) await saveIndex(deps, next);
        if ([...next.index.values()].some((e) => e.schemaVersion < CASE_SCHEMA_VERSION)) await ensureMigrationBackup(deps, next);
        if (options.dailyBackups === true) next.dailyBackupFailed = !(await takeDailyBackup(deps));
      }
    } catch (error) {
      endSession(next);
      throw error;
    }
    return install(next);
  }

  async function initVault(input: KeyMethodInput): Promise<VaultStatus> {
    const next = createSession(await createKeys(deps, input), input.method, false);
    try {
      await saveIndex(deps, next);
    } catch (error) {
      endSession(next);
      throw error;
    }
    return install(next);
  }

  /** The blobs a case refers to now; none when it cannot be read (then nothing of it is removed). */
  async function refsOf(s: Session, id: string): Promise<Set<string>> {
    if (!s.index.has(id)) return new Set();
    try {
      return blobRefsOf(await readCase(deps, s, id));
    } catch {
      return new Set();
    }
  }

  /**
   * After a save or a delete has landed: the blobs the case no longer refers to go, unless
   * another case still does. A failure here never fails the save; `vault check` finds what stayed.
   */
  async function dropBlobs(s: Session, dropped: readonly string[], keep: ReadonlySet<string>): Promise<void> {
    if (dropped.length === 0 || s.readOnlyReason !== undefined) return;
    for (const id of dropped) freshBlobs.delete(id);
    await sweepBlobs(deps, s, dropped, keep).catch(() => undefined);
  }

  return {
    status,
    init: (input) => serial(() => initVault(input)),
    unlock: (input) => serial(() => openVault(input)),
    lock,
    touch: () => {
      if (session?.alive) idle.restart();
    },
    setIdleTimeout: (ms) => idle.setTimeoutMs(checkTimeout(ms)),
    listCases: () =>
      withSession((s) => {
        liveKey(s);
        return Promise.resolve([...s.index.values()].map(toSummary));
      }),
    readCase: (id) => withSession((s) => readCase(deps, s, id)),
    writeCase: (value, expectedRevision, draft) =>
      withSession(async (s) => {
        const before = expectedRevision > 0 ? await refsOf(s, value.id) : new Set<string>();
        const saved = await writeCase(deps, s, value, expectedRevision, draft);
        const after = blobRefsOf(saved);
        await dropBlobs(
          s,
          [...before].filter((id) => !after.has(id)),
          new Set(),
        );
        return saved;
      }),
    deleteCase: (id) =>
      withSession(async (s) => {
        const before = await refsOf(s, id);
        await deleteCase(deps, s, id);
        await dropBlobs(s, [...before], new Set());
      }),
    sweepBlobs: (candidates, keep) => withSession((s) => sweepBlobs(deps, s, candidates, keep)),
    check: ({ clean, keep }) => withSession((s) => checkVault(deps, s, { clean, keep, fresh: freshBlobs })),
    putBlob: (bytes) => withSession((s) => fresh(putBlob(deps, s, bytes))),
    putBlobStream: (source) => withSession((s) => fresh(putBlobStream(deps, s, source))),
    getBlob: (blobId) => withSession((s) => getBlob(deps, s, blobId)),
    listBackups: () => withSession((s) => describeBackups(deps, s)),
    restoreCase: (backupId, caseId) => withSession((s) => restoreCase(deps, s, backupId, caseId)),
    restoreVault: (backupId) => withSession((s) => restoreVault(deps, s, backupId)),
    verifyBackup: (target) => withSession((s) => verifyBackup(deps, s, target)),
    inspectBackupFile: (file, passphrase) => inspectBackupFile(deps.fs, file, passphrase),
    restoreBackupFile: (file, passphrase) =>
      serial(async () => {
        if (session?.alive) throw new DossierError('ALREADY_INITIALISED', 'A vault is open here. Restore one case from the file instead.');
        const opened = await openBackupFile(deps.fs, file, passphrase);
        try {
          await restoreFileIntoEmpty(deps, opened);
        } finally {
          closeBackupFile(opened);
        }
        return openVault({ method: 'passphrase', passphrase });
      }),
    restoreCaseFromFile: (file, passphrase, caseId) =>
      withSession(async (s) => {
        const opened = await openBackupFile(deps.fs, file, passphrase);
        try {
          return await restoreCaseFromFile(deps, s, opened, caseId);
        } finally {
          closeBackupFile(opened);
        }
      }),
    exportBackup: (backupId, toDir) => withSession((s) => exportBackup(deps, s, backupId, toDir)),
    readRecord: (name) => withSession((s) => readRecord(deps, s, name)),
    writeRecord: (name, plaintext) => withSession((s) => writeRecord(deps, s, name, plaintext)),
    backup: (reason) =>
      withSession((s) => {
        liveKey(s);
        return takeBackup({ ...deps, policy: deps.backupPolicy }, reason);
      }),
    changePassphrase: (current, next) =>
      withSession((s) => {
        requireWritable(s);
        return rewrapPassphrase(deps, s.key, current, next);
      }),
    switchKeyMethod: (next, current) =>
      withSession(async (s) => {
        requireWritable(s);
        await switchKeyMethod(deps, s.key, next, current);
        s.keyMethod = next.method;
      }),
    createRecoveryCode: () =>
      withSession(async (s) => {
        requireWritable(s);
        const code = await createRecoveryCode(deps, s.key);
        s.hasRecoveryCode = true;
        return code;
      }),
  };
}
