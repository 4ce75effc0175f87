/**
 * Every name inside the vault folder. Case and blob names are random and carry nothing about
 * the client; the case id -> file id map lives inside the encrypted index.
 */
export const KEYS_FILE = 'keys.json';
export const INDEX_FILE = 'index.dsv';
/** File id bound into the index file's AAD. */
export const INDEX_FILE_ID = 'index';
export const BLOBS_DIR = 'blobs';
export const BACKUPS_DIR = 'backups';
export const QUARANTINE_DIR = 'quarantine';
export const PREVIOUS_SUFFIX = '.prev';
export const TEMP_SUFFIX = '.tmp';
export const PARTIAL_BACKUP_PREFIX = '.partial-';
/** A backup being pruned is renamed to this prefix first, so a crash never leaves a half-deleted backup under its own name. */
export const PRUNING_BACKUP_PREFIX = '.pruning-';
/** Whole-vault restore: the files being put in place wait in this folder; the journal names them once they are all there. */
export const RESTORE_STAGING_DIR = '.restore-staging';
export const RESTORE_JOURNAL = 'restore.json';

/**
 * Vault-wide records that belong to no case (the advocate's edited templates; the text of each
 * exhibit's pages kept for search inside a case, src-main/case-search/; the list of generated
 * documents already printed, src-main/services/print-cache.ts): one encrypted file each, under
 * a fixed name that says what kind of record it is and nothing about a client.
 */
export const recordNames = ['templates', 'search-index', 'print-cache'] as const;
export type RecordName = (typeof recordNames)[number];
export const recordFileName = (name: RecordName): string => `${name}.dsv`;
export const recordFilePattern = /^(?:templates|search-index|print-cache)\.dsv$/;
/** File id bound into a record file's AAD, so a record cannot be swapped for a case or another record. */
export const recordFileId = (name: RecordName): string => `record:${name}`;

export const caseFileIdPattern = /^c-[0-9a-f]{32}$/;
export const blobIdPattern = /^b-[0-9a-f]{32}$/;
export const caseFilePattern = /^c-[0-9a-f]{32}\.dsv$/;
export const blobFilePattern = /^b-[0-9a-f]{32}\.dsb$/;
export const tempFilePattern = /\.[0-9a-f]{16}\.tmp$/;
/** Everything the vault itself ever creates in its folder or sub-folders. */
export const vaultNamePattern =
  /^(?:(?:keys\.json|index\.dsv|templates\.dsv|search-index\.dsv|print-cache\.dsv|c-[0-9a-f]{32}\.dsv|b-[0-9a-f]{32}\.dsb)(?:\.prev)?|blobs|backups|quarantine|backup\.json|q-[0-9a-f]{32}|\d{8}T\d{9}Z-[0-9a-f]{8})$/;

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

export const newCaseFileId = (random: (n: number) => Uint8Array): string => `c-${hex(random(16))}`;
export const newBlobId = (random: (n: number) => Uint8Array): string => `b-${hex(random(16))}`;
export const caseFileName = (fileId: string): string => `${fileId}.dsv`;
export const blobFileName = (blobId: string): string => `${blobId}.dsb`;
export const tempName = (name: string, random: (n: number) => Uint8Array): string => `${name}.${hex(random(8))}${TEMP_SUFFIX}`;
export const quarantineName = (random: (n: number) => Uint8Array): string => `q-${hex(random(16))}`;
