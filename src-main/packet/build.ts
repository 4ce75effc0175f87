import { PDFDocument } from '@cantoo/pdf-lib';
import { DossierError } from '../core/errors.ts';
import { assembleVolume } from './assemble/volume.ts';
import type { BuildDeps, BuildRequest, BuiltVolume, ExhibitRefs, FileGroup, FittedFile, PacketSource } from './request.ts';
import { volumeFileName } from './plan/file-names.ts';
import { manifestInputs, outputsOf, sha256Hex, type ManifestFile, type PacketManifest } from './report/manifest.ts';
import { numberLabel, type LabelStyle } from './plan/labels.ts';
import { placedDocuments } from './contents/placed.ts';
import { planPacket, type PacketPlan, type PlannedVolume } from './plan/plan.ts';
import { checkCancelled } from './progress.ts';
import type { CoverContent, GeneratedPageOptions } from './pages/ports.ts';
import { frontAndTabs, resolveSources, type ResolvedSources } from './contents/resolve.ts';
import { splitVolumes, type VolumeCaps } from './plan/volumes.ts';

export interface BuildResult {
  readonly volumes: readonly BuiltVolume[];
  readonly manifest: PacketManifest;
}

interface Layout {
  readonly plan: PacketPlan;
  readonly list: PDFDocument;
  readonly covers: readonly PDFDocument[];
}

const MAX_LAYOUT_PASSES = 6;
const MAX_SIZE_PASSES = 4;

const words = {
  en: { cover: 'Cover', list: 'List of documents' },
  fr: { cover: 'Page couverture', list: 'Liste des documents' },
} as const;

/**
 * Builds the packet in memory: nothing is written until every volume is complete, so a failed
 * or cancelled build leaves no partial file. The list of documents and the volume covers are
 * laid out, measured and laid out again until their own lengths stop changing (usually two
 * passes), so every page range they print is exact.
 */
