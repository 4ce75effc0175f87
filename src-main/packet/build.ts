import { DossierError } from '../core/errors.ts';
import { fieldIssue } from '../core/issues/text.ts';
import { exhibitError } from '../exhibits/exhibit-errors.ts';
import { PartAssemblyError } from './assemble/part-error.ts';
import { assembleVolume } from './assemble/volume.ts';
import { resolveSources, type ResolvedSources } from './contents/resolve.ts';
import { groupOfVolume } from './file-groups.ts';
import { settleReferences, volumeRange, type Layout } from './layout.ts';
import { volumeFileName } from './plan/file-names.ts';
import type { PacketPlan } from './plan/plan.ts';
import type { VolumeCaps } from './plan/volumes.ts';
import { checkCancelled } from './progress.ts';
import { manifestInputs, outputsOf, sha256Hex, type ManifestFile, type PacketManifest } from './report/manifest.ts';
import type { BuildDeps, BuildRequest, BuiltVolume, FittedFile, PacketSource, SkippedExhibit } from './request.ts';

export interface BuildResult {
  readonly volumes: readonly BuiltVolume[];
  readonly manifest: PacketManifest;
}

const MAX_SIZE_PASSES = 4;

/**
 * The packet pipeline, in the order its folders read:
 *   plan/      the preset's numbering and options, the plan of tabs, labels, volumes, file names (pure);
 *   contents/  which documents go where, and every source made ready (exhibits normalised, cached);
 *   layout.ts  the plan laid out, the list of documents and covers printed against it, and the
 *              documents citing exhibits printed again until the pages they cite stop moving;
 *   assemble/  each volume merged, stamped, outlined, linked, with its metadata;
 *   report/    the manifest; portal/ brings portal files under the size cap; hc/ lays out the H&C application.
 * It reads and writes nothing itself: services/packet-build.ts hands it plain data and writes the result.
 *
 * Builds the packet in memory: nothing is written until every volume is complete, so a failed
 * or cancelled build leaves no partial file. The list of documents and the volume covers are
 * laid out, measured and laid out again until their own lengths stop changing (usually two
 * passes), so every page range they print is exact.
 */
export async function buildPacket(req: BuildRequest, deps: BuildDeps): Promise<BuildResult> {
  const excluded: SkippedExhibit[] = [];
  for (;;) {
    const left =
      excluded.length === 0 ? req : { ...req, sources: req.sources.filter((s) => !excluded.some((e) => isExhibit(s, e.exhibitId))) };
    try {
      const built = await buildOnce(left, deps);
      return excluded.length === 0
        ? built
        : { ...built, manifest: { ...built.manifest, skipped: [...built.manifest.skipped, ...excluded] } };
    } catch (error) {
      if (!(error instanceof PartAssemblyError)) throw error;
      const source = req.sources.find((s) => isExhibit(s, error.key));
      if (!source) throw error;
      const failed = exhibitError(
        'BAD_EXHIBIT',
        source.title,
        'its pages could not be numbered and copied into the packet.',
        'Import a new copy of it (print it to PDF first), or build again skipping unusable exhibits.',
      );
      if (!req.skipBadExhibits) {
        throw new DossierError('BAD_EXHIBIT', `${failed.message} Nothing was written.`, [
          fieldIssue(`exhibits.${error.key}`, 'exhibitSkipped', { detail: failed.message }),
        ]);
      }
      excluded.push({ exhibitId: error.key, title: source.title, code: 'BAD_EXHIBIT', message: failed.message });
    }
  }
}

const isExhibit = (source: PacketSource, exhibitId: string): boolean => source.kind === 'exhibit' && source.exhibitId === exhibitId;

/**
 * One attempt at the whole packet; an exhibit whose pages fail to assemble (the import's own
 * check passed, so this is rare) throws a PartAssemblyError naming it.
 */
async function buildOnce(req: BuildRequest, deps: BuildDeps): Promise<BuildResult> {
  let sources = await resolveSources(req, deps);
  if (sources.tabs.length === 0 && sources.front.length === 0)
    throw new DossierError('VALIDATION', 'The packet has no documents to include.');
  if (req.groups !== undefined) return buildGroupedPacket(req, deps, sources);
  let budget: VolumeCaps = req.caps;
  for (let pass = 0; pass < MAX_SIZE_PASSES; pass += 1) {
    const { layout, resolved } = await settleReferences(req, deps, sources, budget);
    sources = resolved;
    const volumes = await assembleAll(req, sources, layout);
    const over = volumes.find((v) => req.caps.maxBytes !== undefined && v.bytes.length > req.caps.maxBytes);
    if (!over || req.caps.maxBytes === undefined) return { volumes, manifest: manifestFor(req, deps, sources, layout.plan, volumes) };
    // Estimates are the sources' own sizes; shared fonts and stamps move the real size a little.
    budget = { ...budget, maxBytes: Math.floor((budget.maxBytes ?? req.caps.maxBytes) * (req.caps.maxBytes / over.bytes.length) * 0.98) };
  }
  throw new DossierError('TOO_LARGE', 'The packet could not be split under the size limit. Raise the limit per file and build again.');
}

