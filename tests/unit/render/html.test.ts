import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type Block, type DossierDocument } from '../../../src-main/documents/model.ts';
import { renderHtml } from '../../../src-main/render/html/render-html.ts';
import { cssString } from '../../../src-main/render/html/escape.ts';
import { fontStack } from '../../../src-main/render/html/font-stack.ts';
import { runningContent } from '../../../src-main/render/html/page-css.ts';
import type { FontFaceEntry } from '../../../src-main/render/fonts/types.ts';
import { parseUnicodeRange } from '../../../src-main/render/fonts/unicode-range.ts';

const face = (family: string, file: string, range: string): FontFaceEntry => ({
  family,
  weight: 400,
  style: 'normal',
  file,
  unicodeRange: range,
  ranges: parseUnicodeRange(range),
});
const faces = [
  face('Noto Sans', 'noto-sans/files/latin.woff2', 'U+0000-00FF'),
  face('Noto Sans Thai', 'noto-sans-thai/files/thai.woff2', 'U+0E01-0E5B'),
];
const fonts = { faces, url: (f: FontFaceEntry) => `http://dossier.invalid/fonts/${f.file}`, cspSource: "'self'" };

function doc(blocks: Block[], extra: Partial<DossierDocument> = {}): DossierDocument {
  return { meta: { title: 'Bail plan', lang: 'en' }, page: DEFAULT_PAGE, blocks, ...extra };
}

const HOSTILE = `</style><script>alert(1)</script>"' onload="x" <img src=x> & </title>`;

