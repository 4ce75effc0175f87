import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { init, type WrappedPdfiumModule } from '@embedpdf/pdfium';

/**
 * PDFium compiled to WebAssembly (`@embedpdf/pdfium`), loaded once per process from the bytes the
 * package ships: nothing is fetched, and PDF bytes stay in this process's memory. Every PDF
 * Dossier reads for the user (viewing, text, search, redaction, OCR pages) goes through
 * `PdfDocument` below; pdf-lib stays the assembler.
 */
export type Pdfium = WrappedPdfiumModule;

const require = createRequire(import.meta.url);
let loading: Promise<Pdfium> | undefined;

export function loadPdfium(): Promise<Pdfium> {
  loading ??= (async () => {
    const wasmBinary = readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
    const module = await init({ wasmBinary: toArrayBuffer(wasmBinary) });
    module.PDFiumExt_Init();
    return module;
  })();
  return loading;
}

/**
 * The Emscripten heap views. The package's types leave them out (they come from @types/emscripten,
 * which it does not depend on); they are read afresh on every use because growing the WebAssembly
 * memory replaces them.
 */
interface Heap {
  readonly HEAPU8: Uint8Array;
  readonly HEAPF64: Float64Array;
}

function heap(m: Pdfium): Heap {
  return m.pdfium as unknown as Heap;
}

const utf16 = new TextDecoder('utf-16le');

