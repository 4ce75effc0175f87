import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import type { DossierDocument } from '../../../src-main/documents/model.ts';
import { DEFAULT_PAGE } from '../../../src-main/documents/model.ts';
import { normalizeText } from '../../../src-main/core/text/normalize.ts';
import { renderDocx } from '../../../src-main/render/docx/render-docx.ts';
import { SAMPLE_LANGS, SAMPLES, singleParagraphDoc, type SampleLang } from './fixtures/multilingual.ts';
import { bodyParagraphs, child, children, docxParts, paragraphText, parseXml, part, wAttr } from '../../helpers/docx-xml.ts';

/** What each sample's runs must say: Word language tags, direction and East Asian / complex fonts. */
const EXPECTED: Record<SampleLang, { val: string; eastAsia?: string; bidi?: string; rtl: boolean; eastAsiaFont: string; cs?: string }> = {
  en: { val: 'en', rtl: false, eastAsiaFont: 'Noto Sans SC' },
  fr: { val: 'fr', rtl: false, eastAsiaFont: 'Noto Sans SC' },
  es: { val: 'es', rtl: false, eastAsiaFont: 'Noto Sans SC' },
  tl: { val: 'tl', rtl: false, eastAsiaFont: 'Noto Sans SC' },
  vi: { val: 'vi', rtl: false, eastAsiaFont: 'Noto Sans SC' },
  ru: { val: 'ru', rtl: false, eastAsiaFont: 'Noto Sans SC' },
  uk: { val: 'uk', rtl: false, eastAsiaFont: 'Noto Sans SC' },
  'zh-Hans': { val: 'zh-CN', eastAsia: 'zh-CN', rtl: false, eastAsiaFont: 'Noto Sans SC' },
  'zh-Hant-HK': { val: 'zh-HK', eastAsia: 'zh-HK', rtl: false, eastAsiaFont: 'Noto Sans TC' },
  ja: { val: 'ja', eastAsia: 'ja', rtl: false, eastAsiaFont: 'Noto Sans JP' },
  ko: { val: 'ko', eastAsia: 'ko', rtl: false, eastAsiaFont: 'Noto Sans KR' },
  th: { val: 'th', bidi: 'th', rtl: false, eastAsiaFont: 'Noto Sans SC', cs: 'Noto Sans Thai' },
  fa: { val: 'fa', bidi: 'fa', rtl: true, eastAsiaFont: 'Noto Sans SC', cs: 'Noto Naskh Arabic' },
  ar: { val: 'ar', bidi: 'ar', rtl: true, eastAsiaFont: 'Noto Sans SC', cs: 'Noto Naskh Arabic' },
  ur: { val: 'ur', bidi: 'ur', rtl: true, eastAsiaFont: 'Noto Sans SC', cs: 'Noto Nastaliq Urdu' },
  hi: { val: 'hi', bidi: 'hi', rtl: false, eastAsiaFont: 'Noto Sans SC', cs: 'Noto Sans Devanagari' },
  pa: { val: 'pa', bidi: 'pa', rtl: false, eastAsiaFont: 'Noto Sans SC', cs: 'Noto Sans Gurmukhi' },
  am: { val: 'am', bidi: 'am', rtl: false, eastAsiaFont: 'Noto Sans SC', cs: 'Noto Sans Ethiopic' },
};

async function documentXml(doc: DossierDocument): Promise<ReturnType<typeof parseXml>> {
  return parseXml(part(await renderDocx(doc), 'word/document.xml'));
}

function runProps(p: Element): Element[] {
  return children(p, 'r').map((r) => {
    const rPr = child(r, 'rPr');
    if (rPr === undefined) throw new Error('run without properties');
    return rPr;
  });
}

/** A run held between LRI and PDI: a left-to-right stretch isolated inside right-to-left text. */
const embedded = (r: Element): boolean => /^\u2066[^\u2066\u2069]*\u2069$/u.test(paragraphText(r));
const withoutEmbeddings = (text: string): string => text.replace(/[\u2066-\u2069]/gu, '');

