import { PDFDocument } from '@cantoo/pdf-lib';
import { DossierError, isDossierError } from '../../core/errors.ts';
import type { DossierDocument } from '../../documents/model.ts';
import { forPacket } from './generated.ts';
import { normaliseExhibit } from '../../exhibits/normalise.ts';
import type { BuildDeps, BuildRequest, PacketSource, SkippedExhibit } from '../request.ts';
import { sha256Hex } from '../report/manifest.ts';
import type { PlanDocument, PlanTab } from '../plan/plan.ts';
import { checkCancelled } from '../progress.ts';
import { fieldIssue } from '../../core/issues/text.ts';

export interface ResolvedSource {
  readonly key: string;
  readonly doc: PDFDocument;
  readonly pages: number;
  readonly bytes: number;
  readonly sha256: string;
  readonly exhibitId?: string;
  /** What the exhibit's clean copy lost (attached files, metadata) and what was mended, for the manifest. */
  readonly removed?: readonly string[];
  readonly repaired?: readonly string[];
}

export interface ResolvedSources {
  readonly byKey: ReadonlyMap<string, ResolvedSource>;
  /** Documents before the list of documents (the cover letter). */
  readonly front: readonly PlanDocument[];
  readonly tabs: readonly PlanTab[];
  readonly skipped: readonly SkippedExhibit[];
}

/** What placing a source in the plan reads: never its bytes. */
export type PlacedSource =
  | Pick<Extract<PacketSource, { kind: 'exhibit' }>, 'kind' | 'exhibitId' | 'title' | 'date' | 'author' | 'partOf'>
  | Pick<Extract<PacketSource, { kind: 'generated' }>, 'kind' | 'key' | 'title' | 'date' | 'partOf' | 'front'>;

/** Pages and bytes of a source, by key; a source without one is left out. */
export type SourceSizes = ReadonlyMap<string, { readonly pages: number; readonly bytes: number }>;

const keyOf = (source: PlacedSource): string => (source.kind === 'exhibit' ? source.exhibitId : source.key);

/**
 * Every source made ready to copy pages from: exhibits normalised (from the cache when their
 * original did not change), generated documents printed. Bad exhibits stop the build with one error
 * listing each of them, or, when the user chose to, are left out and reported.
 */
export async function resolveSources(req: BuildRequest, deps: BuildDeps): Promise<ResolvedSources> {
  const byKey = new Map<string, ResolvedSource>();
  const skipped: SkippedExhibit[] = [];
  const failures: DossierError[] = [];
  let done = 0;
  for (const source of req.sources) {
    checkCancelled(req.signal);
    try {
      byKey.set(keyOf(source), await resolveOne(source, req, deps));
    } catch (error) {
      if (!isDossierError(error) || source.kind !== 'exhibit' || error.code === 'CANCELLED') throw error;
      failures.push(error);
      skipped.push({ exhibitId: source.exhibitId, title: source.title, code: error.code, message: error.message });
    }
    req.onProgress?.({ stage: 'exhibits', done: (done += 1), total: req.sources.length });
  }
  const first = failures[0];
  if (first && !req.skipBadExhibits) {
    throw new DossierError(
      first.code,
      failures.length === 1
        ? `${first.message} Nothing was written. Fix it, or build again skipping unusable exhibits.`
        : `${failures.length} exhibits cannot be used; nothing was written. Fix them, or build again skipping unusable exhibits.`,
      skipped.map((s) => fieldIssue(`exhibits.${s.exhibitId}`, 'exhibitSkipped', { detail: s.message })),
    );
  }
  return { byKey, ...frontAndTabs(req.sources, byKey), skipped };
}

/**
 * Where the sources go: documents marked `front` before the list of documents, the rest as
 * tabs in order. The build and the preview both place documents here.
 */
export function frontAndTabs(sources: readonly PlacedSource[], sizes: SourceSizes): { front: PlanDocument[]; tabs: PlanTab[] } {
  const isFront = (source: PlacedSource): boolean => source.kind === 'generated' && source.front === true;
  return {
    front: groupTabs(
      sources.filter((source) => isFront(source)),
      sizes,
    ).map((t) => t.main),
    tabs: groupTabs(
      sources.filter((source) => !isFront(source)),
      sizes,
    ),
  };
}

/** A generated document printed as the packet prints it: its file-number header, no footer (the packet stamps its own numbers). */
export async function printGenerated(key: string, model: DossierDocument, req: BuildRequest, deps: BuildDeps): Promise<ResolvedSource> {
  checkCancelled(req.signal);
  const pdf = await deps.renderers.renderDocument(forPacket(model), req.images);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return { key, doc, pages: doc.getPageCount(), bytes: pdf.length, sha256: sha256Hex(pdf) };
}

async function resolveOne(source: PacketSource, req: BuildRequest, deps: BuildDeps): Promise<ResolvedSource> {
  if (source.kind === 'generated') return printGenerated(source.key, source.doc, req, deps);
  const name = source.title;
  let normalised = deps.cache.get(source.sha256);
  if (!normalised) {
    const original = await source.original().catch((error: unknown) => {
      // The vault's own message ("This attachment is damaged…") does not say which exhibit.
      throw isDossierError(error) && error.code !== 'CANCELLED'
        ? new DossierError(error.code, `Exhibit "${name}": ${error.message}`)
        : error;
    });
    if (sha256Hex(original) !== source.sha256) {
      throw new DossierError('CORRUPT', `Exhibit "${name}": the stored original does not match its recorded hash. Import the file again.`);
    }
    normalised = await normaliseExhibit(original, name, deps.images ? { images: deps.images } : {});
    deps.cache.set(source.sha256, normalised);
  }
  const doc = (await deps.cache.parsed(source.sha256)) ?? (await PDFDocument.load(normalised.pdf, { updateMetadata: false }));
  return {
    key: source.exhibitId,
    doc,
    pages: normalised.pages,
    bytes: normalised.pdf.length,
    sha256: source.sha256,
    exhibitId: source.exhibitId,
    ...(normalised.removed.length > 0 ? { removed: normalised.removed } : {}),
    ...(normalised.repaired !== undefined && normalised.repaired.length > 0 ? { repaired: normalised.repaired } : {}),
  };
}

/** Sources in order; a source marked `partOf` another present exhibit becomes its sub-tab. */
export function groupTabs(sources: readonly PlacedSource[], byKey: SourceSizes): PlanTab[] {
  const present = sources.filter((s) => byKey.has(keyOf(s)));
  const keys = new Set(present.map(keyOf));
  const tabs: { main: PlanDocument; subs: PlanDocument[] }[] = [];
  const tabOf = new Map<string, { main: PlanDocument; subs: PlanDocument[] }>();
  const asDoc = (s: PlacedSource): PlanDocument => {
    const r = byKey.get(keyOf(s));
    return {
      key: keyOf(s),
      kind: s.kind,
      title: s.title,
      ...(s.date === undefined ? {} : { date: s.date }),
      ...(s.kind === 'exhibit' && s.author !== undefined ? { author: s.author } : {}),
      pages: r?.pages ?? 0,
      bytes: r?.bytes ?? 0,
    };
  };
  for (const s of present) {
    const parent = s.partOf !== undefined && keys.has(s.partOf) ? tabOf.get(s.partOf) : undefined;
    if (parent) {
      parent.subs.push(asDoc(s));
      tabOf.set(keyOf(s), parent);
    } else {
      const tab = { main: asDoc(s), subs: [] };
      tabs.push(tab);
      tabOf.set(keyOf(s), tab);
    }
  }
  return tabs;
}
