import { DossierError } from '../core/errors.ts';
import type { PacketBuildRecord } from '../core/model/case.ts';
import { localToday } from '../core/model/dates.ts';
import type { CounselProfile } from '../documents/builders/counsel-profile.ts';
import type { DocLang } from '../documents/builders/format-date.ts';
import type { TemplateSet } from '../documents/builders/template-set.ts';
import { documentToDocx } from '../render/document-to-docx.ts';
import { loadFontLibrary } from '../render/fonts/library.ts';
import type { ImageResolver } from '../render/html/blocks.ts';
import { loadSignatureImages } from '../services/signature-images.ts';
import type { VaultApi } from '../vault/types.ts';
import type { ExhibitRefs, PacketSource, PlacedDocuments } from './build-types.ts';
import { buildPacket, type BuildResult } from './build.ts';
import { forPacket, packetCounsel, packetDocuments, type PacketDocument } from './case-documents.ts';
import type { PacketRenderers } from './render-ports.ts';
import { exhibitSources } from './case-sources.ts';
import { DEFAULT_NAME_PATTERN, safeFileStem } from './file-names.ts';
import { SAFE_PREFIX, type LabelStyle } from './labels.ts';
import { manifestJson, sha256Hex, type ManifestOutput, type PacketManifest } from './manifest.ts';
import type { PacketOptions } from './plan.ts';
import { DIVISIONS, isPortalPreset, PACKET_PRESETS, type PresetName } from './presets.ts';
import { checkHcApplication, layoutHcApplication, portalFitter } from './hc/application.ts';
import { defaultHcSlotRules } from './hc/slots-data.ts';
import { defaultPortalRules } from './portal-fit.ts';
import { placedFromManifest } from './placed-documents.ts';
import { checkCancelled, type ProgressListener } from './progress.ts';
import type { SourceCache } from './source-cache.ts';
import { writeBuild } from './write-build.ts';

/** What the user may change from the preset's numbering. */
export interface PacketOptionOverrides {
  readonly labelStyle?: LabelStyle;
  readonly startNumber?: number;
  readonly dividers?: boolean;
  readonly numberCover?: boolean;
  readonly numberList?: boolean;
}

export type PacketOutputFormat = 'pdf' | 'docx';
export const PACKET_OUTPUT_FORMATS = ['pdf', 'docx'] as const;

export interface CaseBuildInput {
  readonly caseId: string;
  readonly preset: PresetName;
  readonly outDir: string;
  /** Changes from the preset's numbering; the preset's values otherwise. */
  readonly options?: PacketOptionOverrides;
  /** 'docx' adds a DOCX of every generated document beside the PDF volumes. */
  readonly formats?: readonly PacketOutputFormat[];
  readonly maxBytes?: number;
  readonly maxPages?: number;
  readonly skipBadExhibits: boolean;
  readonly namePattern?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
}

/** Where generated documents get the advocate's profile and (possibly edited) templates. */
export interface PacketDocumentSources {
  readonly counsel: () => CounselProfile | undefined;
  readonly templates: (lang: DocLang) => TemplateSet;
}

