import { SourceCache } from '../packet/contents/source-cache.ts';
import type { PacketRenderers } from '../packet/pages/ports.ts';
import type { PacketManifest } from '../packet/report/manifest.ts';
import type { VaultApi } from '../vault/types.ts';
import { loadFontLibrary } from '../render/fonts/library.ts';
import { cachedPacketRenderers } from './cached-prints.ts';
import type { PrintCache } from './print-cache.ts';
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
  /** Prints kept from earlier builds (this session's and, stored in the vault, earlier ones'). */
  readonly prints?: PrintCache;
}

export interface PacketService {
  /** Builds, writes the volumes and manifest.json, and records the build in the case. */
  build(input: CaseBuildInput): Promise<{ manifestPath: string; manifest: PacketManifest }>;
}

/**
 * The packet service: one source cache and one warm printer for the unlocked session, so a
 * rebuild reuses every exhibit that did not change and does not start a browser again, and the
 * print cache, so a generated page whose inputs did not change is not printed again (not even
 * after an unlock). `close` forgets the source cache and closes the printer (on lock and on
 * quit): the cache holds decrypted exhibits.
 */
export function createPacketService(deps: PacketServiceDeps): PacketService & { prewarm(): void; close(): Promise<void> } {
  const cache = new SourceCache();
  const printer = createWarmRenderers(deps.openRenderers);
  return {
    build: (input) => {
      const prints = deps.prints;
      // With the cache, the printer is waited for only when something must be printed: a build
      // whose pages are all kept does not wait for Chromium to start after an unlock.
      const openRenderers: OpenPacketRenderers = prints
        ? () => {
            let opened: ReturnType<OpenPacketRenderers> | undefined;
            const renderers = async () => (await (opened ??= printer.open())).renderers;
            const lazy: PacketRenderers = {
              listOfDocuments: async (...args) => (await renderers()).listOfDocuments(...args),
              volumeCover: async (...args) => (await renderers()).volumeCover(...args),
              renderDocument: async (...args) => (await renderers()).renderDocument(...args),
            };
            return Promise.resolve({
              renderers: cachedPacketRenderers(lazy, prints, input.caseId, loadFontLibrary()),
              // A printer that failed to open has already failed the print that asked for it.
              close: () =>
                opened?.then(
                  (o) => o.close(),
                  () => undefined,
                ) ?? Promise.resolve(),
            });
          }
        : printer.open;
      return buildCasePacket(input, { ...deps, openRenderers, cache });
    },
    prewarm: printer.prewarm,
    close: async () => {
      cache.clear();
      await printer.close();
    },
  };
}