export async function buildPacket(req: BuildRequest, deps: BuildDeps): Promise<BuildResult> {
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

/** The group of a file: the first group for the file holding the list of documents (always the first), else that of its first tab. */
function groupOfVolume(req: BuildRequest, plan: PacketPlan, volume: number): FileGroup {
  const groups = req.groups ?? [];
  const first = groups[0];
  if (!first) throw new DossierError('INTERNAL', 'A packet split by group needs at least one group.');
  if (volume === 1) return first;
  const tab = plan.entries.find((e) => e.volume === volume && e.depth === 0 && e.tab !== '');
  const id = tab === undefined ? undefined : groupsByKey(req).get(tab.key);
  return groups.find((g) => g.id === id) ?? first;
}

const groupMaps = new WeakMap<BuildRequest, ReadonlyMap<string, string | undefined>>();

/** Each source's group by its key, built once per build. */
function groupsByKey(req: BuildRequest): ReadonlyMap<string, string | undefined> {
  let map = groupMaps.get(req);
  if (!map) {
    map = new Map(req.sources.map((s) => [s.kind === 'exhibit' ? s.exhibitId : s.key, s.group]));
    groupMaps.set(req, map);
  }
  return map;
}

/** Where the files of a grouped packet break: before the first tab of each new group. */
function groupBreaks(req: BuildRequest, sources: ResolvedSources): number[] {
  const first = req.groups?.[0]?.id;
  const breaks: number[] = [];
  let current = first;
  sources.tabs.forEach((tab, t) => {
    const group = groupsByKey(req).get(tab.main.key) ?? current;
    if (group !== current) breaks.push(t);
    current = group;
  });
  return breaks;
}

/**
 * Documents that cite exhibits by tab and page are printed again against the settled plan; when
 * that changes their length (and so every page after them), the plan is laid out again, until
 * the pages they cite are the pages the exhibits land on.
 */
async function settleReferences(
  req: BuildRequest,
  deps: BuildDeps,
  initial: ResolvedSources,
  caps: VolumeCaps,
): Promise<{ layout: Layout; resolved: ResolvedSources }> {
  const citing = req.sources.filter(
    (s): s is Extract<PacketSource, { kind: 'generated' }> => s.kind === 'generated' && s.refresh !== undefined,
  );
  let sources = initial;
  for (let pass = 0; pass < MAX_LAYOUT_PASSES; pass += 1) {
    const layout = await settleLayout(req, deps, sources, caps);
    if (citing.length === 0) return { layout, resolved: sources };
    const refs = exhibitRefs(layout.plan, req.options.labelStyle);
    const byKey = new Map(sources.byKey);
    let moved = false;
    for (const source of citing) {
      checkCancelled(req.signal);
      const before = byKey.get(source.key);
      if (!before || !source.refresh) continue;
      const pdf = await source.refresh(refs, placedDocuments(layout.plan, sources.byKey, req.options.labelStyle));
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      if (doc.getPageCount() !== before.pages) moved = true;
      byKey.set(source.key, { ...before, doc, pages: doc.getPageCount(), bytes: pdf.length, sha256: sha256Hex(pdf) });
    }
    sources = { ...sources, byKey, ...frontAndTabs(req.sources, byKey) };
    if (!moved) return { layout, resolved: sources };
  }
  throw new DossierError('INTERNAL', 'The pages cited by the generated documents did not settle.');
}

/** Each exhibit's tab, first and last printed pages and own page count, as the plan places it; numbers printed in `style`. */
export function exhibitRefs(plan: PacketPlan, style: LabelStyle): ExhibitRefs {
  const own = new Map<string, number>();
  for (const volume of plan.volumes)
    for (const part of volume.parts) if (part.role === 'document' && part.key !== undefined) own.set(part.key, part.pages);
  const pageLabel = (n: number): string => numberLabel(style, n);
  return new Map(
    plan.entries.flatMap((entry) =>
      entry.kind === 'exhibit'
        ? [
            [
              entry.key,
              {
                tab: entry.tab,
                page: entry.firstNumber,
                label: entry.firstLabel,
                lastPage: entry.lastNumber,
                pages: own.get(entry.key) ?? entry.lastNumber - entry.firstNumber + 1,
                pageLabel,
              },
            ] as const,
          ]
        : [],
    ),
  );
}

async function settleLayout(req: BuildRequest, deps: BuildDeps, sources: ResolvedSources, caps: VolumeCaps): Promise<Layout> {
  let listPages = 1;
  let coverPages: number[] = [];
  for (let pass = 0; pass < MAX_LAYOUT_PASSES; pass += 1) {
    checkCancelled(req.signal);
    const grouped = req.groups !== undefined;
    const breaks = grouped ? groupBreaks(req, sources) : volumeBreaks(sources, req, caps, listPages, coverPages);
    const volumeCount = breaks.length + 1;
    const withCovers = volumeCount > 1 && !grouped;
    const covers = withCovers ? Array.from({ length: volumeCount }, (_, i) => coverPages[i] ?? 1) : Array<number>(volumeCount).fill(0);
    const plan = planPacket({
      front: sources.front,
      tabs: sources.tabs,
      options: req.options,
      listPages,
      volumeBreaks: breaks,
      coverPages: covers,
    });
    const pageOptions: GeneratedPageOptions = {
      lang: req.lang,
      headerLines: req.headerLines,
      labelStyle: req.options.labelStyle,
      volumes: volumeCount,
      ...(grouped ? { volumeWord: 'file' as const } : {}),
    };
    req.onProgress?.({ stage: 'generated-pages', done: pass, total: pass + 1 });
    const list = await PDFDocument.load(await deps.renderers.listOfDocuments(plan.entries, pageOptions), { updateMetadata: false });
    const coverDocs = !withCovers
      ? []
      : await Promise.all(
          plan.volumes.map(async (v) =>
            PDFDocument.load(await deps.renderers.volumeCover(coverContent(plan, v.volume, req.options.labelStyle), pageOptions), {
              updateMetadata: false,
            }),
          ),
        );
    const measuredCovers = withCovers ? coverDocs.map((d) => d.getPageCount()) : [];
    const stable = list.getPageCount() === listPages && (!withCovers || measuredCovers.every((n, i) => n === covers[i]));
    if (stable) return { plan, list, covers: coverDocs };
    listPages = list.getPageCount();
    coverPages = measuredCovers;
  }
  throw new DossierError('INTERNAL', 'The list of documents did not settle on a length.');
}

function volumeBreaks(
  sources: ResolvedSources,
  req: BuildRequest,
  caps: VolumeCaps,
  listPages: number,
  coverPages: readonly number[],
): number[] {
  if (caps.maxBytes === undefined && caps.maxPages === undefined) return [];
  const { tabs } = sources;
  const frontPages = sources.front.reduce((n, d) => n + d.pages, 0);
  const frontBytes = sources.front.reduce((n, d) => n + d.bytes, 0);
  const divider = req.options.dividers ? 1 : 0;
  const sizes = tabs.map((t) => ({
    pages: divider + t.main.pages + t.subs.reduce((n, s) => n + s.pages, 0),
    bytes: t.main.bytes + t.subs.reduce((n, s) => n + s.bytes, 0) + divider * 2_000,
  }));
  // Covers appear only once there is more than one volume; count one page for them up front.
  const cover = (v: number): number => coverPages[v - 1] ?? 1;
  const result = splitVolumes(sizes, caps, {
    pages: (v) => cover(v) + (v === 1 ? frontPages + listPages : 0),
    bytes: (v) => 60_000 + (v === 1 ? frontBytes + 40_000 * listPages : 0),
  });
  if (result.ok) return [...result.breaks];
  const tab = tabs[result.tabIndex];
  const what = result.reason === 'pages' ? `more than ${caps.maxPages} pages` : `more than ${caps.maxBytes} bytes`;
  throw new DossierError(
    'TOO_LARGE',
    `Tab ${result.tabIndex + 1} ("${tab?.main.title ?? ''}") alone needs ${what}, and a tab is never split across volumes. Raise the limit per volume, or split that exhibit into two exhibits.`,
  );
}

function coverContent(plan: PacketPlan, volume: number, style: LabelStyle): CoverContent {
  return {
    volume,
    volumes: plan.volumes.map((v) => ({
      volume: v.volume,
      ...volumeRange(v, style),
      entries: plan.entries.filter((e) => e.volume === v.volume),
    })),
  };
}

/** The first and last printed numbers of a volume (empty when nothing in it is numbered). */
function volumeRange(volume: PlannedVolume, style: LabelStyle): { firstLabel: string; lastLabel: string } {
  const numbers = volume.numbers.filter((n): n is number => n !== undefined);
  const first = numbers[0];
  const last = numbers.at(-1);
  return {
    firstLabel: first === undefined ? '' : numberLabel(style, first),
    lastLabel: last === undefined ? '' : numberLabel(style, last),
  };
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
      fileNames,
      coverLabel: words[req.lang].cover,
      listLabel: words[req.lang].list,
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
