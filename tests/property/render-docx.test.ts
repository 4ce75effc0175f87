import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, DossierDocument, TextRun } from '../../src-main/documents/model.ts';
import { DEFAULT_PAGE } from '../../src-main/documents/model.ts';
import { renderDocx } from '../../src-main/render/docx/render-docx.ts';
import { docxParts, parseXml } from '../helpers/docx-xml.ts';

/** Any code point, lone surrogates, C0/C1 controls and noncharacters, mixed with ordinary text. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      '\uD800',
      '\uDFFF',
      '\uFFFE',
      '\uFFFF',
      '\u0000',
      '\u0001',
      '\u001F',
      '\u0085',
      '\u009F',
      '\r',
      '\n',
      '\t',
      '\u202E',
      '<',
      '&',
      ']]>',
      'ا',
      '한',
      'ก',
      '\u{10FFFF}',
    ),
  }),
  fc.string(),
);
const lang = fc.oneof(
  fc.constantFrom('en', 'fa', 'ar', 'ko', 'zh-Hant-HK', 'ja', 'th', 'hi', 'am', 'ur', 'pa-Arab'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const dir = fc.constantFrom(undefined, 'ltr', 'rtl', 'auto');

const run: fc.Arbitrary<TextRun> = fc
  .record({
    text: nasty,
    lang: fc.option(lang, { nil: undefined }),
    dir,
    bold: fc.boolean(),
    italic: fc.boolean(),
    underline: fc.boolean(),
  })
  .map(({ lang: l, dir: d, ...r }) => ({ ...r, ...(l === undefined ? {} : { lang: l }), ...(d === undefined ? {} : { dir: d }) }));
const runs = fc.array(run, { maxLength: 3 });
const para: fc.Arbitrary<Block> = runs.map((r) => ({ type: 'paragraph', runs: r }));

const block: fc.Arbitrary<Block> = fc.oneof(
  para,
  fc.record({ level: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4), runs }).map((h): Block => ({ type: 'heading', ...h })),
  fc
    .record({
      ordered: fc.boolean(),
      items: fc.array(
        fc.array(para, { maxLength: 2 }).map((blocks) => ({ blocks })),
        { maxLength: 3 },
      ),
    })
    .map((l): Block => ({ type: 'list', ...l })),
  fc
    .record({
      rows: fc.array(fc.array(para, { maxLength: 3 }), { maxLength: 3 }),
      widths: fc.array(fc.double(), { maxLength: 4 }),
      span: fc.integer({ min: -2, max: 5 }),
    })
    .map(({ rows, widths, span }): Block => ({
      type: 'table',
      headerRows: [{ cells: [{ blocks: [], colSpan: span }] }],
      rows: rows.map((cells) => ({ cells: cells.map((p) => ({ blocks: [p] })) })),
      columnWidths: widths,
    })),
  fc.record({ label: runs, name: runs, details: fc.array(runs, { maxLength: 2 }) }).map((s): Block => ({ type: 'signature', ...s })),
  fc.record({ left: runs, right: runs, l: lang, r: lang }).map(({ left, right, l, r }): Block => ({
    type: 'bilingual',
    headers: { left, right },
    rows: [
      { left: { lang: l, blocks: [{ type: 'paragraph', runs: left }] }, right: { lang: r, blocks: [{ type: 'paragraph', runs: right }] } },
    ],
  })),
  fc
    .record({ alt: nasty, w: fc.double(), h: fc.double() })
    .map(({ alt, w, h }): Block => ({ type: 'image', imageId: 'x', mediaType: 'image/png', alt, widthPt: w, heightPt: h })),
  fc.constant<Block>({ type: 'page-break' }),
);

const documentArb: fc.Arbitrary<DossierDocument> = fc
  .record({ title: nasty, lang, blocks: fc.array(block, { maxLength: 5 }), header: nasty, footer: nasty })
  .map((d) => ({
    meta: { title: d.title, lang: d.lang, subject: d.title },
    page: { ...DEFAULT_PAGE, header: { left: d.header, center: '{page}' }, footer: { right: d.footer } },
    blocks: d.blocks,
  }));

describe('renderDocx with arbitrary text', () => {
  it('never throws and every XML part parses', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const parts = docxParts(await renderDocx(doc));
        for (const [name, text] of Object.entries(parts)) if (/\.(xml|rels)$/u.test(name)) expect(() => parseXml(text), name).not.toThrow();
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
