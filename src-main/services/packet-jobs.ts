import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';
import type { Handlers } from '../ipc/invoke.ts';
import type { PacketJobStatusDto } from '../ipc/contract.ts';
import type { PacketOptionOverrides } from '../packet/plan/options.ts';
import type { VaultApi } from '../vault/types.ts';
import type { PacketDocumentSources } from './packet-build.ts';
import { previewPacket } from './packet-preview.ts';
import type { PacketService } from './packet-service.ts';
import type { DialogPort, ShellPort } from './ports.ts';

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
          ...(manifest.realName === undefined ? {} : { realName: manifest.realName.map((e) => ({ ...e, forms: [...e.forms] })) }),
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
    packetPlanPreview: async ({ caseId, preset }) => {
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
