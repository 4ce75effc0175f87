import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';
import type { Case } from '../core/model/case.ts';
import type { Handlers } from '../ipc/invoke.ts';
import type { PacketJobStatusDto, PacketPresetName } from '../ipc/contract.ts';
import { localToday } from '../core/model/dates.ts';
import { packetSourceOrder, type PacketDocumentSources, type PacketOptionOverrides } from '../packet/case-build.ts';
import { packetDocumentPlaces, packetDocuments } from '../packet/case-documents.ts';
import { exhibitSources } from '../packet/case-sources.ts';
import { plainTitle } from '../packet/plain-titles.ts';
import { planPacket } from '../packet/plan.ts';
import { frontAndTabs, type PlacedSource } from '../packet/sources.ts';
import { isPortalPreset, PACKET_PRESETS, type PresetName } from '../packet/presets.ts';
import { slotSources } from '../packet/hc/application.ts';
import { defaultHcSlotRules } from '../packet/hc/slots-data.ts';
import type { VaultApi } from '../vault/types.ts';
import type { PacketService } from './packet-handlers.ts';
import type { DialogPort, ShellPort } from './ports.ts';

// The contract's preset list and the packet presets must name the same presets.
const samePresets: [PacketPresetName] extends [PresetName] ? ([PresetName] extends [PacketPresetName] ? true : never) : never = true;
void samePresets;

export interface PacketJobDeps {
  readonly vault: VaultApi;
  readonly packets: PacketService;
  readonly newId: () => string;
  readonly dialog?: DialogPort | undefined;
  readonly shell?: ShellPort | undefined;
  /** The counsel profile and templates, for the preview's titles of generated documents. */
  readonly documents?: PacketDocumentSources | undefined;
  readonly now?: (() => Date) | undefined;
  /** Finished jobs kept for status and "show in folder"; the oldest go first. */
  readonly keepFinished?: number;
}

type JobHandlers = Pick<
  Handlers,
  'packetPlanPreview' | 'packetBuildStart' | 'packetBuildStatus' | 'packetBuildCancel' | 'packetShowInFolder'
>;

interface Job {
  status: PacketJobStatusDto;
  readonly controller: AbortController;
  /** Only paths our own builds wrote; never a path from the renderer. */
  manifestPath?: string;
}

/** Runs synchronous work as a promise, so a typed error becomes a rejection. */
function settle<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}

type BuildOptions = Parameters<JobHandlers['packetBuildStart']>[0]['options'];

/** The numbering the user changed from the preset's. */
function overridesOf(options: BuildOptions): PacketOptionOverrides {
  return {
    ...(options.labelStyle === undefined ? {} : { labelStyle: options.labelStyle }),
    ...(options.startNumber === undefined ? {} : { startNumber: options.startNumber }),
    ...(options.dividers === undefined ? {} : { dividers: options.dividers }),
    ...(options.numberCover === undefined ? {} : { numberCover: options.numberCover }),
    ...(options.numberList === undefined ? {} : { numberList: options.numberList }),
  };
}

/** Estimated pages of a generated document for the preview: the build prints it for real. */
const ESTIMATED_PAGES = 1;

type PreviewInput = Parameters<JobHandlers['packetPlanPreview']>[0];
type PreviewOutput = Awaited<ReturnType<JobHandlers['packetPlanPreview']>>;

/**
 * The generated documents where the build puts them. Built (never printed) with the counsel
 * profile and templates when they are at hand, for their exact titles; otherwise placed with
 * plain titles, so the preview still shows where they go.
 */
