import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { DEFAULT_PAGE, type Block, type DossierDocument, type TextRun } from '../../../src-main/documents/model.ts';
import { keepGroups } from '../../../src-main/render/keep-groups.ts';
import { renderHtml } from '../../../src-main/render/html/render-html.ts';
import { renderDocx } from '../../../src-main/render/docx/render-docx.ts';
import { bodyParagraphs, child, children, paragraphText, parseXml, part } from '../../helpers/docx-xml.ts';

const fonts = { faces: [], url: () => '', cspSource: "'self'" };
const doc = (blocks: Block[]): DossierDocument => ({ meta: { title: 'Release plan', lang: 'en' }, page: DEFAULT_PAGE, blocks });
const para = (text: string, extra: Partial<TextRun> = {}): Block => ({ type: 'paragraph', runs: [{ text, ...extra }] });
const heading = (text: string, level: 1 | 2 | 3 = 2): Block => ({ type: 'heading', level, runs: [{ text }] });
const list = (...items: string[]): Block => ({ type: 'list', ordered: true, items: items.map((t) => ({ blocks: [para(t)] })) });
const signature: Block = { type: 'signature', label: [{ text: 'Adaeze Okafor' }], details: [[{ text: 'Counsel' }]] };
const table = (rows: number): Block => ({
  type: 'table',
  headerRows: [{ cells: [{ blocks: [para('Date')] }, { blocks: [para('Event')] }] }],
  rows: Array.from({ length: rows }, (_, i) => ({ cells: [{ blocks: [para(`2026-03-${10 + i}`)] }, { blocks: [para(`Event ${i}`)] }] })),
});
const body = (html: string): string => html.slice(html.indexOf('<body>'));
const css = (html: string): string => html.slice(html.indexOf('<style>'), html.indexOf('</style>'));

describe('keep groups', () => {
  it('group a heading run with the first block after it, and only the first item of a list', () => {
    const groups = keepGroups([
      heading('Release plan', 1),
      heading('Grounds'),
      para('Body.'),
      heading('Conditions'),
      list('One', 'Two', 'Three'),
    ]);
    expect(groups.map((g) => [g.keep, g.pieces.map((p) => p.block.type)])).toEqual([
      ['with-next', ['heading', 'heading', 'paragraph']],
      ['with-next', ['heading', 'list']],
      [undefined, ['list']],
    ]);
    expect(groups[1]?.pieces[1]?.items).toEqual({ from: 0, to: 1 });
    expect(groups[2]?.pieces[0]?.items).toEqual({ from: 1, to: 3 });
  });

  it('group a signature with the closing and the last paragraph of the body, or the last item of a list', () => {
    const letter = keepGroups([para('First.'), para('For these reasons, release.'), para('Yours truly,'), signature]);
    expect(letter.at(-1)).toEqual({
      keep: 'closing',
      pieces: [para('For these reasons, release.'), para('Yours truly,'), signature].map((block) => ({ block })),
    });
    const declaration = keepGroups([list('I am a citizen.', 'I will report.'), signature]);
    expect(declaration.at(-1)?.keep).toBe('closing');
    expect(declaration.at(-1)?.pieces[0]?.items).toEqual({ from: 1, to: 2 });
  });

  it('keep a paragraph that introduces what follows with it, in the body and before a signature', () => {
    const body = keepGroups([para('The following conditions answer this ground:'), list('Appear.', 'Report.')]);
    expect(body[0]).toMatchObject({ keep: 'with-next', pieces: [{ block: { type: 'paragraph' } }, { items: { from: 0, to: 1 } }] });
    const stamp = keepGroups([
      para('Body.'),
      para('My stamp or seal, placed below, reads:'),
      para('WONG Mei-ling, ATIO 10442'),
      para('/s/ WONG'),
      signature,
    ]);
    expect(stamp.at(-1)?.pieces.map((p) => p.block)).toEqual([
      para('My stamp or seal, placed below, reads:'),
      para('WONG Mei-ling, ATIO 10442'),
      para('/s/ WONG'),
      signature,
    ]);
  });

  it('leave a long table to break under its heading, and move a short one whole with it', () => {
    expect(keepGroups([heading('Chronology'), table(12)]).map((g) => g.pieces.length)).toEqual([1, 1]);
    expect(keepGroups([heading('Forms'), table(2)])[0]).toMatchObject({ keep: 'with-next', pieces: [{}, {}] });
  });
});

