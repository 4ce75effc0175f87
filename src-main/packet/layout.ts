import { PDFDocument } from '@cantoo/pdf-lib';
import { DossierError } from '../core/errors.ts';
import { placedDocuments } from './contents/placed.ts';
import { frontAndTabs, printGenerated, type ResolvedSources } from './contents/resolve.ts';
import { groupBreaks } from './file-groups.ts';
import type { CoverContent, GeneratedPageOptions } from './pages/ports.ts';
import { numberLabel, type LabelStyle } from './plan/labels.ts';
import { planPacket, type PacketPlan, type PlannedVolume } from './plan/plan.ts';
import { splitVolumes, type VolumeCaps } from './plan/volumes.ts';
import { checkCancelled } from './progress.ts';
import type { BuildDeps, BuildRequest, ExhibitRefs, PacketSource } from './request.ts';

/** The settled plan, with the list of documents and the volume covers printed against it. */
export interface Layout {
  readonly plan: PacketPlan;
  readonly list: PDFDocument;
  readonly covers: readonly PDFDocument[];
}

const MAX_LAYOUT_PASSES = 6;

/**
 * The second print, an explicit stage: documents that cite exhibits by tab and page are written
 * again against the settled plan (their pure `cited` builder) and printed; when
 * that changes their length (and so every page after them), the plan is laid out again, until
 * the pages they cite are the pages the exhibits land on.
 */
export async function settleReferences(
  req: BuildRequest,
  deps: BuildDeps,
  initial: ResolvedSources,
  caps: VolumeCaps,
): Promise<{ layout: Layout; resolved: ResolvedSources }> {
  const citing = req.sources.filter(
    (s): s is Extract<PacketSource, { kind: 'generated' }> => s.kind === 'generated' && s.cited !== undefined,
  );
  let sources = initial;
  let previous: Layout | undefined;
  for (let pass = 0; pass < MAX_LAYOUT_PASSES; pass += 1) {
    const layout = await settleLayout(req, deps, sources, caps, previous);
    previous = layout;
    if (citing.length === 0) return { layout, resolved: sources };
    const refs = exhibitRefs(layout.plan, req.options.labelStyle);
    const byKey = new Map(sources.byKey);
    let moved = false;
    for (const source of citing) {
      const before = byKey.get(source.key);
      if (!before || !source.cited) continue;
      const model = source.cited(refs, placedDocuments(layout.plan, sources.byKey, req.options.labelStyle));
      const printed = await printGenerated(source.key, model, req, deps);
      if (printed.pages !== before.pages) moved = true;
      byKey.set(source.key, printed);
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

/**
 * The plan laid out and the list of documents and covers printed against it, again until their
 * lengths stop changing. A later pass starts from the lengths the previous pass settled on, so
 * it prints the list once when the citing documents did not change its length.
 */
async function settleLayout(
  req: BuildRequest,
  deps: BuildDeps,
  sources: ResolvedSources,
  caps: VolumeCaps,
  previous: Layout | undefined,
): Promise<Layout> {
  let listPages = previous?.list.getPageCount() ?? 1;
  let coverPages: number[] = previous?.covers.map((c) => c.getPageCount()) ?? [];
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
export function volumeRange(volume: PlannedVolume, style: LabelStyle): { firstLabel: string; lastLabel: string } {
  const numbers = volume.numbers.filter((n): n is number => n !== undefined);
  const first = numbers[0];
  const last = numbers.at(-1);
  return {
    firstLabel: first === undefined ? '' : numberLabel(style, first),
    lastLabel: last === undefined ? '' : numberLabel(style, last),
  };
}