function previewDocuments(
  value: Case,
  preset: PresetName,
  importedExhibits: ReadonlySet<string>,
  deps: Pick<PacketJobDeps, 'documents' | 'now'>,
): { key: string; title: string; date?: string; partOf?: string; front?: boolean }[] {
  const kinds = PACKET_PRESETS[preset].documents;
  const lang = value.matter.languageOfProceedings;
  if (deps.documents && deps.documents.counsel() !== undefined) {
    try {
      const input = {
        case: value,
        counsel: deps.documents.counsel(),
        lang,
        today: localToday((deps.now ?? (() => new Date()))()),
        templates: deps.documents.templates(lang),
      };
      return packetDocuments(kinds, input, importedExhibits).map(({ doc: _doc, kind: _kind, ...placed }) => placed);
    } catch (error) {
      if (!isDossierError(error)) throw error;
    }
  }
  return packetDocumentPlaces(kinds, value, importedExhibits).map((place) => {
    const { statementId: _statement, personId: _person, certifies: _certifies, kind: _kind, ...placed } = place;
    return { ...placed, title: plainTitle(place, value, lang) };
  });
}

/**
 * What the build would list: the same generated documents, order, front matter and plan as
 * `buildCasePacket`, with exhibits at the pages recorded at import and generated documents
 * (and the list of documents) counted at one page each.
 */
export function previewPacket(value: Case, preset: PresetName, deps: Pick<PacketJobDeps, 'vault' | 'documents' | 'now'>): PreviewOutput {
  const exhibits = exhibitSources(value, deps.vault);
  if (exhibits.length === 0) return { entries: [], lastNumber: 0 };
  const generated = previewDocuments(value, preset, new Set(exhibits.map((e) => (e.kind === 'exhibit' ? e.exhibitId : e.key))), deps);
  const sizes = new Map<string, { pages: number; bytes: number }>();
  for (const e of value.exhibits) sizes.set(e.id, { pages: e.pages ?? 0, bytes: 0 });
  for (const g of generated) sizes.set(g.key, { pages: ESTIMATED_PAGES, bytes: 0 });
  const generatedSources: PlacedSource[] = generated.map((g) => ({ kind: 'generated', ...g }));
  // An H&C application is ordered slot by slot, as its build orders it.
  const slotted = isPortalPreset(preset) ? slotSources(value, generatedSources, exhibits, defaultHcSlotRules) : undefined;
  const placed: PlacedSource[] = slotted ?? packetSourceOrder<PlacedSource, PlacedSource>(generatedSources, exhibits);
  const lang = value.matter.languageOfProceedings;
  const slotTitle = new Map(defaultHcSlotRules.slots.map((s) => [s.id, s.title[lang]]));
  const fileOf = new Map((slotted ?? []).map((s) => [s.kind === 'exhibit' ? s.exhibitId : s.key, slotTitle.get(s.group) ?? s.group]));
  const { front, tabs } = frontAndTabs(placed, sizes);
  const plan = planPacket({ front, tabs, options: PACKET_PRESETS[preset].options, listPages: 1, volumeBreaks: [], coverPages: [0] });
  return {
    entries: plan.entries.map((e) => ({
      tab: e.tab,
      depth: e.depth,
      key: e.key,
      kind: e.kind,
      estimated: e.kind === 'generated',
      title: e.title,
      ...(e.date === undefined ? {} : { date: e.date }),
      pages: e.lastNumber - e.firstNumber + 1,
      firstLabel: e.firstLabel,
      lastLabel: e.lastLabel,
      ...(fileOf.has(e.key) ? { file: fileOf.get(e.key) } : {}),
    })),
    lastNumber: plan.lastNumber,
  };
}

/**
 * Packet builds as jobs the renderer polls: start (the main process asks for the output folder
 * itself), status, cancel, and reveal the manifest of a finished build. Builds run in this
 * process's event loop.
 */
