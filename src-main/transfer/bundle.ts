import { zipSync, type Zippable } from 'fflate';
import type { z } from 'zod';
import { DossierError, isDossierError } from '../core/errors.ts';
import { validationError } from '../core/model/interchange.ts';
import { APP_VERSION } from '../handoff/app-version.ts';
import { openEnvelope, sealEnvelope, type SealOptions } from '../handoff/envelope.ts';
import { sha256Hex } from '../handoff/source-hash.ts';
import { readZip } from '../handoff/zip-read.ts';
import {
  blobEntryName,
  blobEntryPattern,
  TRANSFER_CASE,
  TRANSFER_FORMAT,
  TRANSFER_FORMAT_VERSION,
  TRANSFER_MANIFEST,
  transferLimits,
  transferManifestSchema,
  type TransferManifest,
} from './format.ts';

export interface TransferContent {
  /** The case interchange file (docs/case-format.md), as JSON text. */
  readonly caseJson: Uint8Array;
  /** Attachment bytes by the blob id the case refers to them with. */
  readonly blobs: ReadonlyMap<string, Uint8Array>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

const refused = (message: string) =>
  new DossierError('UNSUPPORTED_FORMAT', `The case transfer was refused: ${message} Nothing was changed.`);

function tooLarge(bytes: number): DossierError {
  return new DossierError(
    'TOO_LARGE',
    `The case transfer would be ${bytes} bytes, over the ${transferLimits.maxTotalBytes}-byte limit. Move the largest exhibits out of the case (keep them in a backup), then export again.`,
  );
}

/** Zips the manifest, the case and the attachments (stored as they are: they are compressed already) and seals the zip. */
export async function writeTransfer(
  head: { readonly transferId: string; readonly createdAt: Date },
  content: TransferContent,
  passphrase: string,
  seal: SealOptions,
): Promise<Uint8Array> {
  const files: [string, Uint8Array][] = [
    [TRANSFER_CASE, content.caseJson],
    ...[...content.blobs].map(([blobId, data]): [string, Uint8Array] => [blobEntryName(blobId), data]),
  ];
  const total = files.reduce((sum, [, data]) => sum + data.length, 0);
  if (total > transferLimits.maxTotalBytes) throw tooLarge(total);
  const manifest: TransferManifest = transferManifestSchema.parse({
    format: TRANSFER_FORMAT,
    formatVersion: TRANSFER_FORMAT_VERSION,
    transferId: head.transferId,
    createdAt: head.createdAt.toISOString(),
    appVersion: APP_VERSION,
    entries: files.map(([name, data]) => ({ name, bytes: data.length, sha256: sha256Hex(data) })),
  });
  const mtime = head.createdAt;
  const zippable: Zippable = { [TRANSFER_MANIFEST]: [encoder.encode(JSON.stringify(manifest)), { level: 6, mtime }] };
  for (const [name, data] of files) zippable[name] = [data, { level: name === TRANSFER_CASE ? 6 : 0, mtime }];
  return sealEnvelope(zipSync(zippable), passphrase, seal);
}

function parseJson<T>(what: string, data: Uint8Array, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(data));
  } catch {
    throw refused(`its ${what} is not valid JSON.`);
  }
  if (typeof value === 'object' && value !== null && 'format' in value && value.format === 'dossier-handoff')
    throw refused('it is a translation bundle, not a case. Import it from the case’s statement instead.');
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(`The case transfer's ${what}`, parsed.error);
  return parsed.data;
}

/** The envelope's refusals, said of a case transfer rather than a translation bundle. */
async function open(bytes: Uint8Array, passphrase: string): Promise<Uint8Array> {
  try {
    return await openEnvelope(bytes, passphrase);
  } catch (error) {
    if (!isDossierError(error)) throw error;
    const words: Partial<Record<string, string>> = {
      UNSUPPORTED_FORMAT:
        error.message.includes('key-derivation') === true
          ? 'This case transfer asks for key-derivation settings Dossier does not accept. Nothing was changed.'
          : 'This file is not a Dossier case transfer. Nothing was changed.',
      WRONG_PASSPHRASE: 'That passphrase does not open this case transfer. Check it with the person who sent it; nothing was changed.',
      CORRUPT:
        'The case transfer is damaged: it fails its integrity check, so it was changed or cut short on the way. Ask for it to be sent again; nothing was changed.',
      FUTURE_SCHEMA: 'This case transfer was made by a newer version of Dossier: update Dossier to open it. Nothing was changed.',
    };
    const message = words[error.code];
    throw message === undefined ? error : new DossierError(error.code, message);
  }
}

/**
 * Decrypts and reads a transfer, checking the envelope, the zip (every hostile case the hand-off
 * refuses, under the transfer's limits), the manifest, and that the zip holds exactly the entries
 * the manifest lists with their SHA-256. Pure: nothing is written anywhere.
 */
export async function readTransfer(bytes: Uint8Array, passphrase: string): Promise<TransferContent & { manifest: TransferManifest }> {
  if (bytes.byteLength > transferLimits.maxBundleBytes)
    throw new DossierError(
      'TOO_LARGE',
      `The case transfer was refused: it is ${bytes.byteLength} bytes, over the ${transferLimits.maxBundleBytes}-byte limit. Nothing was changed.`,
    );
  const entries = readZip(await open(bytes, passphrase), transferLimits);
  const manifestEntry = entries.find((e) => e.name === TRANSFER_MANIFEST);
  if (!manifestEntry) throw refused('it has no manifest.');
  const manifest = parseJson('manifest', manifestEntry.data, transferManifestSchema);
  const listed = new Set([TRANSFER_MANIFEST, ...manifest.entries.map((e) => e.name)]);
  if (listed.size !== manifest.entries.length + 1) throw refused('its manifest lists an entry twice.');
  const extra = entries.findIndex((e) => !listed.has(e.name));
  if (extra >= 0) throw refused(`entry ${extra + 1} is not in its manifest.`);
  const blobs = new Map<string, Uint8Array>();
  let caseJson: Uint8Array | undefined;
  for (const listedEntry of manifest.entries) {
    const entry = entries.find((e) => e.name === listedEntry.name);
    if (!entry || entry.data.length !== listedEntry.bytes || sha256Hex(entry.data) !== listedEntry.sha256)
      throw new DossierError('CORRUPT', 'The case transfer was refused: its content does not match its manifest. Nothing was changed.');
    const blob = blobEntryPattern.exec(entry.name);
    if (blob?.[1] !== undefined) blobs.set(blob[1], entry.data);
    else caseJson = entry.data;
  }
  if (caseJson === undefined) throw refused('it holds no case.');
  return { manifest, caseJson, blobs };
}
