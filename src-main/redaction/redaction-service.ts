import { DossierError } from '../core/errors.ts';
import type { Case, Exhibit, RedactionMark, RedactionReason } from '../core/model/case.ts';
import { normaliseExhibit } from '../exhibits/normalise.ts';
import { PdfDocument, type PdfRect } from '../pdf-engine/pdfium.ts';
import type { VaultApi } from '../vault/types.ts';
import { findRedactionHits, type RedactionQuery } from './find-hits.ts';
import { redactPdf, type PageReport } from './redact-pdf.ts';
import { pageToShown, shownToPage, type ShownArea } from './page-geometry.ts';

export interface RedactionServiceDeps {
  readonly vault: VaultApi;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Counsel's name from the profile, recorded as who marked and applied; undefined when no profile is set. */
  readonly counselName: () => string | undefined;
}

export interface MarkInput {
  readonly reason: RedactionReason;
  readonly note?: string | undefined;
}

export interface ApplyResult {
  readonly exhibit: Exhibit;
  readonly pages: readonly PageReport[];
  readonly marks: number;
}

/** The copy redaction starts from, always the same for an exhibit: its searchable copy when it has one, else its original. */
export interface RedactionBase {
  readonly bytes: Uint8Array;
  readonly basedOn: 'original' | 'ocr';
}

/**
 * Redaction in two steps over the case in the vault: marks are added (by area or by search),
 * reviewed and removed, then applied together to the base copy (redactPdf), the redacted copy
 * stored as a new encrypted blob and the marks kept as the log. The original blob is never
 * written. Re-applying after more marks redacts the base again with every mark so far; removing
 * the redaction drops the redacted copy and its blob.
 */
