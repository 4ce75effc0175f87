import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';
import type { Exhibit } from '../core/model/case.ts';
import type { Handlers } from '../ipc/invoke.ts';
import type { PacketJobStatusDto, PacketPresetName } from '../ipc/contract.ts';
import type { PacketOptionOverrides } from '../packet/case-build.ts';
import { displayDate } from '../packet/case-sources.ts';
import { planPacket, type PlanDocument, type PlanTab } from '../packet/plan.ts';
import { PACKET_PRESETS, type PresetName } from '../packet/presets.ts';
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

/** A planned document for the preview: its pages as recorded at import. */
function planDoc(e: Exhibit): PlanDocument {
  const date = displayDate(e.date);
  return { key: e.id, kind: 'exhibit', title: e.title, pages: e.pages ?? 0, bytes: 0, ...(date === undefined ? {} : { date }) };
}

/** The case's exhibits as tabs, a translation or declaration (`partOf`) joining its original's tab. */
function tabsOf(exhibits: readonly Exhibit[]): PlanTab[] {
  const usable = exhibits.filter((e) => e.blobId !== undefined && e.sha256 !== undefined);
  const ids = new Set(usable.map((e) => e.id));
  const tabs: { main: PlanDocument; subs: PlanDocument[] }[] = [];
  const tabOf = new Map<string, { main: PlanDocument; subs: PlanDocument[] }>();
  for (const e of usable) {
    const parent = e.partOf !== undefined && ids.has(e.partOf) ? tabOf.get(e.partOf) : undefined;
    if (parent) {
      parent.subs.push(planDoc(e));
      tabOf.set(e.id, parent);
    } else {
      const tab = { main: planDoc(e), subs: [] };
      tabs.push(tab);
      tabOf.set(e.id, tab);
    }
  }
  return tabs;
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
        },
      };
    } catch (error) {
      const cancelled = job.controller.signal.aborted || (isDossierError(error) && error.code === 'CANCELLED');
      const typed = isDossierError(error)
        ? { code: error.code, message: error.message }
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
    packetPlanPreview: async ({ caseId, preset }) => {
      const stored = await deps.vault.readCase(caseId);
      const tabs = tabsOf(stored.case.exhibits);
      if (tabs.length === 0) return { entries: [], lastNumber: 0 };
      // The list of documents is counted as one page here; the build lays it out for real.
      const plan = planPacket({ tabs, options: PACKET_PRESETS[preset].options, listPages: 1, volumeBreaks: [], coverPages: [0] });
      return {
        entries: plan.entries.map((e) => ({
          tab: e.tab,
          depth: e.depth,
          exhibitId: e.key,
          title: e.title,
          ...(e.date === undefined ? {} : { date: e.date }),
          pages: e.lastNumber - e.firstNumber + 1,
          firstLabel: e.firstLabel,
          lastLabel: e.lastLabel,
        })),
        lastNumber: plan.lastNumber,
      };
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
