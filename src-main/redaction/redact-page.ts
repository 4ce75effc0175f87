import type { Pdfium, PdfRect } from '../pdf-engine/pdfium.ts';
import { contains, grow, IDENTITY, intersects, multiply, objectBounds, objectMatrix, Scratch, type Matrix } from './engine-memory.ts';
import { blackOutImagePixels } from './image-pixels.ts';

const TEXT = 1;
const PATH = 2;
const IMAGE = 3;
const SHADING = 4;
const FORM = 5;
const FILL_ALTERNATE = 1;

/**
 * A path crossing a mark's edge is removed whole when it is small beside the mark — no more than
 * twice its width and twice its height (a glyph drawn as outlines, a signature stroke, a stamp):
 * over-redacting it is safe. A larger one (a table
 * rule, a frame, a page border) keeps its parts outside the mark, and the opaque box covers the
 * rest; such line art carries no text.
 */
const SMALL_PATH_FACTOR = 2;

/** What applying the marks did to one page. */
export interface PageRedaction {
  readonly textRemoved: boolean;
  readonly imagePixels: number;
  readonly pathsRemoved: number;
  readonly linesKept: number;
  readonly annotationsRemoved: number;
  /** Why the page's objects could not all be edited safely: the caller rasterises the page. */
  readonly unsafe?: string;
}

interface Tally {
  imagePixels: number;
  pathsRemoved: number;
  linesKept: number;
  unsafe?: string;
}

/**
 * Applies `rects` (page space) to an open page: removes the glyphs under them (PDFium's text
 * redactor, forms included), blacks out image pixels under them, removes vector paths under them
 * and annotations over them, draws an opaque black box on each, and regenerates the page's content.
 */
export function redactPage(m: Pdfium, page: number, rects: readonly PdfRect[]): PageRedaction {
  const scratch = new Scratch(m);
  try {
    const annotationsRemoved = removeAnnotations(m, scratch, page, rects);
    // PDFium's redactor removes some paths itself: what went is counted from before and after.
    const pathsBefore = pathsUnder(m, scratch, page, rects);
    let textRemoved = false;
    const rp = scratch.alloc(16);
    for (const r of rects) {
      // FS_RECTF is {left, top, right, bottom}; forms are searched too; no box drawn here.
      scratch.setFloats(rp, [r.left, r.top, r.right, r.bottom]);
      if (m.EPDFText_RedactInRect(page, rp, true, false)) textRemoved = true;
    }
    const tally: Tally = { imagePixels: 0, pathsRemoved: 0, linesKept: 0 };
    walkObjects(m, scratch, page, rects, tally);
    const pathsAfter = pathsUnder(m, scratch, page, rects);
    for (const r of rects) {
      const box = m.FPDFPageObj_CreateNewRect(r.left, r.bottom, r.right - r.left, r.top - r.bottom);
      m.FPDFPageObj_SetFillColor(box, 0, 0, 0, 255);
      m.FPDFPath_SetDrawMode(box, FILL_ALTERNATE, false);
      m.FPDFPage_InsertObject(page, box);
    }
    if (!m.FPDFPage_GenerateContent(page)) tally.unsafe ??= 'the page content could not be regenerated';
    return {
      textRemoved,
      imagePixels: tally.imagePixels,
      pathsRemoved: Math.max(tally.pathsRemoved, pathsBefore - pathsAfter),
      linesKept: pathsAfter,
      annotationsRemoved,
      ...(tally.unsafe === undefined ? {} : { unsafe: tally.unsafe }),
    };
  } finally {
    scratch.free();
  }
}

/** How many top-level paths lie at least partly under the rects. */
function pathsUnder(m: Pdfium, scratch: Scratch, page: number, rects: readonly PdfRect[]): number {
  let count = 0;
  for (let i = 0; i < m.FPDFPage_CountObjects(page); i += 1) {
    const obj = m.FPDFPage_GetObject(page, i);
    if (obj === 0 || m.FPDFPageObj_GetType(obj) !== PATH) continue;
    const bounds = objectBounds(m, scratch, obj);
    if (bounds && rects.some((r) => intersects(bounds, r))) count += 1;
  }
  return count;
}

