import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type DossierDocument } from '../../../../src-main/documents/model.ts';
import { createEngineRenderers } from '../../../../src-main/packet/pages/print.ts';
import { PrintMemo } from '../../../../src-main/packet/pages/print-memo.ts';
import type { Printer } from '../../../../src-main/render/pdf/printer.ts';
import { loadFontLibrary } from '../../../../src-main/render/fonts/library.ts';

const bytes = (n: number): Uint8Array => new Uint8Array(n);

describe('PrintMemo', () => {
  it('keeps what was used last when it must drop one', () => {
    const memo = new PrintMemo(2, 1000);
    memo.set('a', bytes(1));
    memo.set('b', bytes(1));
    expect(memo.get('a')).toHaveLength(1);
    memo.set('c', bytes(1));
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toHaveLength(1);
    expect(memo.get('c')).toHaveLength(1);
    expect(memo.size).toBe(2);
  });

  it('is bounded by bytes as well as by count, and always keeps the newest', () => {
    const memo = new PrintMemo(10, 100);
    memo.set('a', bytes(60));
    memo.set('b', bytes(60));
    expect(memo.get('a')).toBeUndefined();
    expect(memo.get('b')).toHaveLength(60);
    memo.set('huge', bytes(500));
    expect(memo.get('huge')).toHaveLength(500);
    expect(memo.size).toBe(1);
  });

  it('replacing an entry counts its bytes once', () => {
    const memo = new PrintMemo(10, 100);
    memo.set('a', bytes(50));
    memo.set('a', bytes(50));
    memo.set('b', bytes(50));
    expect(memo.get('a')).toHaveLength(50);
    expect(memo.get('b')).toHaveLength(50);
  });
});

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
