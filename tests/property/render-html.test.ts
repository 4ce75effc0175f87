import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXmlText } from '../../src-main/core/text/normalize.ts';
import { DEFAULT_PAGE, type DossierDocument } from '../../src-main/documents/model.ts';
import { renderHtml } from '../../src-main/render/html/render-html.ts';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 }),
);

const noFonts = { faces: [], url: () => '', cspSource: "'self'" };

describe('renderHtml properties', () => {
  it('never throws and writes only XML-valid text, with no markup from the input', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (title, text, lang, footer) => {
        const doc: DossierDocument = {
          meta: { title, lang },
          page: { ...DEFAULT_PAGE, footer: { center: footer } },
          blocks: [
            { type: 'paragraph', lang, runs: [{ text, bold: true }] },
            { type: 'table', headerRows: [{ cells: [{ blocks: [{ type: 'paragraph', runs: [{ text }] }] }] }], rows: [] },
          ],
        };
        const html = renderHtml(doc, { fonts: noFonts });
        expect(isXmlText(html)).toBe(true);
        // Exactly the elements the renderer writes: nothing from the input became a tag.
        expect(html.match(/<script/giu)).toBeNull();
        expect(html.match(/<\/style>/gu)?.length).toBe(1);
        expect(html.match(/<p[ >]/gu)?.length).toBe(2);
      }),
      { numRuns: 300 },
    );
  });
});
