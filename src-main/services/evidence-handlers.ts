import path from 'node:path';
import type { DocumentTextSources } from '../case-search/document-texts.ts';
import { searchCase } from '../case-search/search-case.ts';
import { DossierError, isDossierError } from '../core/errors.ts';
import { readExhibitFile } from '../exhibits/read-file.ts';
import { outlineDisclosure, splitDisclosure } from '../exhibits/split-disclosure.ts';
import type { Handlers } from '../ipc/invoke.ts';
import type { OcrJobStatusDto } from '../ipc/contract-evidence.ts';
import { ocrExhibit } from '../ocr/ocr-exhibit.ts';
import { normaliseExhibit } from '../exhibits/normalise.ts';
import { pagePng } from '../pdf-engine/page-image.ts';
import { PdfDocument } from '../pdf-engine/pdfium.ts';
import type { VaultApi } from '../vault/types.ts';
import type { DialogPort } from './ports.ts';

export interface EvidenceHandlerDeps {
  readonly vault: VaultApi;
  readonly newId: () => string;
  readonly dialog?: DialogPort | undefined;
  /** Counsel, templates and today, so the search reads the documents the case generates. */
  readonly documents?: DocumentTextSources | undefined;
}

type EvidenceHandlers = Pick<
  Handlers,
  | 'exhibitOcrStart'
  | 'exhibitOcrStatus'
  | 'exhibitOcrCancel'
  | 'caseSearch'
  | 'disclosurePick'
  | 'disclosurePages'
  | 'disclosureSplit'
  | 'disclosureClose'
>;

interface OcrJob {
  status: OcrJobStatusDto;
  readonly controller: AbortController;
}

interface OpenDisclosure {
  readonly caseId: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The clean copy the thumbnails are drawn from. */
  readonly pdf: Uint8Array;
}

/** Thumbnails: about 43 dpi, enough to tell pages apart. */
const THUMBNAIL_SCALE = 0.6;
const MAX_THUMBNAILS_A_CALL = 24;
/** Disclosures held open at once (each is in memory until split or closed). */
const MAX_OPEN_DISCLOSURES = 2;

/**
 * The evidence tools over IPC. OCR runs as a job the renderer polls, like a packet build. A
 * disclosure picked for splitting stays in this process's memory under a token (its bytes never
 * go to the renderer); the renderer gets page PNGs as data: URLs and sends back the parts.
 */
export function createEvidenceHandlers(deps: EvidenceHandlerDeps): EvidenceHandlers {
  const jobs = new Map<string, OcrJob>();
  const disclosures = new Map<string, OpenDisclosure>();

  const jobOf = (jobId: string): OcrJob => {
    const job = jobs.get(jobId);
    if (!job) throw new DossierError('NOT_FOUND', 'That OCR job is not known (it may have finished long ago).');
    return job;
  };
  const disclosureOf = (token: string): OpenDisclosure => {
    const open = disclosures.get(token);
    if (!open) throw new DossierError('NOT_FOUND', 'That file is no longer open: choose it again.');
    return open;
  };

  return {
    exhibitOcrStart: async ({ caseId, exhibitId, lang, allPages }) => {
      // A case or exhibit that is not there is refused now, not in the job.
      if (!(await deps.vault.readCase(caseId)).case.exhibits.some((e) => e.id === exhibitId))
        throw new DossierError('NOT_FOUND', `Exhibit ${exhibitId} is not in this case.`);
      const jobId = `ocr-${deps.newId()}`.slice(0, 64);
      const job: OcrJob = {
        controller: new AbortController(),
        status: { jobId, state: 'running', progress: { page: 0, done: 0, total: 0 } },
      };
      jobs.set(jobId, job);
      void ocrExhibit(
        { caseId, exhibitId, lang, allPages },
        { vault: deps.vault, signal: job.controller.signal, onProgress: (progress) => (job.status = { ...job.status, progress }) },
      ).then(
        (outcome) => {
          const { ocr, wordsPlaced, wordsWithoutGlyphs, pagesWithoutText } = outcome;
          job.status = {
            ...job.status,
            state: 'done',
            result: { ocr, wordsPlaced, wordsWithoutGlyphs, pagesWithoutText: [...pagesWithoutText] },
          };
        },
        (error: unknown) => {
          const cancelled = job.controller.signal.aborted;
          const message = isDossierError(error) ? error.message : 'OCR stopped on an unexpected error. The exhibit is unchanged.';
          job.status = {
            ...job.status,
            state: cancelled ? 'cancelled' : 'failed',
            error: { code: isDossierError(error) ? error.code : 'INTERNAL', message },
          };
        },
      );
      return { jobId };
    },
    exhibitOcrStatus: ({ jobId }) => Promise.resolve(jobOf(jobId).status),
    exhibitOcrCancel: ({ jobId }) => {
      const job = jobOf(jobId);
      job.controller.abort();
      return Promise.resolve(job.status);
    },
    caseSearch: async ({ caseId, query }) => {
      const result = await searchCase({ caseId, query }, { vault: deps.vault, documents: deps.documents });
      return { ...result, hits: [...result.hits] };
    },
    disclosurePick: async ({ caseId }) => {
      if (!deps.dialog) throw new DossierError('NOT_FOUND', 'The file dialog is not available here.');
      const [file] = await deps.dialog.pickFiles([{ name: 'PDF', extensions: ['pdf'] }]);
      if (file === undefined) return { picked: false as const };
      await deps.vault.readCase(caseId);
      const bytes = await readExhibitFile(file);
      const fileName = path.basename(file);
      const [outline, clean] = await Promise.all([outlineDisclosure(bytes, fileName), normaliseExhibit(bytes, fileName)]);
      while (disclosures.size >= MAX_OPEN_DISCLOSURES) disclosures.delete(disclosures.keys().next().value ?? '');
      const token = `split-${deps.newId()}`.slice(0, 64);
      disclosures.set(token, { caseId, fileName, bytes, pdf: clean.pdf });
      const sizes = await PdfDocument.with(clean.pdf, (doc) => doc.pageSizes());
      return { picked: true as const, token, fileName, pages: outline.pages, sizes, bookmarkParts: [...outline.bookmarkParts] };
    },
    disclosurePages: async ({ token, from, to }) => {
      const open = disclosureOf(token);
      return PdfDocument.with(open.pdf, async (doc) => {
        const last = Math.min(to, doc.pageCount, from + MAX_THUMBNAILS_A_CALL - 1);
        const out: { page: number; dataUrl: string }[] = [];
        for (let page = from; page <= last; page += 1) {
          const { png } = await pagePng(doc, page - 1, THUMBNAIL_SCALE);
          out.push({ page, dataUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}` });
        }
        return out;
      });
    },
    disclosureSplit: async ({ token, parts }) => {
      const open = disclosureOf(token);
      try {
        const results = await splitDisclosure(
          { caseId: open.caseId, bytes: open.bytes, fileName: open.fileName, parts },
          { vault: deps.vault, newId: deps.newId },
        );
        disclosures.delete(token);
        return {
          chosen: true,
          imported: results.map((r) => ({
            exhibit: r.exhibit,
            warnings: r.warnings.map((w) => ({ code: w.code, message: w.message })),
            fileName: open.fileName,
          })),
          failed: [],
        };
      } catch (error) {
        if (!isDossierError(error)) throw error;
        return { chosen: true, imported: [], failed: [{ fileName: open.fileName, error: { code: error.code, message: error.message } }] };
      }
    },
    disclosureClose: ({ token }) => {
      disclosures.delete(token);
      return Promise.resolve(null);
    },
  };
}
