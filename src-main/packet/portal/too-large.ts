import { PDFDocument } from '@cantoo/pdf-lib';
import { DossierError, type FieldIssue } from '../../core/errors.ts';
import type { LadderStep } from '../../core/rules/portal-rules.ts';
import type { Candidate } from './inventory.ts';
import { describeStep, formatMegabytes } from './summary.ts';

/** A page whose images alone weigh more than this share of the cap is measured on its own. */
const SUSPECT_SHARE = 0.5;

export interface PageSize {
  /** 1-based. */
  readonly page: number;
  readonly bytes: number;
}

/**
 * The pages that are over the cap on their own at the floor: each page heavy enough to be a
 * suspect is copied alone into a new PDF and measured, fonts and all.
 */
export async function oversizePages(doc: PDFDocument, candidates: readonly Candidate[], maxBytes: number): Promise<PageSize[]> {
  const weight = new Map<number, number>();
  for (const c of candidates) for (const page of c.pages) weight.set(page, (weight.get(page) ?? 0) + c.current);
  const suspects = [...weight].filter(([, w]) => w > maxBytes * SUSPECT_SHARE).map(([page]) => page);
  const over: PageSize[] = [];
  for (const page of suspects.sort((a, b) => a - b)) {
    const single = await PDFDocument.create({ updateMetadata: false });
    const [copy] = await single.copyPages(doc, [page - 1]);
    if (!copy) continue;
    single.addPage(copy);
    const bytes = (await single.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false })).length;
    if (bytes > maxBytes) over.push({ page, bytes });
  }
  return over;
}

/** The slot cannot fit even at the floor: what was reached, the cap, and what the user can do. */
export function tooLarge(slot: string, reached: number, maxBytes: number, floor: LadderStep, pages: readonly PageSize[]): DossierError {
  // Enough decimals that the size reached never reads the same as the cap, nor the cap as zero.
  const decimals =
    [1, 2, 3].find(
      (d) => formatMegabytes(reached, 'en', d) !== formatMegabytes(maxBytes, 'en', d) && Number((maxBytes / 1e6).toFixed(d)) > 0,
    ) ?? 3;
  const mb = (b: number): string => formatMegabytes(b, 'en', decimals);
  const issues: FieldIssue[] = [
    { path: 'slot', code: 'portal.tooLarge', message: `${mb(reached)} at ${describeStep(floor, 'en')}; the cap is ${mb(maxBytes)}.` },
    ...pages.map((p) => ({
      path: `pages.${p.page}`,
      code: 'portal.pageTooLarge' as const,
      message: `Page ${p.page} is ${mb(p.bytes)} on its own at the floor quality.`,
    })),
  ];
  const pageText =
    pages.length === 0
      ? ''
      : ` ${pages.map((p) => `Page ${p.page} of the slot is ${mb(p.bytes)} on its own at the floor quality`).join('; ')}: no split can make ${pages.length === 1 ? 'that page' : 'those pages'} fit, so upload a smaller scan of ${pages.length === 1 ? 'it' : 'them'} (fewer pixels or greyscale).`;
  return new DossierError(
    'TOO_LARGE',
    `The "${slot}" file is still ${mb(reached)} after the strongest reduction (${describeStep(floor, 'en')}), over the portal's ${mb(maxBytes)} limit. ` +
      `Split the slot's evidence into two documents, or upload a smaller scan.${pageText} Nothing was changed.`,
    issues,
  );
}