export function createPacketJobHandlers(deps: PacketJobDeps): JobHandlers {
  const jobs = new Map<string, Job>();
  const keep = deps.keepFinished ?? 50;

  const forget = () => {
    const finished = [...jobs.entries()].filter(([, job]) => job.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - keep))) jobs.delete(id);
  };

  const jobFor = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new DossierError('NOT_FOUND', 'This build is not known. Start it again.');
    return job;
  };

  const run = async (job: Job, input: Parameters<JobHandlers['packetBuildStart']>[0], outDir: string) => {
    try {
      const { manifestPath, manifest } = await deps.packets.build({
        caseId: input.caseId,
        preset: input.preset,
        outDir,
        skipBadExhibits: input.options.skipBadExhibits,
        ...(input.options.maxBytes === undefined ? {} : { maxBytes: input.options.maxBytes }),
        ...(input.options.maxPages === undefined ? {} : { maxPages: input.options.maxPages }),
        options: overridesOf(input.options),
        ...(input.options.formats === undefined ? {} : { formats: input.options.formats }),
        signal: job.controller.signal,
        onProgress: (p) => {
          if (job.status.state === 'running') job.status = { ...job.status, progress: { done: p.done, total: p.total, stage: p.stage } };
        },
      });
      job.manifestPath = manifestPath;
      const last = job.status.progress;
      job.status = {
        jobId: job.status.jobId,
        state: 'done',
        progress: { done: Math.max(last.total, 1), total: Math.max(last.total, 1), stage: 'done' },
        result: {
          manifestPath,
          volumes: manifest.outputs
            .filter((o) => o.format !== 'docx')
            .map((o) => ({ fileName: o.fileName, pages: o.pages, bytes: o.bytes })),
          skipped: manifest.skipped.map((s) => ({ exhibitId: s.exhibitId, code: s.code, message: s.message })),
          ...(manifest.files === undefined
            ? {}
            : { files: manifest.files.map((f) => ({ ...f, summary: { en: [...f.summary.en], fr: [...f.summary.fr] } })) }),
          ...(manifest.warnings === undefined ? {} : { warnings: [...manifest.warnings] }),
          ...(manifest.caps.maxBytes === undefined ? {} : { maxBytes: manifest.caps.maxBytes }),
        },
      };
    } catch (error) {
      const cancelled = job.controller.signal.aborted || (isDossierError(error) && error.code === 'CANCELLED');
      const typed = isDossierError(error)
        ? {
            code: error.code,
            message: error.message,
            ...(error.issues.length === 0
              ? {}
              : {
                  issues: error.issues
                    .slice(0, 200)
                    .map((i) => ({ path: i.path, message: i.message, ...(i.code === undefined ? {} : { code: i.code }) })),
                }),
          }
        : { code: 'INTERNAL' as const, message: 'Something went wrong inside Dossier. Nothing was written.' };
      job.status = {
        jobId: job.status.jobId,
        state: cancelled ? 'cancelled' : 'failed',
        progress: job.status.progress,
        error: cancelled ? { code: 'CANCELLED', message: 'The build was cancelled. Nothing was written.' } : typed,
      };
    } finally {
      forget();
    }
  };

  return {
    packetPlanPreview: async ({ caseId, preset }: PreviewInput) => {
      const stored = await deps.vault.readCase(caseId);
      return previewPacket(stored.case, preset, deps);
    },

    packetBuildStart: async (input) => {
      if (!deps.dialog)
        throw new DossierError('NOT_FOUND', 'The folder dialog is not available here. Build from the command line instead.');
      await deps.vault.readCase(input.caseId);
      const outDir = await deps.dialog.pickDirectory();
      if (outDir === null) throw new DossierError('CANCELLED', 'No folder was chosen. Nothing was built.');
      const jobId = `job-${deps.newId()}`.slice(0, 64);
      const job: Job = {
        status: { jobId, state: 'running', progress: { done: 0, total: 1, stage: 'starting' } },
        controller: new AbortController(),
      };
      jobs.set(jobId, job);
      void run(job, input, path.resolve(outDir));
      return { jobId };
    },

    packetBuildStatus: ({ jobId }) => settle(() => jobFor(jobId).status),

    packetBuildCancel: ({ jobId }) =>
      settle(() => {
        const job = jobFor(jobId);
        if (job.status.state === 'running') job.controller.abort();
        return job.status;
      }),

    packetShowInFolder: ({ jobId }) =>
      settle(() => {
        const job = jobFor(jobId);
        if (job.manifestPath === undefined || !deps.shell) return { shown: false };
        deps.shell.showItemInFolder(job.manifestPath);
        return { shown: true };
      }),
  };
}