export function createRedactionService(deps: RedactionServiceDeps) {
  /** The last base made: a review opens the same exhibit's pages many times. Held in memory only. */
  let cached: { readonly key: string; readonly base: RedactionBase } | undefined;

  const load = async (caseId: string, exhibitId: string) => {
    const stored = await deps.vault.readCase(caseId);
    const exhibit = stored.case.exhibits.find((e) => e.id === exhibitId);
    if (!exhibit) throw new DossierError('NOT_FOUND', `Exhibit ${exhibitId} is not in this case; nothing was redacted.`);
    return { stored, exhibit };
  };

  const base = async (exhibit: Exhibit): Promise<RedactionBase> => {
    const basedOn = exhibit.ocr ? 'ocr' : 'original';
    const blobId = exhibit.ocr?.blobId ?? exhibit.blobId;
    if (blobId === undefined)
      throw new DossierError('NOT_FOUND', `Exhibit "${exhibit.title}" has no file yet. Import its file, then redact it.`);
    const key = `${blobId}`;
    if (cached?.key === key) return cached.base;
    const { pdf } = await normaliseExhibit(await deps.vault.getBlob(blobId), exhibit.title);
    cached = { key, base: { bytes: pdf, basedOn } };
    return cached.base;
  };

  const save = async (stored: { case: Case; revision: number }, next: Exhibit): Promise<Exhibit> => {
    const exhibits = stored.case.exhibits.map((e) => (e.id === next.id ? next : e));
    await deps.vault.writeCase({ ...stored.case, exhibits }, stored.revision);
    return next;
  };

  const newMark = (
    page: number,
    placed: { readonly rect: PdfRect; readonly shown: ShownArea },
    input: MarkInput,
    source: RedactionMark['source'],
    query?: string,
  ): RedactionMark => {
    const by = deps.counselName();
    const { rect, shown } = placed;
    return {
      id: `rm-${deps.newId()}`.toLowerCase().slice(0, 64),
      page,
      rect: { left: rect.left, bottom: rect.bottom, right: rect.right, top: rect.top },
      shown: { x: shown.x, y: shown.y, width: shown.width, height: shown.height },
      reason: input.reason,
      ...(input.note === undefined || input.note.trim() === '' ? {} : { note: input.note.trim().slice(0, 500) }),
      source,
      ...(query === undefined ? {} : { query: query.slice(0, 500) }),
      ...(by === undefined ? {} : { by }),
      markedAt: deps.now().toISOString(),
    };
  };

  const withMarks = (exhibit: Exhibit, marks: readonly RedactionMark[]): Exhibit => ({
    ...exhibit,
    redaction: { ...(exhibit.redaction ?? {}), marks: [...marks] },
  });

  return {
    /** The base copy's bytes (for page images and reading the pages); decrypted in memory only. */
    base: async (caseId: string, exhibitId: string) => base((await load(caseId, exhibitId)).exhibit),

    /** Adds a mark over an area given as a person measures it: points from the top-left corner of the page as shown. */
    markArea: async (caseId: string, exhibitId: string, page: number, area: ShownArea, input: MarkInput) => {
      const { stored, exhibit } = await load(caseId, exhibitId);
      const bytes = (await base(exhibit)).bytes;
      const placed = await PdfDocument.with(bytes, (doc) => {
        if (page < 1 || page > doc.pageCount)
          throw new DossierError(
            'VALIDATION',
            `Page ${page} is not in "${exhibit.title}", which has ${doc.pageCount} page(s). Pick a page from 1 to ${doc.pageCount}.`,
          );
        const rect = shownToPage(doc, page - 1, area);
        return { rect, shown: pageToShown(doc, page - 1, rect) };
      });
      const { rect } = placed;
      if (rect.right - rect.left < 0.5 || rect.top - rect.bottom < 0.5)
        throw new DossierError(
          'VALIDATION',
          'The area has no width or height on the page. Draw or type an area at least one point wide and high, inside the page.',
        );
      const mark = newMark(page, placed, input, 'area');
      const next = await save(stored, withMarks(exhibit, [...(exhibit.redaction?.marks ?? []), mark]));
      return { exhibit: next, added: [mark] };
    },

    /** Adds one mark for every line of every hit of a text or pattern; nothing is applied yet. */
    markSearch: async (caseId: string, exhibitId: string, query: RedactionQuery, input: MarkInput) => {
      const { stored, exhibit } = await load(caseId, exhibitId);
      const bytes = (await base(exhibit)).bytes;
      const hits = await PdfDocument.with(bytes, (doc) =>
        findRedactionHits(doc, query).map((h) => ({
          page: h.pageIndex + 1,
          placed: h.rects.map((rect) => ({ rect, shown: pageToShown(doc, h.pageIndex, rect) })),
        })),
      );
      const label = 'text' in query ? query.text : `pattern:${query.pattern}`;
      const added = hits.flatMap((h) => h.placed.map((placed) => newMark(h.page, placed, input, 'search', label)));
      if (added.length === 0) return { exhibit, added, hits: 0 };
      const next = await save(stored, withMarks(exhibit, [...(exhibit.redaction?.marks ?? []), ...added]));
      return { exhibit: next, added, hits: hits.length };
    },

    removeMark: async (caseId: string, exhibitId: string, markId: string) => {
      const { stored, exhibit } = await load(caseId, exhibitId);
      const marks = exhibit.redaction?.marks ?? [];
      if (!marks.some((m) => m.id === markId))
        throw new DossierError('NOT_FOUND', 'That mark is no longer on this exhibit; the list was refreshed.');
      return save(
        stored,
        withMarks(
          exhibit,
          marks.filter((m) => m.id !== markId),
        ),
      );
    },

    /** Applies every mark so far (the applied log and those under review) to the base; the redacted copy replaces any earlier one. */
    apply: async (caseId: string, exhibitId: string): Promise<ApplyResult> => {
      const { stored, exhibit } = await load(caseId, exhibitId);
      const pending = exhibit.redaction?.marks ?? [];
      const previous = exhibit.redaction?.applied;
      if (pending.length === 0)
        throw new DossierError('VALIDATION', `"${exhibit.title}" has no marks to apply. Mark an area or search for a text first.`);
      const { bytes, basedOn } = await base(exhibit);
      // Marks made before their shown area was kept gain it now, so the log reads every area the same way.
      const log = await PdfDocument.with(bytes, (doc) =>
        [...(previous?.log ?? []), ...pending].map((m) =>
          m.shown !== undefined || m.page > doc.pageCount ? m : { ...m, shown: pageToShown(doc, m.page - 1, m.rect) },
        ),
      );
      const redacted = await redactPdf(
        bytes,
        log.map((m) => ({ pageIndex: m.page - 1, rect: m.rect })),
      );
      const blob = await deps.vault.putBlob(redacted.bytes);
      const by = deps.counselName();
      const rasterised = redacted.pages.filter((p) => p.rasterised !== undefined).map((p) => p.page);
      const next: Exhibit = {
        ...exhibit,
        redaction: {
          marks: [],
          applied: {
            blobId: blob.blobId,
            sha256: blob.sha256,
            appliedAt: deps.now().toISOString(),
            ...(by === undefined ? {} : { by }),
            basedOn,
            log,
            ...(rasterised.length === 0 ? {} : { rasterised }),
          },
        },
      };
      await save(stored, next);
      if (previous && previous.blobId !== blob.blobId) await deps.vault.sweepBlobs([previous.blobId], new Set()).catch(() => undefined);
      return { exhibit: next, pages: redacted.pages, marks: log.length };
    },

    /** Drops the redacted copy (its blob goes through the sweep); the log's marks come back for review. */
    removeRedaction: async (caseId: string, exhibitId: string) => {
      const { stored, exhibit } = await load(caseId, exhibitId);
      const applied = exhibit.redaction?.applied;
      if (!applied) return exhibit;
      const next = await save(
        stored,
        withMarks({ ...exhibit, redaction: { marks: [] } }, [...applied.log, ...(exhibit.redaction?.marks ?? [])]),
      );
      await deps.vault.sweepBlobs([applied.blobId], new Set()).catch(() => undefined);
      return next;
    },
  };
}

export type RedactionService = ReturnType<typeof createRedactionService>;
