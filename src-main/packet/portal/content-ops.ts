/**
 * A small PDF content-stream reader: just enough to follow the graphics state (`q`, `Q`, `cm`)
 * and find `Do`, so an image's drawn size (hence its real dpi) is known. Strings, arrays,
 * dictionaries and inline image data are skipped so their bytes are never read as operators.
 */

export type Matrix = readonly [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` then `n`: the matrix of applying `m` inside the space `n` maps (PDF's `m × n`). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m;
  const [a2, b2, c2, d2, e2, f2] = n;
  return [a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2, e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2];
}

/** An operand we care about: a number, a name as written (`#xx` escapes kept), or anything else. */
export type Operand = number | { readonly name: string } | null;

export interface Operation {
  readonly operator: string;
  readonly operands: readonly Operand[];
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/u;
/** More operands than any operator takes: a runaway stream is cut off rather than buffered. */
const MAX_OPERANDS = 64;

const isWhite = (b: number | undefined): boolean => b === undefined || WHITE.has(b);
const isRegular = (b: number | undefined): boolean => b !== undefined && !WHITE.has(b) && !DELIMS.has(b);

/** Every operator in the stream with its operands, in order. */
export function* operations(bytes: Uint8Array): Generator<Operation> {
  let operands: Operand[] = [];
  let i = 0;
  const n = bytes.length;
  const push = (o: Operand): void => {
    if (operands.length < MAX_OPERANDS) operands.push(o);
  };
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (WHITE.has(b)) {
      i += 1;
    } else if (b === 0x25) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i += 1;
    } else if (b === 0x28) {
      i = skipLiteralString(bytes, i);
      push(null);
    } else if (b === 0x3c && bytes[i + 1] === 0x3c) {
      i += 2;
      push(null);
    } else if (b === 0x3e && bytes[i + 1] === 0x3e) {
      i += 2;
      push(null);
    } else if (b === 0x3c) {
      while (i < n && bytes[i] !== 0x3e) i += 1;
      i += 1;
      push(null);
    } else if (b === 0x2f) {
      const start = i + 1;
      i = start;
      while (isRegular(bytes[i])) i += 1;
      push({ name: latin1(bytes.subarray(start, i)) });
    } else if (DELIMS.has(b)) {
      i += 1;
      push(null);
    } else {
      const start = i;
      while (isRegular(bytes[i])) i += 1;
      const word = latin1(bytes.subarray(start, i));
      if (NUMBER.test(word)) {
        push(Number(word));
      } else if (word === 'true' || word === 'false' || word === 'null') {
        push(null);
      } else if (word === 'BI') {
        i = skipInlineImage(bytes, i);
        operands = [];
      } else {
        yield { operator: word, operands };
        operands = [];
      }
    }
  }
}

function skipLiteralString(bytes: Uint8Array, start: number): number {
  let depth = 0;
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x5c) i += 2;
    else {
      if (b === 0x28) depth += 1;
      else if (b === 0x29) {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
      i += 1;
    }
  }
  return i;
}

/** From after `BI`: past the dictionary, `ID`, the binary data and `EI` (white space on both sides). */
function skipInlineImage(bytes: Uint8Array, from: number): number {
  let i = from;
  const n = bytes.length;
  while (i < n && !(bytes[i] === 0x49 && bytes[i + 1] === 0x44 && isWhite(bytes[i - 1]) && isWhite(bytes[i + 2]))) i += 1;
  i += 3;
  while (i < n && !(bytes[i] === 0x45 && bytes[i + 1] === 0x49 && isWhite(bytes[i - 1]) && isWhite(bytes[i + 2]))) i += 1;
  return i + 2;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** Reads the six numbers of a `cm` operator, or nothing when they are not six finite numbers. */
export function matrixOperands(operands: readonly Operand[]): Matrix | undefined {
  if (operands.length < 6) return undefined;
  const six = operands.slice(-6);
  if (!six.every((o): o is number => typeof o === 'number' && Number.isFinite(o))) return undefined;
  return six as unknown as Matrix;
}
