import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';
import { CASE_SCHEMA_VERSION, type Case } from '../core/model/case.ts';
import { parseCase } from '../core/model/interchange.ts';
import { writeAtomic } from './atomic.ts';
import { takeBackup } from './backup.ts';
import { decodeCase } from './case-file.ts';
import { encodeCase } from './case-file.ts';
import { caseFileName, newCaseFileId, PREVIOUS_SUFFIX } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound } from './fs-port.ts';
import { entryFor, type IndexEntry } from './index-file.ts';
import { saveIndex } from './index-store.ts';
import { isDamaged, readGenerations, repairGenerations } from './recovery.ts';
import { markReadOnly, openFile, requireWritable, sealFile, type Session, type VaultDeps } from './session.ts';
import type { StoredCase } from './types.ts';

/** Backups are taken before the first migrated case of a session can be written back. */
export async function ensureMigrationBackup(deps: VaultDeps, session: Session): Promise<void> {
  if (session.migrationBackupTaken) return;
  await takeBackup({ ...deps, policy: deps.backupPolicy }, 'before-migration');
  session.migrationBackupTaken = true;
}

function lookup(session: Session, id: string): IndexEntry {
  const entry = session.index.get(id);
  if (!entry) throw new DossierError('NOT_FOUND', 'That case is not in the vault.');
  return entry;
}

async function loadCase(deps: VaultDeps, session: Session, entry: IndexEntry): Promise<{ stored: StoredCase; schemaVersion: number }> {
  const name = caseFileName(entry.fileId);
  let read;
  try {
    read = await readGenerations(deps.fs, deps.dir, name, (bytes) => {
      const file = openFile(session, entry.fileId, bytes);
      return { schemaVersion: file.schemaVersion, decoded: decodeCase(file.plaintext, file.schemaVersion, entry.id) };
    });
  } catch (error) {
    if (isDossierError(error) && error.code === 'FUTURE_SCHEMA') markReadOnly(session, CASE_SCHEMA_VERSION + 1);
    throw error;
  }
  if (isDamaged(read)) {
    session.recovered.push({ file: name, restoredFrom: read.source === 'previous' ? 'previous' : 'none' });
    if (session.readOnlyReason === undefined) await repairGenerations(deps.fs, deps.dir, name, read, deps.quarantineDir, deps.random);
  }
  if (!read.value) {
    if (read.current === 'missing' && read.previous === 'missing')
      throw new DossierError('CORRUPT', 'The file of this case is missing from the vault folder.');
    throw new DossierError(
      'CORRUPT',
      'This case file is damaged and no earlier copy could be read. It was set aside, not deleted; restore it from a backup.',
    );
  }
  const { schemaVersion, decoded } = read.value;
  if (schemaVersion > CASE_SCHEMA_VERSION) markReadOnly(session, schemaVersion);
  if (decoded.migrated) await ensureMigrationBackup(deps, session);
  return { stored: decoded.stored, schemaVersion };
}

/** Keeps the index in step with a case file that is newer than it (a crash between the two writes). */
async function reconcile(deps: VaultDeps, session: Session, entry: IndexEntry, stored: StoredCase, schemaVersion: number): Promise<void> {
  if (entry.revision === stored.revision) return;
  const { revision, createdAt, updatedAt } = stored;
  session.index.set(entry.id, entryFor(stored.case, { fileId: entry.fileId, revision, createdAt, updatedAt, schemaVersion }));
  if (session.readOnlyReason !== undefined) return;
  // Best effort: the in-memory index is right either way, and the next save writes it.
  await saveIndex(deps, session).catch(() => undefined);
}

export async function readCase(deps: VaultDeps, session: Session, id: string): Promise<StoredCase> {
  const entry = lookup(session, id);
  const { stored, schemaVersion } = await loadCase(deps, session, entry);
  await reconcile(deps, session, entry, stored, schemaVersion);
  return stored;
}

async function currentRevision(
  deps: VaultDeps,
  session: Session,
  entry: IndexEntry,
): Promise<{ revision: number; createdAt: string; draft?: unknown }> {
  try {
    const { stored } = await loadCase(deps, session, entry);
    return stored;
  } catch (error) {
    // The damaged file is already quarantined; the editor's copy may replace it at the revision the index knew.
    if (isDossierError(error) && error.code === 'CORRUPT') return entry;
    throw error;
  }
}

/**
 * Writes a case. `draft` is the editor's invalid copy kept beside it (see StoredCase): a value
 * replaces it, null clears it (a valid save from the editor), and undefined keeps the one stored,
 * so a write from elsewhere (an import, archiving) never loses what was typed.
 */
export async function writeCase(
  deps: VaultDeps,
  session: Session,
  value: Case,
  expectedRevision: number,
  draft?: unknown,
): Promise<StoredCase> {
  let kept: unknown = draft === null ? undefined : draft;
  requireWritable(session);
  if (!Number.isInteger(expectedRevision) || expectedRevision < 0)
    throw new DossierError('VALIDATION', 'The revision must be a whole number, 0 for a new case.');
  const parsed = parseCase(value);
  const existing = session.index.get(parsed.id);
  let fileId: string;
  let createdAt: string;
  let revision: number;
  if (expectedRevision === 0) {
    if (existing) throw new DossierError('DUPLICATE', 'A case with this id is already in the vault.');
    fileId = newCaseFileId(deps.random);
    createdAt = deps.now().toISOString();
    revision = 1;
  } else {
    const entry = lookup(session, parsed.id);
    const current = await currentRevision(deps, session, entry);
    if (current.revision !== expectedRevision) {
      throw new DossierError(
        'BUSY',
        `This case was changed elsewhere since it was opened (now at revision ${current.revision}). Reload it, then make your change again.`,
      );
    }
    if (entry.schemaVersion < CASE_SCHEMA_VERSION) await ensureMigrationBackup(deps, session);
    fileId = entry.fileId;
    createdAt = current.createdAt;
    if (draft === undefined) kept = current.draft;
    revision = current.revision + 1;
  }
  requireWritable(session);
  const stored: StoredCase = {
    case: parsed,
    revision,
    createdAt,
    updatedAt: deps.now().toISOString(),
    ...(kept === undefined ? {} : { draft: kept }),
  };
  const bytes = sealFile(deps, session, fileId, CASE_SCHEMA_VERSION, encodeCase(stored));
  await writeAtomic(deps.fs, deps.dir, caseFileName(fileId), bytes, { random: deps.random, keepPrevious: true, action: 'saving the case' });
  // The case file is the truth from here on; the index follows it.
  session.index.set(
    parsed.id,
    entryFor(parsed, { fileId, revision, createdAt, updatedAt: stored.updatedAt, schemaVersion: CASE_SCHEMA_VERSION }),
  );
  await saveIndex(deps, session);
  return stored;
}

export async function deleteCase(deps: VaultDeps, session: Session, id: string): Promise<void> {
  requireWritable(session);
  const entry = lookup(session, id);
  session.index.delete(id);
  try {
    await saveIndex(deps, session);
  } catch (error) {
    session.index.set(id, entry);
    throw error;
  }
  const file = path.join(deps.dir, caseFileName(entry.fileId));
  try {
    // Previous generation first: a crash in between leaves a complete file that the next unlock re-adopts.
    for (const target of [file + PREVIOUS_SUFFIX, file]) {
      await deps.fs.unlink(target).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
    }
    await deps.fs.fsyncDir(deps.dir);
  } catch (error) {
    throw toVaultError(error, 'deleting the case');
  }
}
