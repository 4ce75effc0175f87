import { DossierError } from '../core/errors.ts';
import { CASE_SCHEMA_VERSION } from '../core/model/case.ts';
import { writeAtomic } from './atomic.ts';
import { recordFileId, recordFileName, type RecordName } from './file-names.ts';
import { isDamaged, readGenerations, repairGenerations } from './recovery.ts';
import { markReadOnly, openFile, requireWritable, sealFile, type Session, type VaultDeps } from './session.ts';

/**
 * Reads a vault-wide record (undefined when none was ever written). Like a case, a damaged file
 * falls back to its previous generation, is set aside, and is reported in the vault status.
 */
export async function readRecord(deps: VaultDeps, session: Session, name: RecordName): Promise<Uint8Array | undefined> {
  const file = recordFileName(name);
  const read = await readGenerations(deps.fs, deps.dir, file, (bytes) => openFile(session, recordFileId(name), bytes));
  if (isDamaged(read)) {
    session.recovered.push({ file, restoredFrom: read.source === 'previous' ? 'previous' : 'none' });
    if (session.readOnlyReason === undefined) await repairGenerations(deps.fs, deps.dir, file, read, deps.quarantineDir, deps.random);
  }
  if (read.value === undefined) return undefined;
  if (read.value.schemaVersion > CASE_SCHEMA_VERSION) {
    markReadOnly(session, read.value.schemaVersion);
    throw new DossierError('FUTURE_SCHEMA', 'These settings were saved by a newer version of Dossier. Update Dossier to use them.');
  }
  return read.value.plaintext;
}

/** Replaces a vault-wide record through the atomic write path, keeping the previous generation. */
export async function writeRecord(deps: VaultDeps, session: Session, name: RecordName, plaintext: Uint8Array): Promise<void> {
  requireWritable(session);
  const bytes = sealFile(deps, session, recordFileId(name), CASE_SCHEMA_VERSION, plaintext);
  await writeAtomic(deps.fs, deps.dir, recordFileName(name), bytes, {
    random: deps.random,
    keepPrevious: true,
    action: 'saving your templates',
  });
}
