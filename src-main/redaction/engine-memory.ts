import type { Pdfium } from '../pdf-engine/pdfium.ts';
import type { PdfRect } from '../pdf-engine/pdfium.ts';

/**
 * Small helpers over PDFium's WebAssembly memory for the redaction engine: scratch buffers of
 * floats and ints, freed by the caller's `finally`.
 */

/** The Emscripten heap views (left out of the package's types); read afresh on every use, as growing the memory replaces them. */
export interface Heap {
  readonly HEAPU8: Uint8Array;
  readonly HEAP32: Int32Array;
  readonly HEAPF32: Float32Array;
}

export function heapOf(m: Pdfium): Heap {
  return m.pdfium as unknown as Heap;
}

export class Scratch {
  private readonly ptrs: number[] = [];
  private readonly m: Pdfium;

  constructor(m: Pdfium) {
    this.m = m;
  }

  alloc(bytes: number): number {
    const ptr = this.m.pdfium.wasmExports.malloc(bytes);
    if (ptr === 0) throw new Error('PDFium is out of memory');
    this.ptrs.push(ptr);
    return ptr;
  }

  floats(ptr: number, count: number): number[] {
    return Array.from(heapOf(this.m).HEAPF32.subarray(ptr / 4, ptr / 4 + count));
  }

  setFloats(ptr: number, values: readonly number[]): void {
    heapOf(this.m).HEAPF32.set(values, ptr / 4);
  }

  free(): void {
    for (const ptr of this.ptrs.splice(0)) this.m.pdfium.wasmExports.free(ptr);
  }
}

/** An object's bounding box in page space, or undefined when PDFium cannot tell. */
export function objectBounds(m: Pdfium, scratch: Scratch, obj: number): PdfRect | undefined {
  const p = scratch.alloc(16);
  if (!m.FPDFPageObj_GetBounds(obj, p, p + 4, p + 8, p + 12)) return undefined;
  const [left, bottom, right, top] = scratch.floats(p, 4) as [number, number, number, number];
  return { left, bottom, right, top };
}

/** A PDF matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `inner` applied first, then `outer` (a form's matrix around its objects'). */
export function multiply(inner: Matrix, outer: Matrix): Matrix {
  const [a, b, c, d, e, f] = inner;
  const [A, B, C, D, E, F] = outer;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

export function objectMatrix(m: Pdfium, scratch: Scratch, obj: number): Matrix {
  const p = scratch.alloc(24);
  if (!m.FPDFPageObj_GetMatrix(obj, p)) return IDENTITY;
  return scratch.floats(p, 6) as unknown as Matrix;
}

export function intersects(a: PdfRect, b: PdfRect): boolean {
  return a.left < b.right && a.right > b.left && a.bottom < b.top && a.top > b.bottom;
}

export function contains(outer: PdfRect, inner: PdfRect): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.bottom >= outer.bottom && inner.top <= outer.top;
}

export function grow(r: PdfRect, by: number): PdfRect {
  return { left: r.left - by, bottom: r.bottom - by, right: r.right + by, top: r.top + by };
}

export function area(r: PdfRect): number {
  return Math.max(0, r.right - r.left) * Math.max(0, r.top - r.bottom);
}