export interface CaseBuildDeps {
  readonly vault: VaultApi;
  readonly documents: PacketDocumentSources;
  readonly renderers: PacketRenderers;
  readonly cache: SourceCache;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** The preset's options with the user's changes, checked. */
export function packetOptionsFor(preset: PresetName, overrides: PacketOptionOverrides = {}): PacketOptions {
  const base = PACKET_PRESETS[preset].options;
  const { labelStyle, startNumber } = overrides;
  if (startNumber !== undefined && (!Number.isInteger(startNumber) || startNumber < 1 || startNumber > 999_999_999))
    throw new DossierError('VALIDATION', 'The first page number must be a whole number from 1 to 999999999.');
  if (labelStyle?.kind === 'bates') {
    if (!SAFE_PREFIX.test(labelStyle.prefix))
      throw new DossierError('VALIDATION', 'A Bates prefix may hold up to 12 letters, digits, spaces, dots, hyphens or underscores.');
    if (!Number.isInteger(labelStyle.pad) || labelStyle.pad < 0 || labelStyle.pad > 12)
      throw new DossierError('VALIDATION', 'Bates numbers may be padded to at most 12 digits.');
  }
  return {
    ...base,
    ...(labelStyle === undefined ? {} : { labelStyle }),
    ...(startNumber === undefined ? {} : { startNumber }),
    ...(overrides.dividers === undefined ? {} : { dividers: overrides.dividers }),
    ...(overrides.numberCover === undefined ? {} : { numberCover: overrides.numberCover }),
    ...(overrides.numberList === undefined ? {} : { numberList: overrides.numberList }),
  };
}

/**
 * The packet's sources in order: generated documents of their own open it (the cover letter,
 * the submissions, declarations, the chronology), the exhibits follow, then documents that
 * close it (the statement of service); a declaration joining an exhibit's tab comes last so
 * that it can find that tab.
 */
export function packetSourceOrder<G extends { readonly partOf?: string; readonly back?: boolean }, E>(
  generated: readonly G[],
  exhibits: readonly E[],
): (G | E)[] {
  const own = generated.filter((g) => g.partOf === undefined);
  return [
    ...own.filter((g) => g.back !== true),
    ...exhibits,
    ...own.filter((g) => g.back === true),
    ...generated.filter((g) => g.partOf !== undefined),
  ];
}

/**
 * Builds a case's packet: the preset's generated documents (cover letter, chronology,
 * translator's declarations) printed through the packet's own printer, then the imported
 * exhibits. Writes the volumes, any DOCX of the generated documents and manifest.json, and
 * keeps the manifest's summary in the case as the "as filed" record.
 */
export async function buildCasePacket(
  input: CaseBuildInput,
  deps: CaseBuildDeps,
): Promise<{ manifestPath: string; manifest: PacketManifest }> {
  const stored = await deps.vault.readCase(input.caseId);
  const value = stored.case;
  const preset = PACKET_PRESETS[input.preset];
  const options = packetOptionsFor(input.preset, input.options);
  const fileNumber = value.matter.fileNumbers[0]?.value ?? value.id;
  const division = DIVISIONS[value.matter.forum] ?? value.matter.forum;
  const lang = value.matter.languageOfProceedings;
  const exhibits = exhibitSources(value, deps.vault);
  if (exhibits.length === 0)
    throw new DossierError('VALIDATION', 'This case has no imported exhibits to build a packet from. Add exhibits first.');
  const counsel = packetCounsel(deps.documents.counsel());
  const today = localToday(deps.now());
  const imported = new Set(exhibits.map((e) => (e.kind === 'exhibit' ? e.exhibitId : e.key)));
  // The portal's H&C application is checked (bars, translations, links) before anything is printed.
  const portal = isPortalPreset(input.preset);
  const gate = portal ? checkHcApplication(value, imported, today) : undefined;
  // Signatures (counsel's, the translators') are read once; one that cannot be read is left out.
  const { signatures, images } = await loadSignatureImages({ case: value, counsel, vault: deps.vault });
  const documents = packetDocuments(
    preset.documents,
    { case: value, counsel, lang, today, templates: deps.documents.templates(lang), signatures },
    imported,
  );
  const cite =
    (cited: NonNullable<PacketDocument['cited']>) =>
    (refs: ExhibitRefs, placed: PlacedDocuments): Promise<Uint8Array> => {
      checkCancelled(input.signal);
      return deps.renderers.renderDocument(forPacket(cited(refs, placed)), images);
    };
  const printed: (PacketSource & { back?: boolean })[] = [];
  for (const d of documents) {
    checkCancelled(input.signal);
    printed.push({
      kind: 'generated',
      key: d.key,
      title: d.title,
      ...(d.date === undefined ? {} : { date: d.date }),
      ...(d.partOf === undefined ? {} : { partOf: d.partOf }),
      ...(d.front === true ? { front: true } : {}),
      ...(d.back === true ? { back: true } : {}),
      pdf: await deps.renderers.renderDocument(forPacket(d.doc), images),
      ...(d.cited === undefined ? {} : { refresh: cite(d.cited) }),
    });
  }
  const layout = gate
    ? layoutHcApplication(
        { case: value, generated: printed, exhibits, lang, today, fileNumber, slots: defaultHcSlotRules, portal: defaultPortalRules },
        gate,
      )
    : undefined;
  const result = await buildPacket(
    {
      caseId: value.id,
      preset: input.preset,
      sources: layout?.sources ?? packetSourceOrder(printed, exhibits),
      options,
      // A portal file is capped by the portal's limit unless the user sets another; the portal has no page limit.
      caps: layout
        ? { maxBytes: input.maxBytes ?? defaultPortalRules.maxBytes.value }
        : {
            ...(input.maxBytes === undefined ? {} : { maxBytes: input.maxBytes }),
            ...(input.maxPages === undefined ? {} : { maxPages: input.maxPages }),
          },
      ...(layout ? { groups: layout.groups } : {}),
      skipBadExhibits: input.skipBadExhibits,
      naming: { pattern: input.namePattern ?? DEFAULT_NAME_PATTERN, fileNumber, division, documentType: preset.documentType },
      title: `${preset.documentType} – ${fileNumber}`,
      lang,
      headerLines: value.matter.fileNumbers.map((f) => `${f.issuer} ${f.value}`),
      ...(input.signal ? { signal: input.signal } : {}),
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    },
    {
      renderers: deps.renderers,
      cache: deps.cache,
      now: deps.now,
      newId: deps.newId,
      ...(layout ? { fit: portalFitter(defaultPortalRules, input.signal) } : {}),
    },
  );
  const docx = (input.formats ?? []).includes('docx') ? await docxOf(documents, result, { fileNumber, division }, images) : [];
  checkCancelled(input.signal);
  const warnings = (gate?.warnings ?? []).map(({ code, path, message }) => ({ code, path, message }));
  const m: PacketManifest = {
    ...result.manifest,
    outputs: [...result.manifest.outputs, ...docx.map((d) => d.output)],
    ...(gate ? { warnings } : {}),
  };
  const manifestPath = await writeBuild(
    { ...result, manifest: m },
    input.outDir,
    docx.map((d) => ({ name: d.output.fileName, bytes: d.bytes })),
  );
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

/**
 * A DOCX of every generated document in the packet, as the document stands alone (its own
 * running footer), named after its tab: "[file number] – [division] – Tab 1 – Chronology….docx".
 */
async function docxOf(
  documents: readonly PacketDocument[],
  result: BuildResult,
  naming: { fileNumber: string; division: string },
  images: ImageResolver,
): Promise<{ output: ManifestOutput; bytes: Uint8Array }[]> {
  const fonts = loadFontLibrary();
  const out: { output: ManifestOutput; bytes: Uint8Array }[] = [];
  for (const d of documents) {
    const placed = result.manifest.inputs.find((i) => i.key === d.key);
    if (!placed) continue;
    // A certification names the pages and hash of what it certifies, as the PDF does.
    const doc = d.certifies !== undefined && d.cited !== undefined ? d.cited(new Map(), placedFromManifest(result.manifest)) : d.doc;
    const bytes = await documentToDocx(doc, { fonts, images });
    out.push({
      bytes,
      output: {
        format: 'docx',
        fileName: `${safeFileStem([naming.fileNumber, naming.division, ...(placed.tab === '' ? [] : [`Tab ${placed.tab}`]), d.title].join(' – '))}.docx`,
        sha256: sha256Hex(bytes),
        bytes: bytes.length,
        pages: placed.pages,
        firstLabel: placed.firstLabel,
        lastLabel: placed.lastLabel,
      },
    });
  }
  return out;
}
