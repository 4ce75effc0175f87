import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type DossierDocument } from '../../../../src-main/documents/model.ts';
import { createEngineRenderers } from '../../../../src-main/packet/pages/print.ts';
import type { Printer } from '../../../../src-main/render/pdf/printer.ts';
import { loadFontLibrary } from '../../../../src-main/render/fonts/library.ts';

describe('the packet renderers', () => {
  it('print nothing again when a rebuild asks for the same two dozen documents in the same order', async () => {
    const one = await PDFDocument.create();
    one.addPage();
    const pdf = await one.save();
    let prints = 0;
    const printer: Printer = {
      print: () => {
        prints += 1;
        return Promise.resolve(pdf);
      },
      close: () => Promise.resolve(),
    };
    const renderers = createEngineRenderers(printer, loadFontLibrary());
    const docs = Array.from({ length: 24 }, (_, i): DossierDocument => ({
      meta: { title: `Document ${i + 1}`, lang: 'en' },
      page: DEFAULT_PAGE,
      blocks: [{ type: 'heading', level: 1, runs: [{ text: `Document ${i + 1}` }] }],
    }));
    for (const doc of docs) await renderers.renderDocument(doc);
    expect(prints).toBe(24);
    for (const doc of docs) await renderers.renderDocument(doc);
    expect(prints).toBe(24);
  });
});
