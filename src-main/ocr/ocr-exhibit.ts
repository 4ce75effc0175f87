import { DossierError } from '../core/errors.ts';
import type { Case, Exhibit } from '../core/model/case.ts';
import type { ExhibitOcr } from '../core/model/exhibit-copies.ts';
import { normaliseExhibit } from '../exhibits/normalise.ts';
import { pagePng } from '../pdf-engine/page-image.ts';
import { PdfDocument } from '../pdf-engine/pdfium.ts';
import type { VaultApi } from '../vault/types.ts';
import { ocrLanguage, type OcrLanguage } from './ocr-languages.ts';
import { addTextLayer, type PageWords } from './text-layer-writer.ts';
import { startOcrEngine, type OcrEngine } from './tesseract-engine.ts';

/** The resolution pages are rendered at for recognition. */
export const OCR_DPI = 300;

export interface OcrRequest {
  readonly caseId: string;
  readonly exhibitId: string;
  /** A tag ("fr") or Tesseract code ("fra"); the exhibit's own language, else English, when absent. */
  readonly lang?: string | undefined;
  /** Read every page, not only those found without text at import. */
  readonly allPages?: boolean | undefined;
}

export interface OcrProgress {
  /** 1-based page being read. */
  readonly page: number;
  readonly done: number;
  readonly total: number;
}

export interface OcrDeps {
  readonly vault: Pick<VaultApi, 'readCase' | 'writeCase' | 'getBlob' | 'putBlob'>;
  readonly now?: () => Date;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((progress: OcrProgress) => void) | undefined;
  /** The engine; Tesseract unless a test gives another. */
  readonly startEngine?: (language: OcrLanguage) => Promise<OcrEngine>;
}

export interface OcrOutcome {
  readonly exhibitId: string;
  readonly ocr: ExhibitOcr;
  readonly wordsPlaced: number;
  /** Words with a character no bundled face draws: left out of the text layer. */
  readonly wordsWithoutGlyphs: number;
  /** Pages still without text afterwards (nothing was read on them). */
  readonly pagesWithoutText: readonly number[];
}

function findExhibit(c: Case, exhibitId: string): Exhibit {
  const exhibit = c.exhibits.find((e) => e.id === exhibitId);
  if (!exhibit) throw new DossierError('NOT_FOUND', `Exhibit ${exhibitId} is not in this case.`);
  if (exhibit.blobId === undefined)
    throw new DossierError('VALIDATION', `Exhibit "${exhibit.title}" has no file yet: import its file first.`);
  return exhibit;
}

/** The language to read in: the one asked for, else the exhibit's, else English; a script without trained data is refused. */
function languageFor(request: OcrRequest, exhibit: Exhibit): OcrLanguage {
  if (request.lang !== undefined) return ocrLanguage(request.lang);
  if (exhibit.lang === undefined) return ocrLanguage('en');
  return ocrLanguage(exhibit.lang);
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DossierError('CANCELLED', 'OCR was cancelled. The exhibit is unchanged.');
}

/**
 * Makes an exhibit searchable: its clean copy's scanned pages are rendered with PDFium at 300
 * dpi, read by Tesseract, and given an invisible text layer; the result is stored as a new
 * encrypted blob in `exhibit.ocr`, which packets then file. The original is untouched, and
 * nothing (page images, text) is written to disk in clear.
 */
export async function ocrExhibit(request: OcrRequest, deps: OcrDeps): Promise<OcrOutcome> {
  const stored = await deps.vault.readCase(request.caseId);
  const exhibit = findExhibit(stored.case, request.exhibitId);
  const language = languageFor(request, exhibit);
  const clean = await normaliseExhibit(await deps.vault.getBlob(exhibit.blobId ?? ''), exhibit.title);
  const wanted = request.allPages === true ? Array.from({ length: clean.pages }, (_, i) => i + 1) : [...clean.pagesWithoutText];
  if (wanted.length === 0)
    throw new DossierError('VALIDATION', `Every page of "${exhibit.title}" already has text; ask for all pages to read them again.`);
  throwIfCancelled(deps.signal);
  const engine = await (deps.startEngine ?? startOcrEngine)(language);
  const stop = (): void => void engine.stop();
  deps.signal?.addEventListener('abort', stop, { once: true });
  const read: PageWords[] = [];
  const confidences: number[] = [];
  try {
    await PdfDocument.with(clean.pdf, async (doc) => {
      for (const [done, page] of wanted.entries()) {
        throwIfCancelled(deps.signal);
        deps.onProgress?.({ page, done, total: wanted.length });
        const image = await pagePng(doc, page - 1, OCR_DPI / 72);
        const dpi = (image.width / doc.pageSize(page - 1).width) * 72;
        const result = await engine.recognise(image.png, dpi);
        read.push({ pageIndex: page - 1, imageWidth: image.width, imageHeight: image.height, words: result.words });
        if (result.words.length > 0) confidences.push(result.confidence);
      }
    });
  } catch (error) {
    throwIfCancelled(deps.signal);
    throw error;
  } finally {
    deps.signal?.removeEventListener('abort', stop);
    await engine.stop().catch(() => undefined);
  }
  throwIfCancelled(deps.signal);
  deps.onProgress?.({ page: wanted.at(-1) ?? 1, done: wanted.length, total: wanted.length });
  const layered = await addTextLayer(clean.pdf, read);
  const blob = await deps.vault.putBlob(layered.bytes);
  const ocr: ExhibitOcr = {
    blobId: blob.blobId,
    sha256: blob.sha256,
    langs: [language.tag],
    pages: read.filter((p) => p.words.length > 0).map((p) => p.pageIndex + 1),
    madeAt: (deps.now ?? (() => new Date()))().toISOString(),
    engine: engine.version,
    ...(confidences.length > 0
      ? { meanConfidence: Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 10) / 10 }
      : {}),
  };
  const stillBlank = clean.pagesWithoutText.filter((p) => !ocr.pages.includes(p));
  // The case may have been saved while the pages were read: patch the exhibit on its latest revision.
  const latest = await deps.vault.readCase(request.caseId);
  findExhibit(latest.case, request.exhibitId);
  const exhibits = latest.case.exhibits.map((e) =>
    e.id === request.exhibitId
      ? { ...e, ocr, ...(stillBlank.length > 0 ? { pagesWithoutText: stillBlank } : { pagesWithoutText: [] }) }
      : e,
  );
  await deps.vault.writeCase({ ...latest.case, exhibits }, latest.revision);
  return {
    exhibitId: request.exhibitId,
    ocr,
    wordsPlaced: layered.wordsPlaced,
    wordsWithoutGlyphs: layered.wordsWithoutGlyphs,
    pagesWithoutText: stillBlank,
  };
}
