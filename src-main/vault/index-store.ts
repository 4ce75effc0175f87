import { DossierError, isDossierError } from '../core/errors.ts';
import { CASE_SCHEMA_VERSION } from '../core/model/case.ts';
import { writeAtomic } from './atomic.ts';
import { decodeCase } from './case-file.ts';
import { caseFileName, caseFilePattern, INDEX_FILE, INDEX_FILE_ID } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { decodeIndex, encodeIndex, entryFor, type IndexEntry } from './index-file.ts';
import { isDamaged, readGenerations, repairGenerations } from './recovery.ts';
import { markReadOnly, openFile, requireWritable, sealFile, type Session, type VaultDeps } from './session.ts';

interface DecodedIndex {
  readonly schemaVersion: number;
  readonly entries: IndexEntry[];
}

function decodeIndexFile(session: Session, bytes: Uint8Array): DecodedIndex {
  const file = openFile(session, INDEX_FILE_ID, bytes);
  try {
    return { schemaVersion: file.schemaVersion, entries: decodeIndex(file.plaintext) };
  } catch (error) {
    if (file.schemaVersion > CASE_SCHEMA_VERSION) {
      throw new DossierError(
        'FUTURE_SCHEMA',
        `This vault was saved by a newer version of Dossier (format ${file.schemaVersion}). Update Dossier to open it.`,
      );
    }
    throw error;
  }
}

/**
 * Reads the index at unlock without writing anything. Returns whether it needs repair; a newer
 * schema marks the session read-only.
 */
export async function readIndex(deps: VaultDeps, session: Session): Promise<{ needsSave: boolean; repair: () => Promise<void> }> {
  const read = await readGenerations(deps.fs, deps.dir, INDEX_FILE, (bytes) => decodeIndexFile(session, bytes));
  for (const entry of read.value?.entries ?? []) session.index.set(entry.id, entry);
  const newest = Math.max(read.value?.schemaVersion ?? 0, ...(read.value?.entries ?? []).map((e) => e.schemaVersion));
  if (newest > CASE_SCHEMA_VERSION) markReadOnly(session, newest);
  if (isDamaged(read)) session.recovered.push({ file: INDEX_FILE, restoredFrom: read.source === 'previous' ? 'previous' : 'none' });
  return {
    needsSave: read.source !== 'current',
    repair: async () => {
      if (isDamaged(read)) await repairGenerations(deps.fs, deps.dir, INDEX_FILE, read, deps.quarantineDir, deps.random);
    },
  };
}

export async function saveIndex(deps: VaultDeps, session: Session): Promise<void> {
  requireWritable(session);
  const bytes = sealFile(deps, session, INDEX_FILE_ID, CASE_SCHEMA_VERSION, encodeIndex(session.index.values()));
  await writeAtomic(deps.fs, deps.dir, INDEX_FILE, bytes, { random: deps.random, keepPrevious: true, action: 'updating the case list' });
}

/**
 * Adds case files the index does not know: a crash between writing a new case and writing the
 * index, or an index that was lost and is being rebuilt. Returns how many were added.
 */
export async function adoptUnindexedCases(deps: VaultDeps, session: Session): Promise<number> {
  let names: string[];
  try {
    names = await deps.fs.readdir(deps.dir);
  } catch (error) {
    throw toVaultError(error, 'opening the vault');
  }
  const known = new Set([...session.index.values()].map((e) => caseFileName(e.fileId)));
  let adopted = 0;
  for (const name of names) {
    if (!caseFilePattern.test(name) || known.has(name)) continue;
    const fileId = name.slice(0, -'.dsv'.length);
    let read;
    try {
      read = await readGenerations(deps.fs, deps.dir, name, (bytes) => {
        const file = openFile(session, fileId, bytes);
        return { schemaVersion: file.schemaVersion, decoded: decodeCase(file.plaintext, file.schemaVersion, undefined) };
      });
    } catch (error) {
      // A newer-format case we cannot read is left exactly where it is.
      if (isDossierError(error) && error.code === 'FUTURE_SCHEMA') continue;
      throw error;
    }
    if (isDamaged(read)) {
      session.recovered.push({ file: name, restoredFrom: read.source === 'previous' ? 'previous' : 'none' });
      await repairGenerations(deps.fs, deps.dir, name, read, deps.quarantineDir, deps.random);
    }
    if (!read.value || session.index.has(read.value.decoded.stored.case.id)) continue;
    const { stored } = read.value.decoded;
    const { revision, createdAt, updatedAt } = stored;
    session.index.set(
      stored.case.id,
      entryFor(stored.case, { fileId, revision, createdAt, updatedAt, schemaVersion: read.value.schemaVersion }),
    );
    if (read.value.schemaVersion > CASE_SCHEMA_VERSION) markReadOnly(session, read.value.schemaVersion);
    adopted += 1;
  }
  return adopted;
}
