import { DossierError } from '../core/errors.ts';
import type { PacketBuildRecord } from '../core/model/case.ts';
import type { VaultApi } from '../vault/types.ts';
import { buildPacket } from './build.ts';
import type { PacketRenderers } from './render-ports.ts';
import { exhibitSources } from './case-sources.ts';
import { DEFAULT_NAME_PATTERN } from './file-names.ts';
import { manifestJson, sha256Hex, type PacketManifest } from './manifest.ts';
import { DIVISIONS, PACKET_PRESETS, type PresetName } from './presets.ts';
import type { ProgressListener } from './progress.ts';
import type { SourceCache } from './source-cache.ts';
import { writeBuild } from './write-build.ts';

export interface CaseBuildInput {
  readonly caseId: string;
  readonly preset: PresetName;
  readonly outDir: string;
  readonly maxBytes?: number;
  readonly maxPages?: number;
  readonly skipBadExhibits: boolean;
  readonly namePattern?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
}

export interface CaseBuildDeps {
  readonly vault: VaultApi;
  readonly renderers: PacketRenderers;
  readonly cache: SourceCache;
  readonly now: () => Date;
  readonly newId: () => string;
}

/**
 * Builds a case's packet, writes the volumes and manifest.json, and keeps the manifest's
 * summary in the case as the "as filed" record.
 */
export async function buildCasePacket(
  input: CaseBuildInput,
  deps: CaseBuildDeps,
): Promise<{ manifestPath: string; manifest: PacketManifest }> {
  const stored = await deps.vault.readCase(input.caseId);
  const value = stored.case;
  const preset = PACKET_PRESETS[input.preset];
  const fileNumber = value.matter.fileNumbers[0]?.value ?? value.id;
  const division = DIVISIONS[value.matter.forum] ?? value.matter.forum;
  const sources = exhibitSources(value, deps.vault);
  if (sources.length === 0)
    throw new DossierError('VALIDATION', 'This case has no imported exhibits to build a packet from. Add exhibits first.');
  const result = await buildPacket(
    {
      caseId: value.id,
      preset: input.preset,
      sources,
      options: preset.options,
      caps: {
        ...(input.maxBytes === undefined ? {} : { maxBytes: input.maxBytes }),
        ...(input.maxPages === undefined ? {} : { maxPages: input.maxPages }),
      },
      skipBadExhibits: input.skipBadExhibits,
      naming: { pattern: input.namePattern ?? DEFAULT_NAME_PATTERN, fileNumber, division, documentType: preset.documentType },
      title: `${preset.documentType} – ${fileNumber}`,
      lang: value.matter.languageOfProceedings,
      headerLines: value.matter.fileNumbers.map((f) => `${f.issuer} ${f.value}`),
      ...(input.signal ? { signal: input.signal } : {}),
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    },
    { renderers: deps.renderers, cache: deps.cache, now: deps.now, newId: deps.newId },
  );
  const manifestPath = await writeBuild(result, input.outDir);
  const m = result.manifest;
  const record: PacketBuildRecord = {
    id: m.buildId,
    builtAt: m.builtAt,
    preset: m.preset,
    manifestSha256: sha256Hex(new TextEncoder().encode(manifestJson(m))),
    inputs: m.inputs.map((i) => ({
      tab: i.tab,
      ...(i.exhibitId === undefined ? {} : { exhibitId: i.exhibitId }),
      title: i.title,
      sha256: i.sha256,
      firstPage: i.firstPage,
      lastPage: i.lastPage,
      volume: i.volume,
    })),
    outputs: m.outputs.map((o) => ({ fileName: o.fileName, sha256: o.sha256, bytes: o.bytes, pages: o.pages })),
    skipped: m.skipped.map((s) => ({ exhibitId: s.exhibitId, code: s.code, message: s.message.slice(0, 500) })),
  };
  const latest = await deps.vault.readCase(input.caseId);
  await deps.vault.writeCase({ ...latest.case, builds: [...latest.case.builds, record] }, latest.revision);
  return { manifestPath, manifest: m };
}
