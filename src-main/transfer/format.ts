import { z } from 'zod';
import type { BundleLimits } from '../handoff/limits.ts';
import { DEFAULT_MAX_EXHIBIT_BYTES } from '../exhibits/read-file.ts';

/**
 * What a sealed case transfer holds once decrypted (docs/transfer-format.md): `manifest.json`,
 * `case.json` (the case interchange file: the case with its per-case wording and build history),
 * and one `blobs/<blob id>` entry per attachment the case refers to, stored uncompressed.
 */
export const TRANSFER_FORMAT = 'dossier-case-transfer';
export const TRANSFER_FORMAT_VERSION = 1;
export const TRANSFER_MANIFEST = 'manifest.json';
export const TRANSFER_CASE = 'case.json';
export const TRANSFER_EXTENSION = 'dossiercase';
/** An attachment entry: `blobs/` and the blob id the case refers to it by in the sending vault. */
export const blobEntryPattern = /^blobs\/(b-[0-9a-f]{32})$/;
export const blobEntryName = (blobId: string): string => `blobs/${blobId}`;

const sha256 = z.string().regex(/^[a-f0-9]{64}$/);

export const transferManifestSchema = z.strictObject({
  format: z.literal(TRANSFER_FORMAT),
  formatVersion: z.literal(TRANSFER_FORMAT_VERSION),
  transferId: z.uuid(),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(40),
  entries: z
    .array(
      z.strictObject({
        name: z.union([z.literal(TRANSFER_CASE), z.string().regex(blobEntryPattern)]),
        bytes: z.int().min(0),
        sha256,
      }),
    )
    .min(1)
    .max(4000),
});
export type TransferManifest = z.infer<typeof transferManifestSchema>;

/**
 * Caps on a transfer. A case carries its exhibits, so these sit far above a hand-off bundle's:
 * one entry is at most an exhibit's own import limit, the whole at most 1 GiB (the zip reader
 * refuses ZIP64, and the file is opened in memory).
 */
export const transferLimits: BundleLimits = Object.freeze({
  maxBundleBytes: 2 ** 30,
  maxEntries: 4001,
  maxTotalBytes: 2 ** 30,
  maxEntryBytes: DEFAULT_MAX_EXHIBIT_BYTES,
  maxRatio: 100,
  ratioFloorBytes: 64 * 2 ** 10,
  maxDepth: 2,
  maxNameBytes: 255,
});
