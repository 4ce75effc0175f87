import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  decodePDFRawStream,
  type PDFDocument,
} from '@cantoo/pdf-lib';
import { IDENTITY, matrixOperands, multiply, operations, type Matrix } from './content-ops.ts';

/** Where one image XObject appears: its pages and every size it is drawn at. */
export interface ImageUse {
  readonly ref: PDFRef;
  readonly stream: PDFRawStream;
  /** 1-based page numbers. */
  readonly pages: Set<number>;
  /** Drawn sizes in points (1/72 inch), from the content streams' `cm` before `Do`. */
  readonly draws: { readonly width: number; readonly height: number }[];
  /**
   * Longest page side in points, for pages whose content could not be followed or never draws
   * the image: the drawn size is at most about the page, so the dpi found is a lower bound.
   */
  readonly bounds: number[];
}

/** Form XObjects nest; deeper than this is treated as unreadable (and falls back to the page size). */
const MAX_FORM_DEPTH = 12;
const MAX_SAVED_STATES = 1024;

const XOBJECT = PDFName.of('XObject');
const SUBTYPE = PDFName.of('Subtype');
const RESOURCES = PDFName.of('Resources');
const MATRIX = PDFName.of('Matrix');
const FILTER = PDFName.of('Filter');
const USER_UNIT = PDFName.of('UserUnit');

/** Every image XObject reachable from the pages' resources (Form XObjects included), with its uses. */
export function findImages(doc: PDFDocument): Map<PDFRef, ImageUse> {
  const uses = new Map<PDFRef, ImageUse>();
  doc.getPages().forEach((page, index) => {
    const resources = page.node.Resources();
    const inResources = new Set<PDFRef>();
    collectResourceImages(doc, resources, inResources, new Set(), 0);
    const drawn = new Map<PDFRef, { width: number; height: number }[]>();
    let followed = true;
    try {
      walk(doc, pageContent(page.node.Contents()), resources, IDENTITY, drawn, new Set(), 0);
    } catch {
      followed = false;
    }
    const unit = page.node.lookup(USER_UNIT);
    const scale = unit instanceof PDFNumber && unit.asNumber() > 0 ? unit.asNumber() : 1;
    const { width, height } = page.getMediaBox();
    const longest = Math.max(Math.abs(width), Math.abs(height)) * scale;
    for (const ref of new Set([...inResources, ...drawn.keys()])) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const use = uses.get(ref) ?? { ref, stream, pages: new Set<number>(), draws: [], bounds: [] };
      uses.set(ref, use);
      use.pages.add(index + 1);
      const sizes = drawn.get(ref);
      if (followed && sizes) use.draws.push(...sizes.map((s) => ({ width: s.width * scale, height: s.height * scale })));
      else use.bounds.push(longest);
    }
  });
  return uses;
}

/**
 * The image's resolution where it is drawn largest: the lowest dpi over its uses (over both
 * axes), so resampling to a step's dpi never makes any use of it coarser than the step.
 */
export function effectiveDpi(use: ImageUse, pixelWidth: number, pixelHeight: number): number {
  const dpis = [
    ...use.draws.map((d) => Math.min(pixelWidth / (d.width / 72), pixelHeight / (d.height / 72))),
    ...use.bounds.map((side) => Math.max(pixelWidth, pixelHeight) / (side / 72)),
  ].filter((d) => Number.isFinite(d) && d > 0);
  return dpis.length === 0 ? 72 : Math.min(...dpis);
}

function walk(
  doc: PDFDocument,
  content: Uint8Array,
  resources: PDFDict | undefined,
  start: Matrix,
  drawn: Map<PDFRef, { width: number; height: number }[]>,
  forms: Set<PDFRef>,
  depth: number,
): void {
  const saved: Matrix[] = [];
  let ctm = start;
  for (const { operator, operands } of operations(content)) {
    if (operator === 'q') {
      if (saved.length >= MAX_SAVED_STATES) throw new Error('graphics state nested too deeply');
      saved.push(ctm);
    } else if (operator === 'Q') {
      ctm = saved.pop() ?? ctm;
    } else if (operator === 'cm') {
      const m = matrixOperands(operands);
      if (m) ctm = multiply(m, ctm);
    } else if (operator === 'Do') {
      const name = operands.at(-1);
      if (name === null || typeof name !== 'object') continue;
      const ref = xobjectRef(resources, name.name);
      const target = ref ? doc.context.lookup(ref) : undefined;
      if (!ref || !(target instanceof PDFStream)) continue;
      const subtype = target.dict.get(SUBTYPE);
      if (subtype === PDFName.of('Image')) {
        const width = Math.hypot(ctm[0], ctm[1]);
        const height = Math.hypot(ctm[2], ctm[3]);
        if (width > 0.01 && height > 0.01) drawn.set(ref, [...(drawn.get(ref) ?? []), { width, height }]);
      } else if (subtype === PDFName.of('Form')) {
        if (depth >= MAX_FORM_DEPTH || forms.has(ref)) throw new Error('form nesting too deep or circular');
        const own = target.dict.lookup(RESOURCES);
        forms.add(ref);
        walk(
          doc,
          streamBytes(target),
          own instanceof PDFDict ? own : resources,
          multiply(formMatrix(target), ctm),
          drawn,
          forms,
          depth + 1,
        );
        forms.delete(ref);
      }
    }
  }
}

function collectResourceImages(doc: PDFDocument, resources: PDFDict | undefined, out: Set<PDFRef>, seen: Set<PDFRef>, depth: number): void {
  const xobjects = resources?.lookup(XOBJECT);
  if (!(xobjects instanceof PDFDict) || depth > MAX_FORM_DEPTH) return;
  for (const [, value] of xobjects.entries()) {
    if (!(value instanceof PDFRef) || seen.has(value)) continue;
    seen.add(value);
    const target = doc.context.lookup(value);
    if (!(target instanceof PDFStream)) continue;
    const subtype = target.dict.get(SUBTYPE);
    if (subtype === PDFName.of('Image')) out.add(value);
    else if (subtype === PDFName.of('Form')) {
      const own = target.dict.lookup(RESOURCES);
      if (own instanceof PDFDict) collectResourceImages(doc, own, out, seen, depth + 1);
    }
  }
}

function xobjectRef(resources: PDFDict | undefined, name: string): PDFRef | undefined {
  const xobjects = resources?.lookup(XOBJECT);
  if (!(xobjects instanceof PDFDict)) return undefined;
  const value = xobjects.get(PDFName.of(name));
  return value instanceof PDFRef ? value : undefined;
}

function formMatrix(form: PDFStream): Matrix {
  const m = form.dict.lookup(MATRIX);
  if (!(m instanceof PDFArray) || m.size() !== 6) return IDENTITY;
  const values = m.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : Number.NaN));
  return matrixOperands(values) ?? IDENTITY;
}

function pageContent(contents: PDFStream | PDFArray | undefined): Uint8Array {
  if (contents instanceof PDFStream) return streamBytes(contents);
  if (!(contents instanceof PDFArray)) return new Uint8Array();
  const parts: Uint8Array[] = [];
  for (let i = 0; i < contents.size(); i += 1) {
    const part = contents.lookup(i);
    if (part instanceof PDFStream) parts.push(streamBytes(part), new Uint8Array([0x0a]));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** A content stream's decoded bytes; throws on filters pdf-lib cannot decode. */
function streamBytes(stream: PDFStream): Uint8Array {
  if (stream instanceof PDFRawStream) {
    return stream.dict.get(FILTER) === undefined ? stream.getContents() : decodePDFRawStream(stream).decode();
  }
  return stream.getContents();
}
