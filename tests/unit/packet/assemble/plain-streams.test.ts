import { PDFContentStream, PDFDocument, PDFName, PDFRawStream, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { writeDrawnStreamsPlain } from '../../../../src-main/packet/assemble/plain-streams.ts';
import { stampLabel } from '../../../../src-main/packet/assemble/stamp.ts';

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

describe('the streams the assembly draws', () => {
  it('are saved plain with the same operators, and streams copied from a source keep their encoding', async () => {
    const source = await PDFDocument.create();
    source.addPage([612, 792]).drawText('Exhibit text', { font: await source.embedFont(StandardFonts.TimesRoman) });
    const sourceBytes = await source.save();
    const sourceDoc = await PDFDocument.load(sourceBytes);

    const out = await PDFDocument.create({ updateMetadata: false });
    const font = await out.embedFont(StandardFonts.Helvetica);
    const [page] = await out.copyPages(sourceDoc, [0]);
    if (!page) throw new Error('no page copied');
    out.addPage(page);
    stampLabel(page, 'Page 1 of 1', font, 'bottom-right');
    // The stamp, and the `q` and `Q` streams pdf-lib wraps around a page's own content.
    const operators = out.context
      .enumerateIndirectObjects()
      .flatMap(([, o]) => (o instanceof PDFContentStream ? [latin1(o.getUnencodedContents())] : []));
    expect(operators).toHaveLength(3);
    expect(operators.filter((o) => / Tj\n/u.test(o))).toHaveLength(1);

    writeDrawnStreamsPlain(out);
    expect(out.context.enumerateIndirectObjects().some(([, o]) => o instanceof PDFContentStream)).toBe(false);
    const saved = await PDFDocument.load(await out.save({ useObjectStreams: true }));
    const streams = saved.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.has(PDFName.of('Length')));
    const plain = streams.filter((s) => s.dict.get(PDFName.of('Filter')) === undefined).map((s) => latin1(s.getContents()));
    expect(plain.sort()).toEqual([...operators].sort());
    // The exhibit's own page content is still compressed as the source wrote it.
    expect(streams.some((s) => s.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode'))).toBe(true);
    expect(saved.getPageCount()).toBe(1);
  });
});