/** `length` bytes of UTF-16LE text at `ptr` in PDFium's memory. */
function utf16At(m: Pdfium, ptr: number, length: number): string {
  return utf16.decode(heap(m).HEAPU8.subarray(ptr, ptr + length));
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

/** Why a PDF could not be opened (PDFium's FPDF_ERR_* codes, in words). */
export type PdfOpenFailure = 'password' | 'damaged' | 'unsupported';

export class PdfOpenError extends Error {
  readonly reason: PdfOpenFailure;

  constructor(reason: PdfOpenFailure) {
    super(`PDF could not be opened: ${reason}`);
    this.reason = reason;
    this.name = 'PdfOpenError';
  }
}

export interface PageSize {
  /** Points (1/72 inch), as PDFium reports the page's displayed size (rotation applied). */
  readonly width: number;
  readonly height: number;
}

/** A rectangle in PDF page space: points from the bottom-left corner of the page. */
export interface PdfRect {
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly top: number;
}

export interface PageChar {
  readonly text: string;
  /** Absent for generated characters (spaces and line ends PDFium inserts). */
  readonly box?: PdfRect;
}

export interface RenderedPage {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom, no padding. */
  readonly rgba: Uint8Array;
}

export interface Bookmark {
  readonly title: string;
  /** Zero-based page index, or undefined when the bookmark points nowhere in this file. */
  readonly pageIndex?: number;
  readonly children: readonly Bookmark[];
}

const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;
const FPDF_ERR_FORMAT = 3;
const FPDF_ANNOT = 0x01;
const FPDF_REVERSE_BYTE_ORDER = 0x10;
const FPDF_PRINTING = 0x800;
const BITMAP_BGRA = 4;

/**
 * One open PDF. The bytes are copied into PDFium's memory for the document's life; `close()`
 * frees them (and must be called: WebAssembly memory is not garbage-collected).
 */
export class PdfDocument {
  private closed = false;
  private readonly pdfium: Pdfium;
  private readonly handle: number;
  private readonly bufferPtr: number;

  private constructor(pdfium: Pdfium, handle: number, bufferPtr: number) {
    this.pdfium = pdfium;
    this.handle = handle;
    this.bufferPtr = bufferPtr;
  }

  static async open(bytes: Uint8Array, password = ''): Promise<PdfDocument> {
    const pdfium = await loadPdfium();
    const ptr = pdfium.pdfium.wasmExports.malloc(bytes.byteLength);
    heap(pdfium).HEAPU8.set(bytes, ptr);
    const handle = pdfium.FPDF_LoadMemDocument(ptr, bytes.byteLength, password);
    if (handle === 0) {
      const code = pdfium.FPDF_GetLastError();
      pdfium.pdfium.wasmExports.free(ptr);
      throw new PdfOpenError(
        code === FPDF_ERR_PASSWORD
          ? 'password'
          : code === FPDF_ERR_SECURITY
            ? 'unsupported'
            : code === FPDF_ERR_FORMAT
              ? 'damaged'
              : 'damaged',
      );
    }
    return new PdfDocument(pdfium, handle, ptr);
  }

  /** Opens `bytes`, runs `use`, and closes the document whatever happens. */
  static async with<T>(bytes: Uint8Array, use: (doc: PdfDocument) => T | Promise<T>): Promise<T> {
    const doc = await PdfDocument.open(bytes);
    try {
      return await use(doc);
    } finally {
      doc.close();
    }
  }

  /** The engine and document handle, for modules that call PDFium functions this class does not wrap. */
  get raw(): { readonly pdfium: Pdfium; readonly handle: number } {
    this.assertOpen();
    return { pdfium: this.pdfium, handle: this.handle };
  }

  get pageCount(): number {
    this.assertOpen();
    return this.pdfium.FPDF_GetPageCount(this.handle);
  }

  pageSize(index: number): PageSize {
    return this.withPage(index, (page) => ({ width: this.pdfium.FPDF_GetPageWidthF(page), height: this.pdfium.FPDF_GetPageHeightF(page) }));
  }

  /**
   * Every page's size, read without loading the pages (FPDF_GetPageSizeByIndexF: no content is
   * parsed), so a 1,000-page file is measured in a few milliseconds. Same values as `pageSize`.
   */
  pageSizes(): PageSize[] {
    this.assertOpen();
    const m = this.pdfium;
    const ptr = m.pdfium.wasmExports.malloc(8);
    try {
      const sizes: PageSize[] = [];
      for (let i = 0; i < this.pageCount; i += 1) {
        if (!m.FPDF_GetPageSizeByIndexF(this.handle, i, ptr)) {
          sizes.push(this.pageSize(i));
          continue;
        }
        const view = new DataView(heap(m).HEAPU8.buffer, ptr, 8);
        sizes.push({ width: view.getFloat32(0, true), height: view.getFloat32(4, true) });
      }
      return sizes;
    } finally {
      m.pdfium.wasmExports.free(ptr);
    }
  }

  /** Renders a page at `scale` pixels per point (1 = 72 dpi), white background, annotations drawn. */
  renderPage(index: number, scale: number, options: { readonly forPrint?: boolean } = {}): RenderedPage {
    return this.withPage(index, (page) => {
      const m = this.pdfium;
      const width = Math.max(1, Math.round(m.FPDF_GetPageWidthF(page) * scale));
      const height = Math.max(1, Math.round(m.FPDF_GetPageHeightF(page) * scale));
      const bitmap = m.FPDFBitmap_CreateEx(width, height, BITMAP_BGRA, 0, 0);
      if (bitmap === 0) throw new Error(`page ${index + 1} is too large to render at this zoom`);
      try {
        m.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
        const flags = FPDF_ANNOT | FPDF_REVERSE_BYTE_ORDER | (options.forPrint ? FPDF_PRINTING : 0);
        m.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, flags);
        const stride = m.FPDFBitmap_GetStride(bitmap);
        const buffer = m.FPDFBitmap_GetBuffer(bitmap);
        const pixels = heap(m).HEAPU8;
        const rgba = new Uint8Array(width * height * 4);
        for (let row = 0; row < height; row += 1) {
          rgba.set(pixels.subarray(buffer + row * stride, buffer + row * stride + width * 4), row * width * 4);
        }
        return { width, height, rgba };
      } finally {
        m.FPDFBitmap_Destroy(bitmap);
      }
    });
  }

  /** The page's text as PDFium reads it, with generated spaces and line ends. */
  pageText(index: number): string {
    return this.withTextPage(index, (textPage) => {
      const m = this.pdfium;
      const count = m.FPDFText_CountChars(textPage);
      if (count <= 0) return '';
      const bytes = (count + 1) * 2;
      const ptr = m.pdfium.wasmExports.malloc(bytes);
      try {
        const written = m.FPDFText_GetText(textPage, 0, count, ptr);
        return utf16At(m, ptr, Math.max(0, written - 1) * 2);
      } finally {
        m.pdfium.wasmExports.free(ptr);
      }
    });
  }

  /** Each character of the page's text with its box in page space (for search hits and redaction marks). */
  pageChars(index: number): PageChar[] {
    return this.withTextPage(index, (textPage) => {
      const m = this.pdfium;
      const count = m.FPDFText_CountChars(textPage);
      const out: PageChar[] = [];
      const boxPtr = m.pdfium.wasmExports.malloc(32);
      try {
        for (let i = 0; i < count; i += 1) {
          const code = m.FPDFText_GetUnicode(textPage, i);
          const text = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
          if (m.FPDFText_IsGenerated(textPage, i) === 1) {
            out.push({ text });
            continue;
          }
          // FPDFText_GetCharBox(text_page, index, &left, &right, &bottom, &top)
          const ok = m.FPDFText_GetCharBox(textPage, i, boxPtr, boxPtr + 8, boxPtr + 16, boxPtr + 24);
          if (!ok) {
            out.push({ text });
            continue;
          }
          const f64 = heap(m).HEAPF64;
          const base = boxPtr / 8;
          out.push({ text, box: { left: f64[base]!, right: f64[base + 1]!, bottom: f64[base + 2]!, top: f64[base + 3]! } });
        }
      } finally {
        m.pdfium.wasmExports.free(boxPtr);
      }
      return out;
    });
  }

  /** The document outline, as nested bookmarks with their target page. */
  bookmarks(): Bookmark[] {
    this.assertOpen();
    const m = this.pdfium;
    const seen = new Set<number>();
    const read = (parent: number, depth: number): Bookmark[] => {
      const out: Bookmark[] = [];
      if (depth > 32) return out;
      for (
        let bm = m.FPDFBookmark_GetFirstChild(this.handle, parent);
        bm !== 0 && !seen.has(bm);
        bm = m.FPDFBookmark_GetNextSibling(this.handle, bm)
      ) {
        seen.add(bm);
        const title = this.utf16Out((ptr, len) => m.FPDFBookmark_GetTitle(bm, ptr, len));
        const dest = m.FPDFBookmark_GetDest(this.handle, bm);
        const page = dest === 0 ? -1 : m.FPDFDest_GetDestPageIndex(this.handle, dest);
        out.push({ title, ...(page >= 0 ? { pageIndex: page } : {}), children: read(bm, depth + 1) });
        if (out.length > 10_000) break;
      }
      return out;
    };
    return read(0, 0);
  }

  /** The document as PDF bytes, with whatever changes were made to it (incremental edits written whole). */
  save(): Uint8Array {
    this.assertOpen();
    const m = this.pdfium;
    const writer = m.PDFiumExt_OpenFileWriter();
    try {
      if (!m.PDFiumExt_SaveAsCopy(this.handle, writer)) throw new Error('PDFium could not write the document');
      const size = m.PDFiumExt_GetFileWriterSize(writer);
      const ptr = m.pdfium.wasmExports.malloc(size);
      try {
        m.PDFiumExt_GetFileWriterData(writer, ptr, size);
        return heap(m).HEAPU8.slice(ptr, ptr + size);
      } finally {
        m.pdfium.wasmExports.free(ptr);
      }
    } finally {
      m.PDFiumExt_CloseFileWriter(writer);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pdfium.FPDF_CloseDocument(this.handle);
    this.pdfium.pdfium.wasmExports.free(this.bufferPtr);
  }

  /** Loads page `index`, runs `use` with its handle, and closes it. */
  withPage<T>(index: number, use: (page: number) => T): T {
    this.assertOpen();
    if (!Number.isInteger(index) || index < 0 || index >= this.pageCount) throw new RangeError(`no page ${index + 1} in this document`);
    const page = this.pdfium.FPDF_LoadPage(this.handle, index);
    if (page === 0) throw new Error(`page ${index + 1} could not be read`);
    try {
      return use(page);
    } finally {
      this.pdfium.FPDF_ClosePage(page);
    }
  }

  /** Loads page `index`'s text, runs `use` with the text-page handle, and closes both. */
  withTextPage<T>(index: number, use: (textPage: number, page: number) => T): T {
    return this.withPage(index, (page) => {
      const textPage = this.pdfium.FPDFText_LoadPage(page);
      if (textPage === 0) throw new Error(`the text of page ${index + 1} could not be read`);
      try {
        return use(textPage, page);
      } finally {
        this.pdfium.FPDFText_ClosePage(textPage);
      }
    });
  }

  /** Calls a PDFium getter that writes UTF-16LE into a buffer and returns the bytes it needs. */
  private utf16Out(call: (ptr: number, length: number) => number): string {
    const m = this.pdfium;
    const needed = call(0, 0);
    if (needed <= 2) return '';
    const ptr = m.pdfium.wasmExports.malloc(needed);
    try {
      call(ptr, needed);
      return utf16At(m, ptr, needed - 2);
    } finally {
      m.pdfium.wasmExports.free(ptr);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('this PDF has been closed');
  }
}