describe('DOCX per language', () => {
  it.each(SAMPLE_LANGS)('%s: runs carry language, direction and font slots', async (lang) => {
    const expected = EXPECTED[lang];
    const xml = await documentXml(singleParagraphDoc(lang, SAMPLES[lang]));
    const [p] = bodyParagraphs(xml);
    if (p === undefined) throw new Error('no paragraph');
    expect(withoutEmbeddings(paragraphText(p))).toBe(normalizeText(SAMPLES[lang]));
    const pPr = child(p, 'pPr');
    expect(pPr !== undefined && child(pPr, 'bidi') !== undefined).toBe(expected.rtl);
    const runs = children(p, 'r');
    // Right to left, the Latin name, the file number and Western digits are runs of their own.
    expect(runs.filter(embedded).map(paragraphText)).toEqual(
      expected.rtl ? SAMPLES[lang].match(/[A-Z][A-Za-z0-9-]*|[0-9]+/gu)?.map((s) => `\u2066${s}\u2069`) : [],
    );
    for (const [i, rPr] of runProps(p).entries()) {
      const lng = child(rPr, 'lang');
      expect(wAttr(lng, 'val')).toBe(expected.val);
      expect(wAttr(lng, 'eastAsia')).toBe(expected.eastAsia ?? null);
      expect(wAttr(lng, 'bidi')).toBe(expected.bidi ?? null);
      expect(child(rPr, 'rtl') !== undefined).toBe(expected.rtl && !embedded(runs[i] ?? p));
      const fonts = child(rPr, 'rFonts');
      expect(wAttr(fonts, 'ascii')).toBe('Noto Sans');
      expect(wAttr(fonts, 'hAnsi')).toBe('Noto Sans');
      expect(wAttr(fonts, 'eastAsia')).toBe(expected.eastAsiaFont);
      if (expected.cs !== undefined) expect(wAttr(fonts, 'cs')).toBe(expected.cs);
    }
    const autoSpaceOff = (name: string): boolean => pPr !== undefined && ['0', 'false'].includes(wAttr(child(pPr, name), 'val') ?? '');
    expect(autoSpaceOff('autoSpaceDE') && autoSpaceOff('autoSpaceDN')).toBe(lang === 'ko');
    expect(pPr !== undefined && child(pPr, 'kinsoku') !== undefined).toBe(['zh-Hans', 'zh-Hant-HK', 'ja', 'ko'].includes(lang));
  });

  it('marks only the right-to-left run rtl in a mixed paragraph', async () => {
    const doc: DossierDocument = {
      meta: { title: 'Mixed', lang: 'en' },
      page: DEFAULT_PAGE,
      blocks: [{ type: 'paragraph', runs: [{ text: 'Name: ' }, { text: 'رضا احمدی', lang: 'fa' }, { text: ' (A-12345)' }] }],
    };
    const [p] = bodyParagraphs(await documentXml(doc));
    if (p === undefined) throw new Error('no paragraph');
    expect(child(child(p, 'pPr') ?? p, 'bidi')).toBeUndefined();
    expect(runProps(p).map((r) => child(r, 'rtl') !== undefined)).toEqual([false, true, false]);
    // The Persian run is isolated right to left, so the parenthesis and file number after it stay in the English.
    expect(children(p, 'r').map(paragraphText)).toEqual(['Name: ', '\u2067رضا احمدی\u2069', ' (A-12345)']);
  });
});

describe('DOCX isolation', () => {
  it('holds an inserted value with a bidi override between FSI and PDI, so the override ends with it', async () => {
    const doc: DossierDocument = {
      meta: { title: 'Letter', lang: 'en' },
      page: DEFAULT_PAGE,
      blocks: [{ type: 'paragraph', runs: [{ text: 'Re: ' }, { text: '\u202eezs-gniW IAL', inserted: true }, { text: ' (file)' }] }],
    };
    const [p] = bodyParagraphs(await documentXml(doc));
    if (p === undefined) throw new Error('no paragraph');
    expect(children(p, 'r').map(paragraphText)).toEqual(['Re: ', '\u2068\u202eezs-gniW IAL\u2069', ' (file)']);
  });

  it('isolates a Latin address whole inside a Persian paragraph', async () => {
    const doc: DossierDocument = {
      meta: { title: 'Letter', lang: 'fa' },
      page: DEFAULT_PAGE,
      blocks: [{ type: 'paragraph', runs: [{ text: 'نشانی من 12 Main Street, Apt. 3, Toronto است.' }] }],
    };
    const [p] = bodyParagraphs(await documentXml(doc));
    if (p === undefined) throw new Error('no paragraph');
    expect(children(p, 'r').map(paragraphText)).toEqual(['نشانی من ', '\u206612 Main Street, Apt. 3, Toronto\u2069', ' است.']);
  });
});

describe('DOCX package', () => {
  it('core properties hold title, subject and language only; app.xml names only the application', async () => {
    const parts = docxParts(
      await renderDocx({ ...singleParagraphDoc('fr', 'x'), meta: { title: 'Lettre <plan> & "caution"', lang: 'fr', subject: 'Bail' } }),
    );
    const core = parseXml(parts['docProps/core.xml'] ?? '');
    expect(core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')[0]?.textContent).toBe('Lettre <plan> & "caution"');
    expect(core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'language')[0]?.textContent).toBe('fr');
    expect(parts['docProps/core.xml']).not.toMatch(/creator|lastModifiedBy|revision|Un-named|created|modified/u);
    expect(parts['docProps/app.xml']).not.toMatch(/Template|Company|Manager|TotalTime|[/\\]home|[A-Z]:\\/u);
    for (const [name, text] of Object.entries(parts))
      if (name.endsWith('.xml') || name.endsWith('.rels')) expect(text).not.toMatch(/\/tmp\/|\/home\/|Un-named/u);
  });

  it('is reproducible: the same document gives the same bytes', async () => {
    const doc = singleParagraphDoc('en', SAMPLES.en);
    expect(Buffer.from(await renderDocx(doc)).equals(Buffer.from(await renderDocx(doc)))).toBe(true);
  });
});