describe('renderHtml', () => {
  it('escapes hostile text in body, title, attributes and the running footer', () => {
    const html = renderHtml(
      doc(
        [
          { type: 'paragraph', lang: `"><script>`, runs: [{ text: HOSTILE }] },
          { type: 'image', imageId: 'x', mediaType: 'image/png', alt: HOSTILE, widthPt: 10, heightPt: 10 },
        ],
        {
          meta: { title: HOSTILE, lang: 'en' },
          page: { ...DEFAULT_PAGE, footer: { center: HOSTILE } },
        },
      ),
      { fonts },
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x>');
    expect(html.match(/<\/style>/gu)).toHaveLength(1);
    expect(html.match(/<\/title>/gu)).toHaveLength(1);
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; onload=&quot;x&quot;');
  });

  it('writes a link run as a link over its text, its address escaped', () => {
    const html = renderHtml(
      doc([
        {
          type: 'paragraph',
          runs: [
            { text: 'Tab 3', bold: true, href: 'http://dossier.invalid/entry/3' },
            { text: ` ${HOSTILE}`, href: HOSTILE },
          ],
        },
      ]),
      { fonts },
    );
    expect(html).toContain('<a class="link" href="http://dossier.invalid/entry/3"><b>Tab 3</b></a>');
    expect(html).not.toContain('<script');
    expect(html).toContain('<a class="link" href="&lt;/style&gt;&lt;script&gt;');
  });

  it('writes CSS strings that cannot close a rule or the style element', () => {
    expect(cssString('</style>"}')).toBe('"\\3c \\2f style\\3e \\22 \\7d "');
  });

  it('sets lang, dir and a font group on elements, inferring RTL from the language', () => {
    const html = renderHtml(
      doc([
        { type: 'paragraph', lang: 'fa', runs: [{ text: 'پرونده ' }, { text: 'A-12345', lang: 'en' }] },
        { type: 'paragraph', runs: [{ text: 'x', dir: 'auto' }] },
        { type: 'paragraph', lang: 'ko', runs: [{ text: '신청인' }] },
      ]),
      { fonts },
    );
    expect(html).toContain('<html lang="en" dir="ltr" class="f-latin">');
    expect(html).toContain('<p lang="fa" dir="rtl" class="f-arabic">پرونده <span lang="en" dir="ltr" class="f-latin">A-12345</span></p>');
    expect(html).toContain('<span dir="auto">x</span>');
    expect(html).toContain('<p lang="ko" dir="ltr" class="f-kr">');
  });

  it('prints Korean without breaking inside words and CJK with strict line breaking', () => {
    const html = renderHtml(doc([]), { fonts });
    expect(html).toContain(':lang(ko){word-break:keep-all;}');
    expect(html).toContain(':lang(zh),:lang(ja),:lang(ko),:lang(yue){line-break:strict;}');
    expect(html).toContain('overflow-wrap:anywhere');
  });

  it('writes @page with size, margins and page-number footer', () => {
    const html = renderHtml(doc([], { page: { ...DEFAULT_PAGE, size: 'a4', header: { right: 'A-12345' } } }), { fonts });
    expect(html).toContain('@page{size:A4;margin:25.4mm 25.4mm 25.4mm 25.4mm;');
    expect(html).toContain('@bottom-center{content:"Page " counter(page) " of " counter(pages);');
    expect(html).toContain('@top-right{content:"A-12345";');
    expect(runningContent('{page}/{pages}')).toBe('counter(page) "\\2f " counter(pages)');
  });

  it('renders tables with repeated header rows, column widths and cells holding blocks', () => {
    const cell = (text: string) => ({ blocks: [{ type: 'paragraph' as const, runs: [{ text }] }] });
    const html = renderHtml(
      doc([
        {
          type: 'table',
          headerRows: [{ cells: [cell('Date'), cell('Event')] }],
          rows: [{ cells: [cell('2024-01-02'), cell('Arrest')] }],
          columnWidths: [1, 3],
        },
      ]),
      {
        fonts,
      },
    );
    expect(html).toContain('<colgroup><col style="width:25.000%"><col style="width:75.000%"></colgroup><thead><tr><th><p>Date</p></th>');
    expect(html).toContain('thead{display:table-header-group;}');
  });

  it('renders lists, signatures, bilingual rows, images and page breaks', () => {
    const p = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });
    const html = renderHtml(
      doc([
        {
          type: 'list',
          ordered: true,
          items: [{ blocks: [p('one'), { type: 'list', ordered: false, items: [{ blocks: [p('nested')] }] }] }],
        },
        { type: 'signature', label: [{ text: 'Signature of the bondsperson' }], name: [{ text: 'LAI Wing-sze' }] },
        { type: 'bilingual', rows: [{ left: { lang: 'fa', blocks: [p('سلام')] }, right: { lang: 'en', blocks: [p('Hello')] } }] },
        { type: 'page-break' },
        { type: 'image', imageId: 'img1', mediaType: 'image/png', alt: 'Map', widthPt: 100, heightPt: 50 },
      ]),
      { fonts, images: (id) => (id === 'img1' ? new Uint8Array([1, 2, 3]) : undefined) },
    );
    expect(html).toContain('<ol><li><p>one</p>\n<ul><li><p>nested</p></li></ul></li></ol>');
    expect(html).toContain(
      '<div class="signature"><div class="line"></div><p>Signature of the bondsperson</p><p class="name">LAI Wing-sze</p></div>',
    );
    expect(html).toContain(
      '<td lang="fa" dir="rtl" class="f-arabic"><p>سلام</p></td><td lang="en" dir="ltr" class="f-latin"><p>Hello</p></td>',
    );
    expect(html).toContain('<div class="page-break"></div>');
    expect(html).toContain('<img src="data:image/png;base64,AQID" alt="Map" style="width:100.00pt;height:50.00pt">');
  });

  it('keeps line breaks inside a paragraph and normalises the text', () => {
    const html = renderHtml(doc([{ type: 'paragraph', runs: [{ text: 'a\r\nb\u0000c\uD800' }] }]), { fonts });
    expect(html).toContain('<p>a<br>bc\uFFFD</p>');
  });

  it('writes @font-face only for the subsets the text needs, with unicode-range and a CSP', () => {
    const latinOnly = renderHtml(doc([{ type: 'paragraph', runs: [{ text: 'abc' }] }]), { fonts });
    expect(latinOnly).toContain(
      'src:url("http:\\2f \\2f dossier.invalid\\2f fonts\\2f noto-sans\\2f files\\2f latin.woff2") format(\'woff2\');unicode-range:U+0000-00FF;',
    );
    expect(latinOnly).not.toContain('thai.woff2');
    const thai = renderHtml(doc([{ type: 'paragraph', runs: [{ text: 'ที่' }] }]), { fonts });
    expect(thai).toContain('thai.woff2');
    expect(thai).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'self'"`);
  });
});

describe('fontStack', () => {
  it('puts the script first, then the Latin family and emoji, then every other script', () => {
    expect(fontStack('thai').startsWith("'Noto Sans Thai', 'Noto Sans', 'Noto Emoji', 'Noto Sans SC'")).toBe(true);
    expect(fontStack('urdu').startsWith("'Noto Nastaliq Urdu', 'Noto Naskh Arabic', 'Noto Sans', 'Noto Emoji'")).toBe(true);
    expect(fontStack('tc', 'serif').startsWith("'Noto Sans TC', 'Noto Serif', 'Noto Sans', 'Noto Emoji'")).toBe(true);
    expect(fontStack('latin').startsWith("'Noto Sans', 'Noto Emoji', 'Noto Sans SC'")).toBe(true);
    expect(fontStack('tamil')).toContain("'Noto Sans Canadian Aboriginal'");
    expect(
      fontStack('latin')
        .split(', ')
        .filter((f) => f === "'Noto Sans'"),
    ).toHaveLength(1);
  });
});
