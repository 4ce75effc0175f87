import { describe, expect, it } from 'vitest';
import { realNameForms } from '../../../../src-main/core/names.ts';
import type { DossierDocument } from '../../../../src-main/documents/model.ts';
import { documentText, maskRealName, realNameFormsIn, realNameReport } from '../../../../src-main/packet/report/real-name.ts';

const forms = realNameForms({
  familyName: 'Lai',
  givenNames: 'Wing-sze',
  namesInScript: [{ script: 'Hant', value: '黎詠詩' }],
  aliases: ['Lai Yongshi'],
});

const doc = (...paragraphs: string[][]): DossierDocument => ({
  meta: { title: 'A document', lang: 'en' },
  page: { size: 'letter', margins: { top: 0, right: 0, bottom: 0, left: 0 } },
  blocks: paragraphs.map((runs) => ({ type: 'paragraph', runs: runs.map((text) => ({ text })) })),
});

describe('finding the real name in text', () => {
  it('finds each form: full, family, given, in script, alias', () => {
    expect(realNameFormsIn('Re: LAI Wing-sze (黎詠詩)', forms)).toEqual(['full', 'family', 'given', 'script']);
    expect(realNameFormsIn('Ms. Lai will live with her cousin', forms)).toEqual(['family']);
    expect(realNameFormsIn('Wing-sze says', forms)).toEqual(['given']);
    expect(realNameFormsIn('我是黎詠詩。', forms)).toEqual(['script']);
    expect(realNameFormsIn('also known as Lai Yongshi', forms)).toEqual(['family', 'alias']);
  });

  it('ignores case, accents, width and invisible characters', () => {
    expect(realNameFormsIn('ｌａｉ', forms)).toEqual(['family']);
    expect(realNameFormsIn('Laì', forms)).toEqual(['family']);
    expect(realNameFormsIn('Wing\u200B-sze', forms)).toEqual(['given']);
  });

  it('finds a Latin name only as a whole word, a Chinese name anywhere', () => {
    expect(realNameFormsIn('A lair, relaid, Lait', forms)).toEqual([]);
    expect(realNameFormsIn('W.S.L. will live at 14 Elmwood Crescent', forms)).toEqual([]);
    expect(realNameFormsIn('簽名黎詠詩簽名', forms)).toEqual(['script']);
  });

  it('reads a document as printed: runs of a paragraph joined, so a name split across runs is found', () => {
    const split = doc(['Re: LA', 'I Wing', '-sze'], ['Second paragraph']);
    expect(documentText(split)).toBe('Re: LAI Wing-sze\nSecond paragraph');
    expect(realNameFormsIn(documentText(split), forms)).toEqual(['full', 'family', 'given']);
  });

  it('masks the name in what the report repeats', () => {
    expect(maskRealName('Statement of LAI Wing-sze', forms)).toBe('Statement of [—]');
    expect(maskRealName('黎詠詩 letter, Lai  family', forms)).toBe('[—] letter, [—] family');
    expect(maskRealName('Passport', forms)).toBe('Passport');
  });
});

describe('the real-name report of a build', () => {
  const scan = {
    forms,
    packetPublic: true,
    documents: [
      { tab: '1', title: 'Release plan — W.S.L.', doc: doc(['Re: W.S.L.']), possiblyPublic: true, statement: false },
      { tab: '2', title: 'Statement — bilingual', doc: doc(['我是黎詠詩。'], ['I am W.S.L.']), possiblyPublic: true, statement: true },
      { tab: '3', title: 'Cover letter', doc: doc(['Ms. Lai asks for release']), possiblyPublic: true, statement: false },
      { tab: '4', title: 'Prep sheet — LAI Wing-sze', doc: doc(['LAI Wing-sze']), possiblyPublic: false, statement: false },
    ],
    listed: [
      { tab: '5', title: 'Passport of LAI Wing-sze' },
      { tab: '6', title: 'Letter of support', author: '黎詠詩' },
      { tab: '7', title: 'Lease' },
    ],
    fileNames: ['0003-B6-01234 – ID – Release plan.pdf'],
    exhibits: 3,
  };

  it('lists each place with the forms found and why, never the name itself', () => {
    const report = realNameReport(scan);
    expect(report).toEqual([
      { place: 'document', tab: '2', title: 'Statement — bilingual', forms: ['script'], reason: 'statement-text' },
      { place: 'document', tab: '3', title: 'Cover letter', forms: ['family'], reason: 'entered-text' },
      { place: 'document', tab: '4', title: 'Prep sheet — [—]', forms: ['full', 'family', 'given'], reason: 'not-public' },
      { place: 'title', tab: '5', title: 'Passport of [—]', forms: ['full', 'family', 'given'], reason: 'entered-text' },
      { place: 'title', tab: '6', title: 'Letter of support', forms: ['script'], reason: 'entered-text' },
      { place: 'exhibits', tab: '', title: '', forms: [], reason: 'not-checked' },
    ]);
    expect(JSON.stringify(report)).not.toMatch(/Lai|LAI|Wing|黎詠詩/u);
  });

  it('calls everything not public in a packet for IRCC, and checks file names', () => {
    const report = realNameReport({ ...scan, packetPublic: false, fileNames: ['Lai – H&C.pdf'], exhibits: 0 });
    expect(report.map((e) => e.reason)).toEqual(['not-public', 'not-public', 'not-public', 'not-public', 'not-public', 'not-public']);
    expect(report.at(-1)).toEqual({ place: 'file-name', tab: '', title: '[—] – H&C.pdf', forms: ['family'], reason: 'not-public' });
  });
});
