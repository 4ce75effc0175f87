import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { issueText } from '../core/issues/text.ts';
import { frenchVersionWarnings } from '../core/lang/french-versions.ts';
import type { Case, PacketBuildRecord } from '../core/model/case.ts';
import { fieldIssue } from '../core/issues/text.ts';
import { matterNumbers } from '../core/matter/numbers.ts';
import { caseAsFiled } from '../documents/builders/document-audience.ts';
import { fileNumberTexts, forumName, matterHeaderLines, packetNameNumber } from '../core/matter/wording.ts';
import { localToday } from '../core/model/dates.ts';
import { rejectedSuretyWarnings } from '../core/rules/rejected-surety.ts';
import type { PacketPresetName } from '../core/packet-presets.ts';
import type { CounselProfile } from '../documents/builders/counsel-profile.ts';
import type { DocLang } from '../documents/builders/format-date.ts';
import type { TemplateSet } from '../documents/builders/template-set.ts';
import { buildPacket } from '../packet/build.ts';
import { exhibitSources } from '../packet/contents/exhibits.ts';
import { packetCounsel, packetDocuments, type PacketDocument } from '../packet/contents/generated.ts';
import { packetSourceOrder } from '../packet/contents/order.ts';
import type { SourceCache } from '../packet/contents/source-cache.ts';
import { checkHcApplication, layoutHcApplication, portalFitter } from '../packet/hc/application.ts';
import { defaultHcSlotRules } from '../packet/hc/slots-data.ts';
import type { PacketRenderers } from '../packet/pages/ports.ts';
import { DEFAULT_NAME_PATTERN } from '../packet/plan/file-names.ts';
import { packetOptionsFor, type PacketOptionOverrides, type PacketOutputFormat } from '../packet/plan/options.ts';
import { divisionName, isPortalPreset, PACKET_PRESETS } from '../packet/plan/presets.ts';
import { defaultPortalRules } from '../packet/portal/fit.ts';
import { checkCancelled, type ProgressListener } from '../packet/progress.ts';
import { manifestJson, sha256Hex, type PacketManifest } from '../packet/report/manifest.ts';
import { buildRealNameReport } from '../packet/report/real-name-of-build.ts';
import type { PacketSource } from '../packet/request.ts';
import type { VaultApi } from '../vault/types.ts';
import { docxOfDocuments } from './packet-docx.ts';
import { writeBuild } from './packet-write.ts';
import { loadSignatureImages } from './signature-images.ts';