function removeAnnotations(m: Pdfium, scratch: Scratch, page: number, rects: readonly PdfRect[]): number {
  const rp = scratch.alloc(16);
  let removed = 0;
  for (let i = m.FPDFPage_GetAnnotCount(page) - 1; i >= 0; i -= 1) {
    const annot = m.FPDFPage_GetAnnot(page, i);
    if (annot === 0) continue;
    const ok = m.FPDFAnnot_GetRect(annot, rp);
    m.FPDFPage_CloseAnnot(annot);
    if (!ok) continue;
    const [left, top, right, bottom] = scratch.floats(rp, 4) as [number, number, number, number];
    const box = { left: Math.min(left, right), right: Math.max(left, right), bottom: Math.min(bottom, top), top: Math.max(bottom, top) };
    if (rects.some((r) => intersects(box, r)) && m.FPDFPage_RemoveAnnot(page, i)) removed += 1;
  }
  return removed;
}

/** The page's objects (and, for images, those inside forms), last to first so removals keep the indexes. */
function walkObjects(m: Pdfium, scratch: Scratch, page: number, rects: readonly PdfRect[], tally: Tally): void {
  for (let i = m.FPDFPage_CountObjects(page) - 1; i >= 0; i -= 1) {
    const obj = m.FPDFPage_GetObject(page, i);
    if (obj === 0) continue;
    const bounds = objectBounds(m, scratch, obj);
    if (!bounds) continue;
    const under = rects.filter((r) => intersects(bounds, r));
    if (under.length === 0) continue;
    const type = m.FPDFPageObj_GetType(obj);
    if (type === PATH) {
      const removable = under.some(
        (r) =>
          contains(grow(r, 1), bounds) ||
          (bounds.right - bounds.left <= SMALL_PATH_FACTOR * (r.right - r.left) &&
            bounds.top - bounds.bottom <= SMALL_PATH_FACTOR * (r.top - r.bottom)),
      );
      if (removable && m.FPDFPage_RemoveObject(page, obj)) {
        m.FPDFPageObj_Destroy(obj);
        tally.pathsRemoved += 1;
      } else tally.linesKept += 1;
    } else if (type === IMAGE) {
      blackOut(m, obj, objectMatrix(m, scratch, obj), under, tally);
    } else if (type === FORM) {
      walkForm(m, scratch, obj, objectMatrix(m, scratch, obj), under, tally, 0);
    } else if (type === SHADING) {
      tally.unsafe ??= 'a shading (gradient) lies under a mark';
    } else if (type !== TEXT) {
      tally.unsafe ??= 'an object of an unknown kind lies under a mark';
    }
  }
}

/** Images inside a form XObject are blacked out in place; other drawings inside a form under a mark cannot be cut, so the page is rasterised. */
function walkForm(m: Pdfium, scratch: Scratch, form: number, toPage: Matrix, rects: readonly PdfRect[], tally: Tally, depth: number): void {
  if (depth > 8) {
    tally.unsafe ??= 'forms nested too deeply lie under a mark';
    return;
  }
  for (let i = m.FPDFFormObj_CountObjects(form) - 1; i >= 0; i -= 1) {
    const obj = m.FPDFFormObj_GetObject(form, i);
    if (obj === 0) continue;
    const type = m.FPDFPageObj_GetType(obj);
    const matrix = multiply(objectMatrix(m, scratch, obj), toPage);
    const local = objectBounds(m, scratch, obj);
    if (!local) continue;
    const bounds = transformRect(local, toPage);
    if (!rects.some((r) => intersects(bounds, r))) continue;
    if (type === IMAGE) blackOut(m, obj, matrix, rects, tally);
    else if (type === FORM) walkForm(m, scratch, obj, matrix, rects, tally, depth + 1);
    else if (type !== TEXT) tally.unsafe ??= 'a drawing inside a form lies under a mark';
  }
}

function blackOut(m: Pdfium, obj: number, toPage: Matrix, rects: readonly PdfRect[], tally: Tally): void {
  const changed = blackOutImagePixels(m, obj, toPage, rects);
  if (changed === undefined) tally.unsafe ??= 'an image under a mark could not be edited';
  else tally.imagePixels += changed;
}

function transformRect(r: PdfRect, [a, b, c, d, e, f]: Matrix): PdfRect {
  if (a === IDENTITY[0] && b === 0 && c === 0 && d === 1 && e === 0 && f === 0) return r;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [r.left, r.bottom],
    [r.left, r.top],
    [r.right, r.bottom],
    [r.right, r.top],
  ] as const) {
    xs.push(a * x + c * y + e);
    ys.push(b * x + d * y + f);
  }
  return { left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) };
}
