import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDocument, type PDFContext, type PDFRawStream } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { LadderStep } from '../../../../src-main/core/rules/portal-rules.ts';
import { classifyImage, maskRefs, type ImageSpec } from '../../../../src-main/packet/portal/classify.ts';
import { reencode, UndecodableImage, unpredict } from '../../../../src-main/packet/portal/codec.ts';

const colourStep: LadderStep = { dpi: 200, greyscale: false, jpegQuality: 80 };
const greyStep: LadderStep = { dpi: 150, greyscale: true, jpegQuality: 55 };

async function context(): Promise<PDFContext> {
  return (await PDFDocument.create()).context;
}

function image(ctx: PDFContext, dict: Record<string, unknown>, data: Uint8Array = new Uint8Array()): PDFRawStream {
  const base = {
    Type: 'XObject',
    Subtype: 'Image',
    Width: 300,
    Height: 400,
    BitsPerComponent: 8,
    ColorSpace: 'DeviceRGB',
    Filter: 'DCTDecode',
  };
  return ctx.stream(data, { ...base, ...dict });
}

function spec(ctx: PDFContext, stream: PDFRawStream): ImageSpec {
  const result = classifyImage(ctx, stream, false);
  if (typeof result === 'string') throw new Error(`left alone: ${result}`);
  return result;
}

