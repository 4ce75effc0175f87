import { PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext } from '@cantoo/pdf-lib';

/** Why an image is left exactly as it is. */
export const skipReasons = [
  'mask',
  'one-bit',
  'tiny',
  'decode-array',
  'colour-key-mask',
  'unsupported-filter',
  'unsupported-colour-space',
  'unsupported-depth',
  'oversize',
  'damaged',
] as const;
export type SkipReason = (typeof skipReasons)[number];

/** An image Dossier can decode and re-encode. */
export interface ImageSpec {
  readonly width: number;
  readonly height: number;
  /** `jpeg`: the stream is a JPEG file (DCTDecode); `raw`: 8-bit samples, Flate-compressed or plain. */
  readonly codec: 'jpeg' | 'raw';
  /** Colour components the PDF declares: 1 grey, 3 RGB, 4 CMYK. */
  readonly components: 1 | 3 | 4;
  readonly predictor: Predictor | undefined;
  readonly flate: boolean;
}

/** PNG (10–15) or TIFF (2) predictor of a Flate stream, for 8-bit samples. */
export interface Predictor {
  readonly kind: 'png' | 'tiff';
  readonly colors: number;
  readonly columns: number;
}

/** Images smaller than this on either side are icons or rules: too small to be worth touching. */
export const MIN_SIDE_PX = 64;
/** The exhibit importer's decoded-pixel cap: anything larger is an image bomb, never decoded. */
export const MAX_PIXELS = 150_000_000;

const n = (s: string): PDFName => PDFName.of(s);

/** Refs of images other images use as masks (/SMask, /Mask): those are never re-encoded lossily. */
export function maskRefs(streams: Iterable<PDFRawStream>): Set<PDFRef> {
  const refs = new Set<PDFRef>();
  for (const stream of streams) {
    for (const key of ['SMask', 'Mask']) {
      const value = stream.dict.get(n(key));
      if (value instanceof PDFRef) refs.add(value);
    }
  }
  return refs;
}

/** What the image is, or why it is left alone. */
export function classifyImage(context: PDFContext, stream: PDFRawStream, isMask: boolean): ImageSpec | SkipReason {
  const dict = stream.dict;
  const imageMask = dict.lookup(n('ImageMask'));
  if (isMask || (imageMask instanceof PDFBool && imageMask.asBoolean())) return 'mask';
  const width = num(dict.lookup(n('Width')));
  const height = num(dict.lookup(n('Height')));
  const bpc = num(dict.lookup(n('BitsPerComponent')));
  if (width === undefined || height === undefined || width < 1 || height < 1) return 'damaged';
  if (bpc === 1) return 'one-bit';
  if (width < MIN_SIDE_PX || height < MIN_SIDE_PX) return 'tiny';
  if (width * height > MAX_PIXELS) return 'oversize';
  if (dict.lookup(n('Mask')) instanceof PDFArray) return 'colour-key-mask';

  const filter = singleFilter(dict.lookup(n('Filter')));
  if (filter === undefined || (filter !== 'DCTDecode' && filter !== 'FlateDecode' && filter !== 'none')) return 'unsupported-filter';
  const components = colourComponents(context, dict.lookup(n('ColorSpace')));
  // A CMYK JPEG's inversion (Adobe APP14 or not) is read differently by different viewers: never guessed.
  if (components === undefined || (components === 4 && filter === 'DCTDecode')) return 'unsupported-colour-space';
  if (bpc !== 8) return 'unsupported-depth';
  if (!defaultDecode(dict.lookup(n('Decode')), components)) return 'decode-array';

  let predictor: Predictor | undefined;
  if (filter === 'FlateDecode') {
    const parms = dict.lookup(n('DecodeParms'));
    const params = parms instanceof PDFArray ? parms.lookup(0) : parms;
    const p = params instanceof PDFDict ? (num(params.lookup(n('Predictor'))) ?? 1) : 1;
    if (p >= 10 || p === 2) {
      if (params instanceof PDFDict && !predictorMatches(params, components, width)) return 'unsupported-depth';
      predictor = { kind: p === 2 ? 'tiff' : 'png', colors: components, columns: width };
    } else if (p !== 1) return 'unsupported-filter';
  }
  return { width, height, codec: filter === 'DCTDecode' ? 'jpeg' : 'raw', components, predictor, flate: filter === 'FlateDecode' };
}

function predictorMatches(params: PDFDict, components: number, width: number): boolean {
  const colors = num(params.lookup(n('Colors'))) ?? 1;
  const bits = num(params.lookup(n('BitsPerComponent'))) ?? 8;
  const columns = num(params.lookup(n('Columns'))) ?? 1;
  return colors === components && bits === 8 && columns === width;
}

function singleFilter(filter: unknown): string | undefined {
  if (filter === undefined) return 'none';
  if (filter instanceof PDFName) return filter.asString().slice(1);
  if (filter instanceof PDFArray) {
    if (filter.size() === 0) return 'none';
    const only = filter.size() === 1 ? filter.get(0) : undefined;
    return only instanceof PDFName ? only.asString().slice(1) : undefined;
  }
  return undefined;
}

function colourComponents(context: PDFContext, space: unknown): 1 | 3 | 4 | undefined {
  if (space instanceof PDFName) {
    return ({ '/DeviceGray': 1, '/DeviceRGB': 3, '/DeviceCMYK': 4 } as const)[space.asString()];
  }
  if (!(space instanceof PDFArray)) return undefined;
  const family = space.lookup(0);
  if (!(family instanceof PDFName)) return undefined;
  if (family.asString() === '/CalGray') return 1;
  if (family.asString() === '/CalRGB') return 3;
  if (family.asString() === '/ICCBased') {
    const profile = context.lookup(space.get(1));
    const components = profile instanceof PDFRawStream ? num(profile.dict.lookup(n('N'))) : undefined;
    return components === 1 || components === 3 || components === 4 ? components : undefined;
  }
  return undefined;
}

function defaultDecode(decode: unknown, components: number): boolean {
  if (decode === undefined) return true;
  if (!(decode instanceof PDFArray) || decode.size() !== components * 2) return false;
  return decode.asArray().every((v, i) => v instanceof PDFNumber && v.asNumber() === i % 2);
}

function num(value: unknown): number | undefined {
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}