describe('DOCX blocks', () => {
  const cell = (text: string): { blocks: [{ type: 'paragraph'; runs: [{ text: string }] }] } => ({
    blocks: [{ type: 'paragraph', runs: [{ text }] }],
  });
  const doc: DossierDocument = {
    meta: { title: 'Blocks', lang: 'en' },
    page: { ...DEFAULT_PAGE, header: { right: 'A-12345' } },
    blocks: [
      { type: 'heading', level: 2, runs: [{ text: 'Plan' }] },
      {
        type: 'list',
        ordered: true,
        items: [
          {
            blocks: [
              { type: 'paragraph', runs: [{ text: 'one' }] },
              { type: 'list', ordered: true, items: [{ blocks: [{ type: 'paragraph', runs: [{ text: 'one.a' }] }] }] },
            ],
          },
          { blocks: [{ type: 'paragraph', runs: [{ text: 'two' }] }] },
        ],
      },
      {
        type: 'table',
        headerRows: [{ cells: [cell('Date'), cell('Event')] }],
        rows: [{ cells: [cell('2024'), cell('Arrival')] }],
        columnWidths: [1, 3],
      },
      { type: 'page-break' },
      { type: 'signature', label: [{ text: 'Signature' }], name: [{ text: 'LAI Wing-sze' }], details: [[{ text: 'Toronto' }]] },
      {
        type: 'bilingual',
        headers: { left: [{ text: 'English' }], right: [{ text: 'فارسی' }] },
        rows: [
          {
            left: { lang: 'en', blocks: [cell('Statement').blocks[0]] },
            right: { lang: 'fa', blocks: [{ type: 'paragraph', runs: [{ text: 'اظهارنامه AHMADI 2019' }] }] },
          },
        ],
      },
    ],
  };

  it('writes the text of a link run, without the link: it points at pages of a packet', async () => {
    const linked: DossierDocument = {
      meta: { title: 'Links', lang: 'en' },
      page: DEFAULT_PAGE,
      blocks: [{ type: 'paragraph', runs: [{ text: 'Tab 3', href: 'http://dossier.invalid/entry/3' }] }],
    };
    const bytes = await renderDocx(linked);
    const xml = part(bytes, 'word/document.xml');
    expect(xml).toContain('Tab 3');
    expect(xml).not.toContain('w:hyperlink');
    expect(xml).not.toContain('dossier.invalid');
  });

  it('writes heading styles, nested numbering, repeating header rows, widths, page break, borderless bilingual table', async () => {
    const bytes = await renderDocx(doc);
    const xml = parseXml(part(bytes, 'word/document.xml'));
    const styles = children(xml, 'pStyle').map((s) => wAttr(s, 'val'));
    expect(styles).toContain('Heading2');
    const levels = children(xml, 'numPr').map((n) => wAttr(child(n, 'ilvl'), 'val'));
    expect(levels).toEqual(['0', '1', '0']);
    const tables = children(xml, 'tbl');
    expect(tables).toHaveLength(2);
    const [timeline, bilingual] = tables;
    if (timeline === undefined || bilingual === undefined) throw new Error('tables missing');
    const header = children(timeline, 'tblHeader');
    expect(header).toHaveLength(1);
    const grid = children(timeline, 'gridCol').map((g) => Number(wAttr(g, 'w')));
    expect(grid[1]).toBeCloseTo((grid[0] ?? 0) * 3, -1);
    expect(children(xml, 'br').some((b) => wAttr(b, 'type') === 'page')).toBe(true);
    expect(children(bilingual, 'tblHeader')).toHaveLength(1);
    const borders = child(child(bilingual, 'tblPr') ?? bilingual, 'tblBorders');
    expect(
      Array.from(borders?.childNodes ?? []).every((b) => b.nodeType !== 1 || ['none', 'nil'].includes(wAttr(b as Element, 'val') ?? '')),
    ).toBe(true);
    const rightCellParagraph = children(bilingual, 'tc')[3];
    expect(rightCellParagraph && children(rightCellParagraph, 'bidi')).toHaveLength(1);
    const numbering = part(bytes, 'word/numbering.xml');
    expect(numbering).toContain('w:val="lowerLetter"');
  });

  it('writes page size, margins and PAGE / NUMPAGES fields for "Page {page} of {pages}"', async () => {
    const parts = docxParts(await renderDocx(doc));
    const xml = parseXml(parts['word/document.xml'] ?? '');
    const pgSz = children(xml, 'pgSz')[0];
    expect([wAttr(pgSz, 'w'), wAttr(pgSz, 'h')]).toEqual(['12240', '15840']);
    expect(wAttr(children(xml, 'pgMar')[0], 'left')).toBe('1440');
    const footer = Object.entries(parts).find(([n]) => /^word\/footer\d+\.xml$/u.test(n))?.[1] ?? '';
    const instr = children(parseXml(footer), 'instrText').map((i) => i.textContent?.trim());
    expect(instr).toEqual(['PAGE', 'NUMPAGES']);
    expect(footer).toContain('>Page </w:t>');
    expect(footer).toContain('> of </w:t>');
  });
});