/** The zlib stream of a PNG's IDAT chunks: scanlines with libpng's own per-row filters. */
function idat(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

describe('which images are left alone', () => {
  it('names the reason for masks, 1-bit, tiny, colour-key, unusual Decode, filters, colour spaces and depths', async () => {
    const ctx = await context();
    const reason = (dict: Record<string, unknown>, isMask = false): unknown => classifyImage(ctx, image(ctx, dict), isMask);
    expect(reason({ ImageMask: true, BitsPerComponent: 1, ColorSpace: undefined })).toBe('mask');
    expect(reason({}, true)).toBe('mask');
    expect(reason({ BitsPerComponent: 1, ColorSpace: 'DeviceGray', Filter: 'CCITTFaxDecode' })).toBe('one-bit');
    expect(reason({ Width: 40, Height: 400 })).toBe('tiny');
    expect(reason({ Width: 20_000, Height: 20_000 })).toBe('oversize');
    expect(reason({ Mask: [250, 255, 250, 255, 250, 255] })).toBe('colour-key-mask');
    expect(reason({ Filter: 'JPXDecode' })).toBe('unsupported-filter');
    expect(reason({ Filter: ['ASCII85Decode', 'DCTDecode'] })).toBe('unsupported-filter');
    expect(reason({ Filter: 'FlateDecode', DecodeParms: { Predictor: 3 } })).toBe('unsupported-filter');
    expect(reason({ ColorSpace: ['Indexed', 'DeviceRGB', 255, '(x)'] })).toBe('unsupported-colour-space');
    expect(reason({ ColorSpace: 'Pattern' })).toBe('unsupported-colour-space');
    expect(reason({ BitsPerComponent: 16, Filter: 'FlateDecode' })).toBe('unsupported-depth');
    expect(reason({ ColorSpace: 'DeviceGray', Decode: [1, 0] })).toBe('decode-array');
    expect(reason({ Width: undefined })).toBe('damaged');
  });

  it('accepts default Decode arrays, ICC profiles by component count, and PNG predictors that match the image', async () => {
    const ctx = await context();
    const profile = ctx.register(ctx.stream(new Uint8Array(10), { N: 3 }));
    expect(spec(ctx, image(ctx, { Decode: [0, 1, 0, 1, 0, 1] }))).toMatchObject({ codec: 'jpeg', components: 3 });
    expect(spec(ctx, image(ctx, { ColorSpace: ['ICCBased', profile] }))).toMatchObject({ components: 3 });
    expect(spec(ctx, image(ctx, { ColorSpace: 'DeviceCMYK', Filter: 'FlateDecode' }))).toMatchObject({ codec: 'raw', components: 4 });
    expect(classifyImage(ctx, image(ctx, { ColorSpace: 'DeviceCMYK' }), false)).toBe('unsupported-colour-space');
    expect(
      spec(ctx, image(ctx, { Filter: 'FlateDecode', ColorSpace: 'DeviceGray', DecodeParms: { Predictor: 15, Colors: 1, Columns: 300 } })),
    ).toMatchObject({ codec: 'raw', flate: true, components: 1, predictor: { kind: 'png', colors: 1, columns: 300 } });
    expect(classifyImage(ctx, image(ctx, { Filter: 'FlateDecode', DecodeParms: { Predictor: 15, Colors: 3, Columns: 299 } }), false)).toBe(
      'unsupported-depth',
    );
  });

  it('finds the images other images use as soft or stencil masks', async () => {
    const ctx = await context();
    const soft = ctx.register(image(ctx, { ColorSpace: 'DeviceGray' }));
    const stencil = ctx.register(image(ctx, { ImageMask: true }));
    const refs = maskRefs([image(ctx, { SMask: soft }), image(ctx, { Mask: stencil }), image(ctx, { Mask: [0, 1, 0, 1, 0, 1] })]);
    expect([...refs]).toEqual([soft, stencil]);
  });
});

describe('decoding and re-encoding', () => {
  it('undoes PNG predictors exactly as libpng applied them', async () => {
    const width = 97;
    const height = 61;
    const noise = Buffer.alloc(width * height * 3);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919 + ((i / 3) | 0) * 31) % 251;
    const raw = sharp(noise, { raw: { width, height, channels: 3 } });
    const png = await raw.clone().png({ adaptiveFiltering: true, compressionLevel: 9 }).toBuffer();
    const filtered = inflateSync(idat(png));
    const rows = new Set(Array.from({ length: height }, (_, r) => filtered[r * (width * 3 + 1)]));
    expect(rows.size).toBeGreaterThan(1);
    const out = unpredict(new Uint8Array(filtered), { kind: 'png', colors: 3, columns: width }, height);
    expect(Buffer.from(out).equals(noise)).toBe(true);
  });

  it('undoes the TIFF predictor (horizontal differences)', () => {
    const width = 5;
    const rows = [
      [10, 20, 30, 40, 50],
      [200, 100, 0, 255, 1],
    ];
    const differenced = rows.flatMap((row) => row.map((v, x) => (x === 0 ? v : (v - (row[x - 1] ?? 0) + 256) & 0xff)));
    expect([...unpredict(new Uint8Array(differenced), { kind: 'tiff', colors: 1, columns: width }, 2)]).toEqual(rows.flat());
  });

  it('re-encodes a Flate RGB image as a smaller greyscale JPEG with the asked pixels and no metadata', async () => {
    const ctx = await context();
    const width = 300;
    const height = 400;
    const rgb = Buffer.alloc(width * height * 3, 0);
    for (let i = 0; i < rgb.length; i += 3) rgb[i] = (i / 3) % 256;
    const stream = image(ctx, { Filter: 'FlateDecode' }, deflateSync(rgb));
    const encoded = await reencode(stream, spec(ctx, stream), 150, 200, greyStep);
    expect(encoded).toMatchObject({ width: 150, height: 200, channels: 1 });
    const meta = await sharp(encoded.data).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 150, height: 200, channels: 1 });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
  });

  it('converts a Flate CMYK image to RGB before encoding it', async () => {
    const ctx = await context();
    const cmyk = Buffer.alloc(300 * 400 * 4);
    for (let i = 0; i < cmyk.length; i += 4) cmyk.set([0, 255, 255, 0], i);
    const stream = image(ctx, { Filter: 'FlateDecode', ColorSpace: 'DeviceCMYK' }, deflateSync(cmyk));
    const encoded = await reencode(stream, spec(ctx, stream), 300, 400, colourStep);
    expect(encoded.channels).toBe(3);
    const { channels } = await sharp(encoded.data).stats();
    expect(channels.map((c) => Math.round(c.mean / 16))).toEqual([16, 0, 0]);
  });

  it('keeps a colour JPEG in colour at a colour step and never enlarges it', async () => {
    const ctx = await context();
    const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#c33' } })
      .jpeg({ quality: 95 })
      .toBuffer();
    const stream = image(ctx, {}, jpeg);
    const encoded = await reencode(stream, spec(ctx, stream), 300, 400, colourStep);
    expect(encoded).toMatchObject({ width: 300, height: 400, channels: 3 });
    const { dominant } = await sharp(encoded.data).stats();
    expect(dominant.r).toBeGreaterThan(150);
    expect(dominant.g).toBeLessThan(100);
  });

  it('refuses damaged data rather than re-encoding what it could read of it', async () => {
    const ctx = await context();
    const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#345' } })
      .jpeg()
      .toBuffer();
    const truncated = image(ctx, {}, jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    await expect(reencode(truncated, spec(ctx, truncated), 300, 400, colourStep)).rejects.toBeInstanceOf(UndecodableImage);
    const rgb = deflateSync(Buffer.alloc(300 * 400 * 3, 90));
    const shortFlate = image(ctx, { Filter: 'FlateDecode' }, rgb.subarray(0, rgb.length - 40));
    await expect(reencode(shortFlate, spec(ctx, shortFlate), 300, 400, colourStep)).rejects.toBeInstanceOf(UndecodableImage);
    const tooFew = image(ctx, { Filter: 'FlateDecode' }, deflateSync(Buffer.alloc(300 * 399 * 3, 90)));
    await expect(reencode(tooFew, spec(ctx, tooFew), 300, 400, colourStep)).rejects.toBeInstanceOf(UndecodableImage);
  });
});
