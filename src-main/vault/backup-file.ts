import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { DossierError } from '../core/errors.ts';
import { FILE_MODE } from './atomic.ts';
import type { BackupManifest } from './backup-source.ts';
import type { BackupSource } from './backup-verify.ts';
import { fileIdOf } from './backup-verify.ts';
import { KEYS_FILE, tempName } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound, type FsPort } from './fs-port.ts';

/**
 * A backup copied out of the vault as one file (format in docs/backup-file.md): magic `DSVB`,
 * version byte, 4-byte big-endian header length, the header (JSON: when, why, and each file's
 * path, size and SHA-256), the files' bytes in header order, then the SHA-256 of everything
 * before it. The files are the backup's own, already encrypted; its keys.json opens with the
 * passphrase the backup was made under.
 */
export const BACKUP_FILE_MAGIC = Buffer.from('DSVB', 'ascii');
export const BACKUP_FILE_VERSION = 1;
export const BACKUP_FILE_EXTENSION = '.dsvbackup';
const PREFIX_BYTES = BACKUP_FILE_MAGIC.length + 1 + 4;
const TRAILER_BYTES = 32;
const MAX_HEADER_BYTES = 16 * 1024 * 1024;

const headerSchema = z.object({
  format: z.literal('dossier-backup-file'),
  version: z.literal(BACKUP_FILE_VERSION),
  backupId: z.string().max(64),
  createdAt: z.string().max(40),
  reason: z.string().max(40),
  files: z
    .array(
      z.object({
        path: z.string().refine((p) => p === KEYS_FILE || fileIdOf(p) !== undefined, 'not a vault file'),
        bytes: z.int().min(0),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(1_000_000),
});
export type BackupFileHeader = z.infer<typeof headerSchema>;

export const backupFileName = (backupId: string): string => `dossier-backup-${backupId}${BACKUP_FILE_EXTENSION}`;

/** Writes the backup as one file into `toDir` (temp file, fsync, rename); returns its path. Reads one file at a time. */
export async function writeBackupFile(
  fs: FsPort,
  source: BackupSource & { manifest: BackupManifest },
  backupId: string,
  toDir: string,
  random: (n: number) => Uint8Array,
): Promise<string> {
  const files: BackupFileHeader['files'] = [];
  for (const file of source.paths) {
    const bytes = await source.read(file);
    files.push({ path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const header: BackupFileHeader = {
    format: 'dossier-backup-file',
    version: BACKUP_FILE_VERSION,
    backupId,
    createdAt: source.manifest.createdAt,
    reason: source.manifest.reason,
    files,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  BACKUP_FILE_MAGIC.copy(prefix, 0);
  prefix.writeUInt8(BACKUP_FILE_VERSION, BACKUP_FILE_MAGIC.length);
  prefix.writeUInt32BE(headerBytes.length, BACKUP_FILE_MAGIC.length + 1);
  async function* parts(): AsyncIterable<Uint8Array> {
    const hash = createHash('sha256');
    const emit = (bytes: Uint8Array) => (hash.update(bytes), bytes);
    yield emit(prefix);
    yield emit(headerBytes);
    for (const file of files) {
      const bytes = await source.read(file.path);
      if (createHash('sha256').update(bytes).digest('hex') !== file.sha256)
        throw new DossierError('BUSY', 'The backup changed while it was being copied. Nothing was written; try again.');
      yield emit(bytes);
    }
    yield new Uint8Array(hash.digest());
  }
  const name = backupFileName(backupId);
  const temp = path.join(toDir, tempName(name, random));
  try {
    await fs.writeNewFileFromParts(temp, parts(), FILE_MODE);
    await fs.rename(temp, path.join(toDir, name));
    await fs.fsyncDir(toDir);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    if (error instanceof DossierError) throw error;
    if (isNotFound(error)) throw new DossierError('NOT_FOUND', 'That folder does not exist. Choose another; nothing was written.');
    throw toVaultError(error, 'copying the backup');
  }
  return path.join(toDir, name);
}

const damaged = (why: string) => new DossierError('CORRUPT', `This backup file is damaged (${why}). Use another copy.`);

/** Reads a backup file; CORRUPT when it is not one or any byte changed. */
export function parseBackupFile(bytes: Uint8Array): BackupSource & { header: BackupFileHeader } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < PREFIX_BYTES + TRAILER_BYTES || !buf.subarray(0, BACKUP_FILE_MAGIC.length).equals(BACKUP_FILE_MAGIC))
    throw new DossierError('CORRUPT', 'This is not a Dossier backup file.');
  // The checksum first: a changed version byte is damage, not a newer format.
  const body = buf.subarray(0, buf.length - TRAILER_BYTES);
  if (
    !createHash('sha256')
      .update(body)
      .digest()
      .equals(buf.subarray(buf.length - TRAILER_BYTES))
  )
    throw damaged('its checksum does not match');
  const version = buf.readUInt8(BACKUP_FILE_MAGIC.length);
  if (version > BACKUP_FILE_VERSION)
    throw new DossierError('FUTURE_SCHEMA', 'This backup file was made by a newer version of Dossier. Update Dossier to open it.');
  const headerLength = buf.readUInt32BE(BACKUP_FILE_MAGIC.length + 1);
  if (version !== BACKUP_FILE_VERSION || headerLength > MAX_HEADER_BYTES || PREFIX_BYTES + headerLength > body.length)
    throw damaged('bad header');
  let header: BackupFileHeader;
  try {
    header = headerSchema.parse(JSON.parse(body.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength).toString('utf8')));
  } catch {
    throw damaged('bad header');
  }
  const slices = new Map<string, Uint8Array>();
  let offset = PREFIX_BYTES + headerLength;
  for (const file of header.files) {
    if (offset + file.bytes > body.length || slices.has(file.path)) throw damaged('bad file table');
    slices.set(file.path, new Uint8Array(body.subarray(offset, offset + file.bytes)));
    offset += file.bytes;
  }
  if (offset !== body.length) throw damaged('bad file table');
  return {
    header,
    hashes: Object.fromEntries(header.files.map((f) => [f.path, f.sha256])),
    paths: header.files.map((f) => f.path),
    read: (file) => {
      const found = slices.get(file);
      return found ? Promise.resolve(found) : Promise.reject(new DossierError('NOT_FOUND', `${file} is not in this backup file.`));
    },
  };
}
