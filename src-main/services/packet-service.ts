import { SourceCache } from '../packet/contents/source-cache.ts';
import type { PacketManifest } from '../packet/report/manifest.ts';
import type { VaultApi } from '../vault/types.ts';
import { buildCasePacket, type CaseBuildInput, type OpenPacketRenderers, type PacketDocumentSources } from './packet-build.ts';

export type { OpenPacketRenderers };

export interface PacketServiceDeps {
  readonly vault: VaultApi;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly openRenderers: OpenPacketRenderers;
  /** The counsel profile from settings and the advocate's templates, for the generated documents. */
  readonly documents: PacketDocumentSources;
}

export interface PacketService {
  /** Builds, writes the volumes and manifest.json, and records the build in the case. */
  build(input: CaseBuildInput): Promise<{ manifestPath: string; manifest: PacketManifest }>;
}

/** The packet service: one source cache for the life of the services, so a rebuild reuses every exhibit that did not change. */
export function createPacketService(deps: PacketServiceDeps): PacketService {
  // Generated documents are printed again on every build (they are quick to print).
  const cache = new SourceCache();
  return { build: (input) => buildCasePacket(input, { ...deps, cache }) };
}