/**
 * A packet split into one file per group (the portal's slots): the files break where the groups
 * change, so nothing of a tab is ever in two files, and each file is brought under the cap by
 * `deps.fit` — pages are never dropped, moved or renumbered, only scans resampled. A file that
 * cannot fit stops the build and names itself; nothing is written.
 */
async function buildGroupedPacket(req: BuildRequest, deps: BuildDeps, initial: ResolvedSources): Promise<BuildResult> {
  const { layout, resolved } = await settleReferences(req, deps, initial, req.caps);
  const assembled = await assembleAll(req, resolved, layout);
  const maxBytes = req.caps.maxBytes;
  const files: ManifestFile[] = [];
  const volumes: BuiltVolume[] = [];
  for (const [i, volume] of assembled.entries()) {
    checkCancelled(req.signal);
    const group = groupOfVolume(req, layout.plan, i + 1);
    let fitted: FittedFile = { bytes: volume.bytes, summary: { en: [], fr: [] }, imagesChanged: 0 };
    if (maxBytes !== undefined && volume.bytes.length > maxBytes) {
      if (!deps.fit)
        throw new DossierError('TOO_LARGE', `"${group.title}" is ${volume.bytes.length} bytes, over the limit of ${maxBytes} per file.`);
      req.onProgress?.({ stage: 'fitting', done: i, total: assembled.length });
      fitted = await deps.fit(volume.bytes, { title: group.title, maxBytes });
    }
    volumes.push({ ...volume, bytes: fitted.bytes, sha256: sha256Hex(fitted.bytes) });
    files.push({
      group: group.id,
      title: group.title,
      fileName: volume.fileName,
      pages: volume.pages,
      assembledBytes: volume.bytes.length,
      bytes: fitted.bytes.length,
      imagesChanged: fitted.imagesChanged,
      summary: fitted.summary,
    });
  }
  return { volumes, manifest: { ...manifestFor(req, deps, resolved, layout.plan, volumes), files } };
}

async function assembleAll(req: BuildRequest, sources: ResolvedSources, layout: Layout): Promise<BuiltVolume[]> {
  const { plan } = layout;
  const groups = req.groups === undefined ? undefined : plan.volumes.map((v) => groupOfVolume(req, plan, v.volume));
  const fileNames = plan.volumes.map(
    (v, i) =>
      groups?.[i]?.fileName ?? volumeFileName(req.naming.pattern, { ...req.naming, volume: v.volume, volumes: plan.volumes.length }),
  );
  const built: BuiltVolume[] = [];
  for (const volume of plan.volumes) {
    checkCancelled(req.signal);
    req.onProgress?.({ stage: 'assembly', done: volume.volume - 1, total: plan.volumes.length });
    const cover = layout.covers[volume.volume - 1];
    const bytes = await assembleVolume({
      plan,
      volume,
      options: req.options,
      source: (key) => {
        if (key === 'list') return Promise.resolve(layout.list);
        if (key === 'cover' && cover) return Promise.resolve(cover);
        const found = sources.byKey.get(key);
        if (!found) return Promise.reject(new Error(`missing source ${key}`));
        return Promise.resolve(found.doc);
      },
      title: groups
        ? `${req.title} – ${groups[volume.volume - 1]?.title ?? ''}`
        : plan.volumes.length === 1
          ? req.title
          : `${req.title} – Vol ${volume.volume}`,
      lang: req.lang,
      ...(req.subject === undefined ? {} : { subject: req.subject }),
      ...(req.keywords === undefined ? {} : { keywords: req.keywords }),
      fileNames,
      ...(req.signal ? { signal: req.signal } : {}),
    });
    built.push({
      fileName: fileNames[volume.volume - 1] ?? `packet-${volume.volume}.pdf`,
      bytes,
      pages: volume.pageCount,
      sha256: sha256Hex(bytes),
      ...volumeRange(volume, req.options.labelStyle),
    });
  }
  req.onProgress?.({ stage: 'done', done: plan.volumes.length, total: plan.volumes.length });
  return built;
}

function manifestFor(
  req: BuildRequest,
  deps: BuildDeps,
  sources: ResolvedSources,
  plan: PacketPlan,
  volumes: readonly BuiltVolume[],
): PacketManifest {
  return {
    format: 'dossier-packet-manifest',
    version: 1,
    buildId: deps.newId(),
    builtAt: deps.now().toISOString(),
    caseId: req.caseId,
    preset: req.preset,
    options: req.options,
    caps: req.caps,
    inputs: manifestInputs(plan, sources.byKey),
    outputs: outputsOf(volumes),
    skipped: sources.skipped,
  };
}
