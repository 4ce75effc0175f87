import { z } from 'zod';
import { DossierError, isDossierError } from '../core/errors.ts';
import { CASE_SCHEMA_VERSION } from '../core/model/case.ts';
import { parseCase } from '../core/model/interchange.ts';
import { migrateCase } from './migrations/runner.ts';
import type { StoredCase } from './types.ts';

/** The plaintext inside a case file: the case plus its revision and timestamps. */
const envelopeSchema = z.object({
  revision: z.int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  case: z.unknown(),
  draft: z.unknown().optional(),
});

export function encodeCase(stored: StoredCase): Uint8Array {
  const { revision, createdAt, updatedAt, draft } = stored;
  return new Uint8Array(Buffer.from(JSON.stringify({ revision, createdAt, updatedAt, case: stored.case, draft }), 'utf8'));
}

export interface DecodedCase {
  readonly stored: StoredCase;
  /** True when the file was at an older schema version and was migrated in memory. */
  readonly migrated: boolean;
}

/**
 * Parses an authenticated case payload written at `schemaVersion`. Older versions go through the
 * migrations; newer ones are read as far as this version understands them (the vault is then
 * read-only), or refused with FUTURE_SCHEMA when they no longer fit.
 */
export function decodeCase(plaintext: Uint8Array, schemaVersion: number, expectedId: string | undefined): DecodedCase {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(plaintext).toString('utf8'));
  } catch {
    throw new DossierError('CORRUPT', 'A case file could not be read.');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw new DossierError('CORRUPT', 'A case file has an unexpected shape.');
  const future = schemaVersion > CASE_SCHEMA_VERSION;
  let value;
  try {
    value = parseCase(future ? envelope.data.case : migrateCase(envelope.data.case, schemaVersion));
  } catch (error) {
    if (future)
      throw new DossierError(
        'FUTURE_SCHEMA',
        `This case was saved by a newer version of Dossier (format ${schemaVersion}). Update Dossier to open it.`,
      );
    if (isDossierError(error) && error.code === 'VALIDATION')
      throw new DossierError('CORRUPT', 'A stored case does not match the case format.', error.issues);
    throw error;
  }
  if (expectedId !== undefined && value.id !== expectedId)
    throw new DossierError('CORRUPT', 'A case file holds a different case than the index says.');
  const { revision, createdAt, updatedAt, draft } = envelope.data;
  const stored: StoredCase = { case: value, revision, createdAt, updatedAt, ...(draft === undefined ? {} : { draft }) };
  return { stored, migrated: schemaVersion < CASE_SCHEMA_VERSION };
}