export interface CaseBuildInput {
  readonly caseId: string;
  readonly preset: PacketPresetName;
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

/** Opens the printer-backed renderers for one build; `close` releases the browser or window. */
export type OpenPacketRenderers = () => Promise<{ readonly renderers: PacketRenderers; readonly close: () => Promise<void> }>;

export interface CaseBuildDeps {
  readonly vault: VaultApi;
  readonly documents: PacketDocumentSources;
  readonly openRenderers: OpenPacketRenderers;
  readonly cache: SourceCache;
  readonly now: () => Date;
  readonly newId: () => string;
}

/**
 * Builds a case's packet, the one place its I/O happens: reads the case and checks counsel's
 * profile once (before a printer is started), reads the signature images, hands the pure
 * pipeline (packet/build.ts) plain data, writes the volumes, any DOCX of the generated documents
 * and manifest.json, and keeps the manifest's summary in the case as the "as filed" record.
 */
export async function buildCasePacket(
  input: CaseBuildInput,
  deps: CaseBuildDeps,
): Promise<{ manifestPath: string; manifest: PacketManifest }> {
  // Counsel's profile first: without it nothing is read, printed or written.
  const counsel = packetCounsel(deps.documents.counsel());
  const { case: value } = await deps.vault.readCase(input.caseId);
  const preset = PACKET_PRESETS[input.preset];
  const options = packetOptionsFor(input.preset, input.options);
  const exhibits = exhibitSources(value, deps.vault);
  if (exhibits.length === 0)
    throw new DossierError('VALIDATION', 'This case has no imported exhibits to build a packet from. Add exhibits first.');
  // The application packet files the applications recorded as drafts: with none, there is nothing to file.
  if (input.preset === 'detention-application' && !(value.detention.applications ?? []).some((a) => a.status === 'draft'))
    throw new DossierError('VALIDATION', 'The application packet files the applications recorded as drafts; none is.', [
      fieldIssue('detention.applications', 'applicationNoDraft'),
    ]);
  const today = localToday(deps.now());
  const imported = new Set(exhibits.map((e) => (e.kind === 'exhibit' ? e.exhibitId : e.key)));
  // The portal's H&C application is checked (bars, translations, links) before anything is printed.
  const gate = isPortalPreset(input.preset) ? checkHcApplication(value, imported, today) : undefined;
  // Signatures (counsel's, the translators') are read once; one that cannot be read is left out.
  const { signatures, images } = await loadSignatureImages({ case: value, counsel, vault: deps.vault });
  const lang = value.matter.languageOfProceedings;
  // Edited paragraphs a document no longer matches, from its first build or its build citing packet pages.
  const wording = new Map<string, { code: string; path: string; message: string }>();
  const documents = packetDocuments(
    preset.documents,
    {
      case: value,
      counsel,
      lang,
      today,
      templates: deps.documents.templates(lang),
      signatures,
      warn: (issues) => {
        for (const { code, path, message } of issues) wording.set(path, { code, path, message });
      },
    },
    imported,
  );
  // Named by the forum's file number; a case without one is named after the client, and the report says so.
  // The packet's own pages and names carry the pseudonym where its documents do.
  const filed = caseAsFiled(value);
  const named = packetNameNumber(filed);
  const fileNumber = named.text;
  const division = divisionName(value.matter.forum, lang);
  const numbers = fileNumberTexts(filed, lang);
  const { renderers, close } = await deps.openRenderers();
  let built;
  try {
    const generated = documents.map(generatedSource);
    const layout = gate
      ? layoutHcApplication(
          { case: value, generated, exhibits, lang, today, fileNumber, slots: defaultHcSlotRules, portal: defaultPortalRules },
          gate,
        )
      : undefined;
    built = await buildPacket(
      {
        caseId: value.id,
        preset: input.preset,
        sources: layout?.sources ?? packetSourceOrder(generated, exhibits),
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
        naming: { pattern: input.namePattern ?? DEFAULT_NAME_PATTERN, fileNumber, division, documentType: preset.documentType[lang] },
        title: `${preset.documentType[lang]} – ${fileNumber}`,
        lang,
        subject: [forumName(value.matter.forum, lang), ...numbers].join(' – '),
        keywords: matterNumbers(value).map((n) => n.value),
        headerLines: matterHeaderLines(filed, lang),
        images,
        ...(input.signal ? { signal: input.signal } : {}),
        ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      },
      {
        renderers,
        cache: deps.cache,
        now: deps.now,
        newId: deps.newId,
        ...(layout ? { fit: portalFitter(defaultPortalRules, input.signal, deps.cache.encodedImages) } : {}),
      },
    );
  } finally {
    await close();
  }
  const result = built;
  const docx = (input.formats ?? []).includes('docx')
    ? await docxOfDocuments(documents, result.manifest, { fileNumber, division, lang }, images)
    : [];
  checkCancelled(input.signal);
  // Case text a French filing printed as typed (no French version) is recorded with the build, as the Packets tab showed it.
  const untranslated = frenchVersionWarnings(value, input.preset).map(({ code, path, params }) => ({
    code,
    path,
    message: issueText(code, params),
  }));
  // A release plan still resting on a rejected bondsperson is built, and says what to fix.
  const rejected = (input.preset === 'detention-release-plan' ? rejectedSuretyWarnings(value) : []).map(({ code, path, params }) => ({
    code,
    path,
    message: issueText(code, params),
  }));
  const warnings = [
    ...(named.fromName ? [fieldIssue('matter.fileNumbers', 'noFileNumber')] : []).map(({ code, path, message }) => ({
      code,
      path,
      message,
    })),
    ...(gate?.warnings ?? []).map(({ code, path, message }) => ({ code, path, message })),
    ...wording.values(),
    ...untranslated,
    ...rejected,
  ];
  const assembled: PacketManifest = {
    ...result.manifest,
    outputs: [...result.manifest.outputs, ...docx.map((d) => d.output)],
    ...(gate || warnings.length > 0 ? { warnings } : {}),
  };
  const realName = buildRealNameReport(value, documents, exhibits, assembled);
  const manifest: PacketManifest = realName === undefined ? assembled : { ...assembled, realName };
  const manifestPath = await writeBuild(
    { ...result, manifest },
    input.outDir,
    docx.map((d) => ({ name: d.output.fileName, bytes: d.bytes })),
  );
  await recordBuild(deps.vault, input.caseId, { ...buildRecord(manifest), folder: path.dirname(manifestPath) });
  return { manifestPath, manifest };
}

/** A generated document as the pipeline takes it: the model, and its pure builder against the plan when it cites pages. */
function generatedSource(d: PacketDocument): PacketSource & { back?: boolean } {
  return {
    kind: 'generated',
    key: d.key,
    title: d.title,
    ...(d.date === undefined ? {} : { date: d.date }),
    ...(d.partOf === undefined ? {} : { partOf: d.partOf }),
    ...(d.front === true ? { front: true } : {}),
    ...(d.back === true ? { back: true } : {}),
    doc: d.doc,
    ...(d.cited === undefined ? {} : { cited: d.cited }),
  };
}

/** The manifest's summary kept in the case: what was filed, with which hashes and pages. */
function buildRecord(m: PacketManifest): PacketBuildRecord {
  return {
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
}

/**
 * Appends the record to the case as it stands now: the advocate may have edited the case while
 * the build ran, so this reads its latest revision rather than writing over it with the copy
 * the build started from.
 */
async function recordBuild(vault: VaultApi, caseId: string, record: PacketBuildRecord): Promise<void> {
  const latest = await vault.readCase(caseId);
  const value: Case = { ...latest.case, builds: [...latest.case.builds, record] };
  await vault.writeCase(value, latest.revision);
}
