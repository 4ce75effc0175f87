import type { z } from 'zod';
import { DossierError } from '../core/errors.ts';
import { validationError } from '../core/model/interchange.ts';
import { openEnvelope, sealEnvelope, type SealOptions } from './envelope.ts';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  contentName,
  MANIFEST_NAME,
  manifestSchema,
  requestContentSchema,
  responseContentSchema,
  type BundleKind,
  type Manifest,
  type RequestContent,
  type ResponseContent,
} from './format.ts';
import { bundleLimits } from './limits.ts';
import { sha256Hex } from './source-hash.ts';
import { readZip } from './zip-read.ts';
import { writeZip } from './zip-write.ts';

export interface BundleHeader {
  readonly bundleId: string;
  readonly caseRef: string;
  readonly requestId?: string;
  readonly itemIds: readonly string[];
  readonly createdAt: Date;
  readonly appVersion: string;
}

type Content<K extends BundleKind> = K extends 'request' ? RequestContent : ResponseContent;

export interface OpenedBundle<K extends BundleKind> {
  readonly manifest: Manifest;
  readonly content: Content<K>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Builds the zip (manifest first, then the content) and seals it under the passphrase. */
export async function writeBundle<K extends BundleKind>(
  kind: K,
  head: BundleHeader,
  content: Content<K>,
  passphrase: string,
  seal: SealOptions,
): Promise<Uint8Array> {
  const body = encoder.encode(JSON.stringify(content));
  const name = contentName[kind];
  const manifest: Manifest = manifestSchema.parse({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: head.bundleId,
    kind,
    caseRef: head.caseRef,
    ...(head.requestId === undefined ? {} : { requestId: head.requestId }),
    itemIds: [...head.itemIds],
    createdAt: head.createdAt.toISOString(),
    appVersion: head.appVersion,
    entries: [{ name, bytes: body.length, sha256: sha256Hex(body) }],
  });
  const zip = writeZip(
    [
      { name: MANIFEST_NAME, data: encoder.encode(JSON.stringify(manifest)) },
      { name, data: body },
    ],
    head.createdAt,
  );
  return sealEnvelope(zip, passphrase, seal);
}

function parseJson<T>(what: string, data: Uint8Array, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(data));
  } catch {
    throw new DossierError('UNSUPPORTED_FORMAT', `The bundle was refused: its ${what} is not valid JSON. Nothing was changed.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(`The bundle's ${what}`, parsed.error);
  return parsed.data;
}

const kindWords: Record<BundleKind, string> = {
  request: 'a translation request: open it in Dossier’s interpreter mode',
  response: 'a translated response: import it into the case it was requested from',
};

/**
 * Decrypts and reads a bundle of the expected kind, checking the envelope, the zip (every hostile
 * case), the manifest, that the zip holds exactly the entries the manifest lists with their
 * SHA-256, and the content's shape. Pure: nothing is written anywhere.
 */
export async function readBundle<K extends BundleKind>(bytes: Uint8Array, passphrase: string, expected: K): Promise<OpenedBundle<K>> {
  if (bytes.byteLength > bundleLimits.maxBundleBytes)
    throw new DossierError(
      'TOO_LARGE',
      `The bundle was refused: it is ${bytes.byteLength} bytes, over the ${bundleLimits.maxBundleBytes}-byte limit. Nothing was changed.`,
    );
  const zip = await openEnvelope(bytes, passphrase);
  const entries = readZip(zip);
  const manifestEntry = entries.find((e) => e.name === MANIFEST_NAME);
  if (!manifestEntry) throw new DossierError('UNSUPPORTED_FORMAT', 'The bundle was refused: it has no manifest. Nothing was changed.');
  const manifest = parseJson('manifest', manifestEntry.data, manifestSchema);
  if (manifest.kind !== expected)
    throw new DossierError('UNSUPPORTED_FORMAT', `This bundle is ${kindWords[manifest.kind]}. Nothing was changed.`);
  const listed = new Set([MANIFEST_NAME, ...manifest.entries.map((e) => e.name)]);
  const extra = entries.findIndex((e) => !listed.has(e.name));
  if (extra >= 0)
    throw new DossierError('UNSUPPORTED_FORMAT', `The bundle was refused: entry ${extra + 1} is not in its manifest. Nothing was changed.`);
  for (const listedEntry of manifest.entries) {
    const entry = entries.find((e) => e.name === listedEntry.name);
    if (!entry || entry.data.length !== listedEntry.bytes || sha256Hex(entry.data) !== listedEntry.sha256)
      throw new DossierError('CORRUPT', 'The bundle was refused: its content does not match its manifest. Nothing was changed.');
  }
  const content = entries.find((e) => e.name === contentName[expected]);
  if (!content) throw new DossierError('UNSUPPORTED_FORMAT', 'The bundle was refused: its content is missing. Nothing was changed.');
  const schema = (expected === 'request' ? requestContentSchema : responseContentSchema) as unknown as z.ZodType<Content<K>>;
  const parsed = parseJson('content', content.data, schema);
  const itemIds = (parsed.items as readonly { itemId: string }[]).map((i) => i.itemId);
  if (itemIds.length !== manifest.itemIds.length || itemIds.some((id, i) => id !== manifest.itemIds[i]))
    throw new DossierError('UNSUPPORTED_FORMAT', 'The bundle was refused: its items do not match its manifest. Nothing was changed.');
  return { manifest, content: parsed };
}
