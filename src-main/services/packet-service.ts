import { buildCasePacket, type CaseBuildInput, type PacketDocumentSources } from './packet-build.ts';
import { packetCounsel } from '../packet/contents/generated.ts';
import type { PacketManifest } from '../packet/report/manifest.ts';
import type { PacketRenderers } from '../packet/pages/ports.ts';
import { SourceCache } from '../packet/contents/source-cache.ts';
import type { VaultApi } from '../vault/types.ts';

/** Opens the printer-backed renderers for one build; `close` releases the browser or window. */
export type OpenPacketRenderers = () => Promise<{ readonly renderers: PacketRenderers; readonly close: () => Promise<void> }>;

export interface PacketHandlerDeps {
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

export function createPacketService(deps: PacketHandlerDeps): PacketService {
  // Kept for the life of the services, so a rebuild reuses every exhibit that did not change;
  // generated documents are printed again on every build (they are quick to print).
  const cache = new SourceCache();
  return {
    build: async (input) => {
      // A missing profile is reported before a printer is started.
      packetCounsel(deps.documents.counsel());
      const { renderers, close } = await deps.openRenderers();
      try {
        return await buildCasePacket(input, {
          vault: deps.vault,
          documents: deps.documents,
          renderers,
          cache,
          now: deps.now,
          newId: deps.newId,
        });
      } finally {
        await close();
      }
    },
  };
}