describe('pagination in the HTML printed to PDF', () => {
  it('sets widows and orphans to 2, keeps headings with what follows, rows whole and header rows repeated', () => {
    const style = css(renderHtml(doc([para('x')]), { fonts }));
    expect(style).toContain('orphans:2;widows:2');
    expect(style).toMatch(/p\{[^}]*orphans:2;widows:2;/u);
    expect(style).toMatch(/h1,h2,h3,h4\{[^}]*break-after:avoid;/u);
    expect(style).toContain('.keep-with-next,.keep-closing{break-inside:avoid;}');
    expect(style).toContain('tr{break-inside:avoid;}');
    expect(style).toContain('thead{display:table-header-group;}');
    expect(style).toContain('.keep{white-space:nowrap;}');
    expect(style).toContain('ul.cut,ol.cut{margin-bottom:0;}');
  });

  it('wraps a heading and its first block in one unbreakable group', () => {
    const html = body(renderHtml(doc([heading('Residence'), para('She will live at 14 Elmwood Crescent.'), para('Next.')]), { fonts }));
    expect(html).toContain(
      '<div class="keep-with-next"><h2>Residence</h2>\n<p>She will live at 14 Elmwood Crescent.</p></div>\n<p>Next.</p>',
    );
  });

  it('takes only the first item of a list into the heading group, the list continuing at its own number', () => {
    const html = body(renderHtml(doc([heading('Proposed conditions'), list('Appear.', 'Report.', 'Reside.')]), { fonts }));
    expect(html).toContain('<div class="keep-with-next"><h2>Proposed conditions</h2>\n<ol class="cut"><li><p>Appear.</p></li></ol></div>');
    expect(html).toContain('<ol start="2"><li><p>Report.</p></li><li><p>Reside.</p></li></ol>');
  });

  it('never splits a short paragraph after a table, where Chromium ignores widows', () => {
    const html = body(
      renderHtml(doc([table(2), para('Check the current IRCC application kit before filing.'), para('Prepared on March 17, 2026.')]), {
        fonts,
      }),
    );
    expect(html).toContain('<p class="whole">Check the current IRCC application kit before filing.</p>');
    expect(html).toContain('<p>Prepared on March 17, 2026.</p>');
    expect(css(renderHtml(doc([para('x')]), { fonts }))).toContain('p.whole{break-inside:avoid;}');
  });

  it('never leaves a signature alone: the last paragraph, the closing and the signature print together', () => {
    const html = body(renderHtml(doc([para('Body.'), para('For these reasons, release.'), para('Yours truly,'), signature]), { fonts }));
    const at = html.indexOf('<div class="keep-closing">');
    expect(at).toBeGreaterThan(0);
    const group = html.slice(at);
    expect(group).toContain('For these reasons, release.');
    expect(group).toContain('Yours truly,');
    expect(group).toContain('class="signature"');
    expect(group).not.toContain('<p>Body.</p>');
  });

  it('keeps a name or a range on one line, unless it is longer than a line can hold', () => {
    const html = body(
      renderHtml(
        doc([
          {
            type: 'paragraph',
            runs: [
              { text: 'Re: ' },
              { text: 'CHAN Kwok-wai (陳國偉)', unbroken: true },
              { text: ', Tab 4, ' },
              { text: 'pp. APP-000001–APP-000004', unbroken: true },
              { text: ' and ' },
              { text: 'x'.repeat(60), unbroken: true },
            ],
          },
        ]),
        { fonts },
      ),
    );
    expect(html).toContain('<span class="keep">CHAN Kwok-wai (陳國偉)</span>');
    expect(html).toContain('<span class="keep">pp. APP-000001–APP-000004</span>');
    expect(html).not.toContain(`<span class="keep">${'x'.repeat(60)}</span>`);
  });
});

async function documentXml(blocks: Block[]): Promise<ReturnType<typeof parseXml>> {
  return parseXml(part(await renderDocx(doc(blocks)), 'word/document.xml'));
}
const pPr = (p: Element | undefined): Element | undefined => (p === undefined ? undefined : child(p, 'pPr'));
const has = (p: Element | undefined, local: string): boolean => pPr(p) !== undefined && child(pPr(p) as Element, local) !== undefined;
const byText = (paragraphs: Element[], text: string): Element | undefined => paragraphs.find((p) => paragraphText(p) === text);

describe('pagination in the DOCX', () => {
  it('keeps headings with the next paragraph, their lines together, and widow control on every paragraph', async () => {
    const paragraphs = bodyParagraphs(await documentXml([heading('Residence'), para('She will live there.')]));
    expect(has(byText(paragraphs, 'Residence'), 'keepNext')).toBe(true);
    expect(has(byText(paragraphs, 'Residence'), 'keepLines')).toBe(true);
    expect(has(byText(paragraphs, 'She will live there.'), 'widowControl')).toBe(true);
    expect(has(byText(paragraphs, 'She will live there.'), 'keepNext')).toBe(false);
  });

  it('keeps the last paragraph and the closing with the signature, and not the body before them', async () => {
    const paragraphs = bodyParagraphs(
      await documentXml([para('Body.'), para('For these reasons, release.'), para('Yours truly,'), signature]),
    );
    expect(has(byText(paragraphs, 'Body.'), 'keepNext')).toBe(false);
    expect(has(byText(paragraphs, 'For these reasons, release.'), 'keepNext')).toBe(true);
    expect(has(byText(paragraphs, 'Yours truly,'), 'keepNext')).toBe(true);
    expect(has(byText(paragraphs, 'Counsel'), 'keepNext')).toBe(false);
  });

  it('keeps the last item of a list that ends a declaration with the signature', async () => {
    const paragraphs = bodyParagraphs(await documentXml([list('I am a citizen.', 'I will report.'), signature]));
    expect(has(byText(paragraphs, 'I am a citizen.'), 'keepNext')).toBe(false);
    expect(has(byText(paragraphs, 'I will report.'), 'keepNext')).toBe(true);
  });

  it('never splits a table row, and repeats the header row', async () => {
    const rows = children(await documentXml([table(3)]), 'tr');
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(children(row, 'cantSplit')).toHaveLength(1);
    expect(children(rows[0] as Element, 'tblHeader')).toHaveLength(1);
    expect(children(rows[1] as Element, 'tblHeader')).toHaveLength(0);
  });

  it('writes a name or a range with no-break spaces and no-break hyphens', async () => {
    const xml = await documentXml([
      { type: 'paragraph', runs: [{ text: 'LAI Wing-sze (黎詠詩)', unbroken: true }, { text: ' and co-counsel' }] },
    ]);
    const text = paragraphText(bodyParagraphs(xml)[0] as Element);
    expect(text).toContain('LAI\u00a0Wing-sze\u00a0(黎詠詩)');
    expect(text).toContain(' and co-counsel');
    expect(children(xml, 'noBreakHyphen')).toHaveLength(1);
  });
});
