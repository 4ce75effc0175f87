import { SourceCache } from '../packet/contents/source-cache.ts';
import type { PacketManifest } from '../packet/report/manifest.ts';
import type { VaultApi } from '../vault/types.ts';
import { createWarmRenderers } from './warm-renderers.ts';
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

/**
 * The packet service: one source cache and one warm printer for the unlocked session, so a
 * rebuild reuses every exhibit that did not change and does not start a browser again. `close`
 * forgets both (on lock and on quit): the cache holds decrypted exhibits.
 */
export function createPacketService(deps: PacketServiceDeps): PacketService & { prewarm(): void; close(): Promise<void> } {
  const cache = new SourceCache();
  const printer = createWarmRenderers(deps.openRenderers);
  return {
    build: (input) => buildCasePacket(input, { ...deps, openRenderers: printer.open, cache }),
    prewarm: printer.prewarm,
    close: async () => {
      cache.clear();
      await printer.close();
    },
  };
}
