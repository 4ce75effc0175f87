import { PDFDocument, PDFName, PDFRawStream, type PDFRef } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { multiply, operations } from '../../../../src-main/packet/portal/content-ops.ts';
import { effectiveDpi, findImages, type ImageUse } from '../../../../src-main/packet/portal/find-images.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

async function jpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#8a6' } })
    .jpeg()
    .toBuffer();
}

/** A document whose pages have the given raw content streams, all able to draw /Im1 (a 400 × 520 px image). */
async function docWith(contents: readonly string[], extra?: (doc: PDFDocument, image: PDFRef) => void): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(await jpeg(400, 520));
  for (const content of contents) {
    const page = doc.addPage([612, 792]);
    page.node.setXObject(PDFName.of('Im1'), image.ref);
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(content)));
  }
  extra?.(doc, image.ref);
  return PDFDocument.load(await doc.save());
}

function only(uses: Map<PDFRef, ImageUse>): ImageUse {
  const [use, ...rest] = [...uses.values()];
  if (!use || rest.length > 0) throw new Error(`expected one image, found ${uses.size}`);
  return use;
}

describe('content stream reading', () => {
  it('yields operators with their operands and skips strings, arrays, dictionaries and inline images', () => {
    const ops = [
      ...operations(
        bytes(
          '% a comment with 1 0 0 1 0 0 cm\n(a string (nested) with 1 2 3 4 5 6 cm and \\) /Im1 Do) Tj\n' +
            '[(x) -20 (y)] TJ /P <</MCID 0>> BDC\n<48656c6c6f> Tj\n' +
            'BI /W 2 /H 2 /BPC 8 /CS /G ID \x00Do cm\xff EI\n2 0 0 2 10 20 cm /Im#31 Do',
        ),
      ),
    ];
    expect(ops.map((o) => o.operator)).toEqual(['Tj', 'TJ', 'BDC', 'Tj', 'cm', 'Do']);
    expect(ops[4]?.operands).toEqual([2, 0, 0, 2, 10, 20]);
    expect(ops[5]?.operands).toEqual([{ name: 'Im#31' }]);
  });

  it('multiplies matrices in PDF order (the first applied inside the second)', () => {
    expect(multiply([2, 0, 0, 3, 0, 0], [1, 0, 0, 1, 10, 20])).toEqual([2, 0, 0, 3, 10, 20]);
    expect(multiply([1, 0, 0, 1, 10, 20], [2, 0, 0, 3, 0, 0])).toEqual([2, 0, 0, 3, 20, 60]);
  });
});

describe('finding images and the size they are drawn at', () => {
  it('reads the dpi from the cm before Do, through q/Q', async () => {
    // 400 px across 200 pt (2.78 in) = 144 dpi; 520 px across 260 pt = 144 dpi.
    const doc = await docWith(['q 0.5 0 0 0.5 0 0 cm q 400 0 0 520 36 36 cm /Im1 Do Q Q 1 0 0 1 5 5 cm']);
    const use = only(findImages(doc));
    expect([...use.pages]).toEqual([1]);
    expect(use.draws).toEqual([{ width: 200, height: 260 }]);
    expect(effectiveDpi(use, 400, 520)).toBeCloseTo(144, 5);
  });

  it('takes the largest drawing of an image used on several pages (the lowest dpi)', async () => {
    const doc = await docWith(['q 100 0 0 130 0 0 cm /Im1 Do Q', 'q 400 0 0 520 0 0 cm /Im1 Do Q']);
    const use = only(findImages(doc));
    expect([...use.pages]).toEqual([1, 2]);
    expect(effectiveDpi(use, 400, 520)).toBeCloseTo(72, 5);
  });

  it('follows nested Form XObjects with their /Matrix and own resources', async () => {
    const doc = await docWith(['q 2 0 0 2 0 0 cm /Fm1 Do Q'], (d, image) => {
      const form = d.context.stream('q 200 0 0 260 0 0 cm /Inner Do Q', {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 612, 792],
        Matrix: [0.5, 0, 0, 0.5, 0, 0],
        Resources: { XObject: { Inner: image } },
      });
      d.getPage(0).node.setXObject(PDFName.of('Fm1'), d.context.register(form));
    });
    const use = only(findImages(doc));
    // 200 pt × 0.5 × 2 = 200 pt wide: 400 px / (200/72 in) = 144 dpi.
    expect(use.draws).toEqual([{ width: 200, height: 260 }]);
    expect(effectiveDpi(use, 400, 520)).toBeCloseTo(144, 5);
  });

  it('bounds the dpi by the page when the content cannot be read: never higher than the truth', async () => {
    const doc = await docWith(['q 100 0 0 130 0 0 cm /Im1 Do Q'], (d) => {
      const unreadable = d.context.stream('garbage', { Filter: 'JBIG2Decode' });
      d.getPage(0).node.set(PDFName.of('Contents'), d.context.register(unreadable));
    });
    const use = only(findImages(doc));
    expect(use.draws).toEqual([]);
    expect(use.bounds).toEqual([792]);
    // 520 px over the page's 11 in: 47 dpi, below the 288 dpi it is really drawn at.
    expect(effectiveDpi(use, 400, 520)).toBeCloseTo(520 / 11, 5);
  });

  it('counts an image that is in the resources but never drawn, bounded by the page', async () => {
    const doc = await docWith(['BT ET']);
    const use = only(findImages(doc));
    expect([...use.pages]).toEqual([1]);
    expect(use.bounds).toEqual([792]);
  });

  it('is not fooled by a self-referencing form', async () => {
    const doc = await docWith(['/Loop Do q 400 0 0 520 0 0 cm /Im1 Do Q'], (d) => {
      const ref = d.context.nextRef();
      d.context.assign(ref, d.context.stream('/Loop Do', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1] }));
      d.getPage(0).node.setXObject(PDFName.of('Loop'), ref);
      const form = d.context.lookup(ref);
      if (!(form instanceof PDFRawStream)) throw new Error('form');
      form.dict.set(PDFName.of('Resources'), d.context.obj({ XObject: { Loop: ref } }));
    });
    const use = only(findImages(doc));
    expect(use.bounds).toEqual([792]);
  });
});
