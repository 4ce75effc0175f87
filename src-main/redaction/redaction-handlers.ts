import { DossierError } from '../core/errors.ts';
import type { Exhibit, RedactionMark } from '../core/model/case.ts';
import type { RedactionMarkDto, RedactionReviewDto } from '../ipc/contract-redaction.ts';
import type { Handlers } from '../ipc/invoke.ts';
import { pagePng } from '../pdf-engine/page-image.ts';
import { PdfDocument } from '../pdf-engine/pdfium.ts';
import type { VaultApi } from '../vault/types.ts';
import { pageToShown, pageToView } from './page-geometry.ts';
import type { RedactionService } from './redaction-service.ts';

const nowhere = { x: 0, y: 0, width: 0, height: 0 };

type RedactionChannel =
  | 'redactionReview'
  | 'redactionPage'
  | 'redactionMarkArea'
  | 'redactionMarkSearch'
  | 'redactionRemoveMark'
  | 'redactionApply'
  | 'redactionRemove';

/** The redaction channels over the service: every answer carries the review as it now stands, marks placed on the page as shown. */
export function createRedactionHandlers(deps: {
  readonly vault: VaultApi;
  readonly service: RedactionService;
}): Pick<Handlers, RedactionChannel> {
  const { service } = deps;

  const reviewOf = async (caseId: string, exhibit: Exhibit): Promise<RedactionReviewDto> => {
    const { bytes, basedOn } = await service.base(caseId, exhibit.id);
    return PdfDocument.with(bytes, (doc) => {
      const dto = (m: RedactionMark): RedactionMarkDto => ({
        id: m.id,
        page: m.page,
        reason: m.reason,
        ...(m.note === undefined ? {} : { note: m.note }),
        source: m.source,
        ...(m.query === undefined ? {} : { query: m.query }),
        ...(m.by === undefined ? {} : { by: m.by }),
        markedAt: m.markedAt,
        ...(m.page <= doc.pageCount
          ? { view: pageToView(doc, m.page - 1, m.rect), area: pageToShown(doc, m.page - 1, m.rect) }
          : { view: nowhere, area: nowhere }),
      });
      const applied = exhibit.redaction?.applied;
      return {
        title: exhibit.title,
        pageCount: doc.pageCount,
        pages: Array.from({ length: doc.pageCount }, (_, i) => doc.pageSize(i)),
        basedOn,
        marks: (exhibit.redaction?.marks ?? []).map(dto),
        applied: applied
          ? {
              appliedAt: applied.appliedAt,
              ...(applied.by === undefined ? {} : { by: applied.by }),
              log: applied.log.map(dto),
              rasterised: applied.rasterised ?? [],
            }
          : null,
      };
    });
  };

  const exhibitOf = async (caseId: string, exhibitId: string): Promise<Exhibit> => {
    const exhibit = (await deps.vault.readCase(caseId)).case.exhibits.find((e) => e.id === exhibitId);
    if (!exhibit) throw new DossierError('NOT_FOUND', `Exhibit ${exhibitId} is not in this case.`);
    return exhibit;
  };

  return {
    redactionReview: async ({ caseId, exhibitId }) => reviewOf(caseId, await exhibitOf(caseId, exhibitId)),
    redactionPage: async ({ caseId, exhibitId, page, copy, scale }) => {
      const exhibit = await exhibitOf(caseId, exhibitId);
      const applied = exhibit.redaction?.applied;
      if (copy === 'redacted' && !applied) throw new DossierError('NOT_FOUND', `"${exhibit.title}" has no redacted copy yet.`);
      const bytes =
        copy === 'redacted' && applied ? await deps.vault.getBlob(applied.blobId) : (await service.base(caseId, exhibitId)).bytes;
      return PdfDocument.with(bytes, async (doc) => {
        if (page > doc.pageCount)
          throw new DossierError('NOT_FOUND', `Page ${page} is not in "${exhibit.title}" (${doc.pageCount} pages).`);
        const image = await pagePng(doc, page - 1, scale);
        return { dataUrl: `data:image/png;base64,${Buffer.from(image.png).toString('base64')}`, width: image.width, height: image.height };
      });
    },
    redactionMarkArea: async ({ caseId, exhibitId, page, area, reason, note }) => {
      const { exhibit } = await service.markArea(caseId, exhibitId, page, area, { reason, note });
      return reviewOf(caseId, exhibit);
    },
    redactionMarkSearch: async ({ caseId, exhibitId, query, reason, note }) => {
      const result = await service.markSearch(caseId, exhibitId, query, { reason, note });
      return { review: await reviewOf(caseId, result.exhibit), added: result.added.length, hits: result.hits };
    },
    redactionRemoveMark: async ({ caseId, exhibitId, markId }) => reviewOf(caseId, await service.removeMark(caseId, exhibitId, markId)),
    redactionApply: async ({ caseId, exhibitId }) => {
      const result = await service.apply(caseId, exhibitId);
      return { review: await reviewOf(caseId, result.exhibit), pages: result.pages.map((p) => ({ ...p })) };
    },
    redactionRemove: async ({ caseId, exhibitId }) => reviewOf(caseId, await service.removeRedaction(caseId, exhibitId)),
  };
}
