import { describe, expect, it } from 'vitest';
import { viewOf, type StatementView } from '../../../../src-main/core/model/translations.ts';
import type { Case, Statement } from '../../../../src-main/core/model/case.ts';
import { certificationOf } from '../../../../src-main/documents/builders/statement-data.ts';
import type { BilingualBlock, DossierDocument } from '../../../../src-main/documents/model.ts';
import { renderDocx } from '../../../../src-main/render/docx/render-docx.ts';
import { renderHtml } from '../../../../src-main/render/html/render-html.ts';
import { caught } from '../../../helpers/errors.ts';
import { children, child, paragraphText, parseXml, part, wAttr } from '../../../helpers/docx-xml.ts';
import { build, load, text } from './helpers.ts';
import { editFirstTranslation } from '../../../helpers/translations.ts';

const lai = load('case1-lai');
const srisuk = load('case2-srisuk');
const persian = load('case3-persian');

const withStatement = (c: Case, edit: (s: Statement) => Statement): Case => ({ ...c, statements: c.statements.map(edit) });
const bilingualOf = (doc: DossierDocument): BilingualBlock => {
  const found = doc.blocks.find((b): b is BilingualBlock => b.type === 'bilingual');
  if (!found) throw new Error('no side-by-side table');
  return found;
};
const cellText = (side: BilingualBlock['rows'][number]['left']): string =>
  side.blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('\n');
const html = (doc: DossierDocument): string => renderHtml(doc, { fonts: { faces: [], url: () => '', cspSource: "'self'" } });

describe('the side-by-side statement', () => {
  it('puts each paragraph of the original beside its translation, under the same number', () => {
    const statement = persian.statements[0];
    if (!statement?.translations[0]) throw new Error('fixture without translation');
    const table = bilingualOf(build(persian, 'statement-bilingual'));
    expect(table.rows).toHaveLength(statement.paragraphs.length);
    table.rows.forEach((row, i) => {
      expect(cellText(row.left)).toBe(`${i + 1}. ${statement.paragraphs[i] ?? ''}`);
      expect(cellText(row.right)).toBe(`${i + 1}. ${statement.translations[0]?.paragraphs[i] ?? ''}`);
      expect(row.left.lang).toBe('fa-IR');
      expect(row.right.lang).toBe('en');
    });
    expect(table.headers?.left.map((r) => r.text).join('')).toBe('Original — Persian');
    expect(table.headers?.right.map((r) => r.text).join('')).toBe('Translation — English');
  });

  it('names the statement, its language and dialect, the translator, and the dates written in it with their Gregorian dates', () => {
    const en = text(persian, 'statement-bilingual');
    for (const s of [
      'Statement of REZAEI Shirin',
      'Statement of REZAEI Shirin (شیرین رضایی), handwritten, dated ۲۰ اسفند ۱۴۰۴ (2026-03-11).',
      `Original language: Persian — ${persian.statements[0]?.dialect ?? ''}.`,
      'Translated into English by KARIMI Arash (آرش کریمی).',
      'Paragraph 1: ۱۵ شهریور ۱۳۶۸ (Solar Hijri calendar) — 1989-09-06',
      'Paragraph 2: ۱۵ اسفند ۱۴۰۴ (Solar Hijri calendar) — 2026-03-06',
    ])
      expect(en).toContain(s);
    const fr = text(lai, 'statement-bilingual', { lang: 'fr' });
    expect(fr).toContain('Original — chinois (cantonais), écriture chinoise traditionnelle');
    expect(fr).toContain('Traduction — anglais');
    expect(fr).toContain('Paragraphe 1 : 一九九一年十一月二日 (calendrier grégorien) — 1991-11-02');
  });

  it('sets the Persian column right to left with its Latin names and file number isolated, the Chinese one in its font', () => {
    const out = html(build(persian, 'statement-bilingual'));
    expect(out).toContain('<td lang="fa-IR" dir="rtl" class="f-arabic">');
    expect(out).toContain(
      '<th lang="fa-IR" dir="rtl" class="f-arabic"><span lang="en" dir="ltr" class="f-latin">Original — Persian</span></th>',
    );
    expect(out).toContain('شماره پرونده من <span dir="ltr" class="keep">0003-B6-04567</span> است.');
    expect(out).toContain('آقای <span dir="ltr">Daniel MORRIS</span>، صاحب‌کار');
    expect(out).toContain('<td lang="en" dir="ltr" class="f-latin"><p lang="en" dir="ltr" class="f-latin"><b>2.</b>');
    expect(html(build(lai, 'statement-bilingual'))).toContain('<td lang="yue-Hant" dir="ltr" class="f-tc">');
  });

  it('writes the Persian cells as right-to-left Word paragraphs, Latin stretches isolated left to right', async () => {
    const xml = parseXml(part(await renderDocx(build(persian, 'statement-bilingual')), 'word/document.xml'));
    const table = children(xml, 'tbl')[0];
    if (!table) throw new Error('no table');
    const rows = children(table, 'tr');
    const cells = (rows[2] ?? table).getElementsByTagNameNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'tc');
    const [original, translation] = [cells[0], cells[1]];
    if (!original || !translation) throw new Error('no cells');
    const [p] = children(original, 'p');
    if (!p) throw new Error('no paragraph');
    expect(child(child(p, 'pPr') ?? p, 'bidi')).toBeDefined();
    expect(paragraphText(p)).toContain('شماره پرونده من \u20660003-B6-04567\u2069 است.');
    const runs = children(p, 'r').map((r) => ({ text: paragraphText(r), rtl: child(child(r, 'rPr') ?? r, 'rtl') !== undefined }));
    expect(runs.find((r) => r.text === '\u20660003-B6-04567\u2069')?.rtl).toBe(false);
    expect(runs.find((r) => r.text.includes('شماره پرونده'))?.rtl).toBe(true);
    const [english] = children(translation, 'p');
    expect(english && child(child(english, 'pPr') ?? english, 'bidi')).toBeUndefined();
    // The table says its direction (left to right: the original on the left), and its headings
    // are English paragraphs, the Persian one set to its column's right edge.
    expect(wAttr(child(child(table, 'tblPr') ?? table, 'bidiVisual'), 'val')).toBe('off');
    const headings = children(rows[0] ?? table, 'tc').map((cell) => children(cell, 'p')[0] ?? cell);
    expect(headings.map((h) => child(child(h, 'pPr') ?? h, 'bidi'))).toEqual([undefined, undefined]);
    expect(headings.map((h) => wAttr(child(child(h, 'pPr') ?? h, 'jc'), 'val'))).toEqual(['right', null]);
    expect(english && wAttr(child(children(english, 'r')[0] ?? english, 'rPr') ?? english, 'rtl')).toBeNull();
  });

  it('is refused for a statement without a translation, or with a paragraph not yet translated', () => {
    const none = withStatement(lai, (s) => ({ ...s, translations: [] }));
    const error = caught(() => build(none, 'statement-bilingual', { options: { statementId: 'st-client-1' } }));
    expect(error.message).toMatch(/no English or French translation yet/u);
    expect(error.issues[0]?.path).toBe('statements.st-client-1.translations');
    const partial = withStatement(persian, (s) => editFirstTranslation(s, (t) => ({ ...t, paragraphs: [t.paragraphs[0] ?? '', '', 'x'] })));
    const incomplete = caught(() => build(partial, 'statement-translation'));
    expect(incomplete.message).toBe('The translation is not complete: paragraphs 2, 4 of the original have no translation yet.');
    expect(incomplete.issues.map((i) => i.path)).toEqual([
      'statements.st-rezaei-1.translations.0.paragraphs.1',
      'statements.st-rezaei-1.translations.0.paragraphs.3',
    ]);
  });
});

describe('the translation alone', () => {
  it('numbers each paragraph as the original does', () => {
    const en = text(lai, 'statement-translation');
    expect(en).toContain('Translation from Chinese (Cantonese), Traditional Chinese script into English');
    expect(en).toContain('1. My name is LAI Wing-sze. I was born on 2 November 1991.\n2. I came to Canada last December as a visitor.');
    expect(en).not.toContain('我叫黎詠詩');
    const doc = build(lai, 'statement-translation', { exhibitRefs: new Map([['x-original', { tab: '4', page: 12 }]]) });
    expect(doc.meta.title).toBe('Statement of LAI Wing-sze — translation (English)');
  });

  it("names the original's exhibit, with its tab and page inside a packet", () => {
    const c: Case = {
      ...withStatement(lai, (s) => ({ ...s, originalExhibitId: 'x-original' })),
      exhibits: [...lai.exhibits, { id: 'x-original', title: 'Handwritten statement (Chinese)', supports: [] }],
    };
    expect(text(c, 'statement-translation')).toContain('Original: Handwritten statement (Chinese).');
    expect(text(c, 'statement-translation', { exhibitRefs: new Map([['x-original', { tab: '4', page: 12 }]]) })).toContain(
      'Original: Handwritten statement (Chinese) (Tab 4, p. 12).',
    );
  });
});

const placement = {
  tab: '5a',
  firstLabel: '14',
  lastLabel: '15',
  title: 'Statement — translation (English)',
  sha256: 'c0ffee'.repeat(10) + 'abcd',
};

describe('certifications of a translation', () => {
  it('the ID declaration (r.25(3)): name, language, dialect, the signed statement of accuracy, and inside a packet the pages and hash', () => {
    const standalone = text(persian, 'translator-declaration');
    expect(standalone).toContain('Immigration Division Rules, r. 25(3)');
    expect(standalone).toContain('I, KARIMI Arash (آرش کریمی), declare as follows:');
    expect(standalone).toContain('Language translated from: Persian.');
    expect(standalone).toContain(`Dialect: ${persian.statements[0]?.dialect ?? ''}.`);
    expect(standalone).toContain(
      'I translated the attached statement from Persian (Farsi) into English. The translation is accurate and complete.',
    );
    expect(standalone).toContain('/s/ KARIMI Arash');
    expect(standalone).toContain('Date: March 11, 2026');
    expect(standalone).not.toContain('SHA-256');
    const placed = text(persian, 'translator-declaration', { options: { placement } });
    expect(placed).toContain(
      `The translation, entitled Statement — translation (English), is at Tab 5a, pages 14 to 15 of this record. Its SHA-256 fingerprint is ${placement.sha256}`,
    );
    expect(text(persian, 'translator-declaration', { options: { placement: { ...placement, lastLabel: '14' } } })).toContain(
      'Tab 5a, page 14 of',
    );
    expect(text(persian, 'translator-declaration', { lang: 'fr', options: { placement } })).toContain(
      `figure à l'onglet 5a, pages 14 à 15 du présent dossier. Son empreinte SHA-256 est ${placement.sha256}`,
    );
  });

  it('the RPD declaration (r.32(3)) needs the dialect', () => {
    const rpd = withStatement({ ...srisuk, matter: { ...srisuk.matter, forum: 'IRB-RPD' } }, (s) =>
      editFirstTranslation(s, (t) => ({ ...t, certification: 'RPD_DECLARATION' })),
    );
    const error = caught(() => build(rpd, 'translator-declaration'));
    expect(error.message).toMatch(/RPD Rules r\.32\(3\)/u);
    const withDialect = withStatement(rpd, (s) => ({ ...s, dialect: 'Central Thai' }));
    const en = text(withDialect, 'translator-declaration');
    expect(en).toContain('Refugee Protection Division Rules, r. 32(3)');
    expect(en).toContain('Dialect: Central Thai.');
  });

  it('the IRCC affidavit: the jurat names the commissioner, place and date, or leaves lines to fill in', () => {
    const blank = text(srisuk, 'translator-affidavit');
    expect(blank).toContain('MAKE OATH AND SAY (or SOLEMNLY AFFIRM) THAT:');
    expect(blank).toContain('SWORN (or AFFIRMED) before me at ______________________, on ______________________.');
    const sworn = withStatement(srisuk, (s) =>
      editFirstTranslation(s, (t) => ({
        ...t,
        certification: 'IRCC_AFFIDAVIT',
        affidavit: {
          commissionerName: 'Jane ROE',
          commissionerTitle: 'Commissioner for taking affidavits',
          place: 'Toronto, Ontario',
          swornAt: '2026-04-14',
        },
      })),
    );
    const en = text(sworn, 'translator-affidavit', { options: { placement } });
    expect(en).toContain('I, BOONMEE Preecha (ปรีชา บุญมี), of Toronto, Ontario, MAKE OATH AND SAY');
    expect(en).toContain('SWORN (or AFFIRMED) before me at Toronto, Ontario, on April 14, 2026.');
    expect(en).toContain('Jane ROE\nCommissioner for taking affidavits');
    expect(en).toContain('Tab 5a, pages 14 to 15');
    const fr = text(sworn, 'translator-affidavit', { lang: 'fr' });
    expect(fr).toContain('DÉCLARÉ SOUS SERMENT (ou AFFIRMÉ SOLENNELLEMENT) devant moi à Toronto, Ontario, le 14 avril 2026.');
  });

  it("the certified member's certificate prints the association, member number and stamp, and is refused for a non-member", () => {
    const en = text(lai, 'translation-certificate');
    expect(en).toContain('a certified translator and a member in good standing of ATIO (membership no. ATIO-10442)');
    expect(en).toContain('Mei-ling WONG, Certified Translator (Chinese–English), ATIO member 10442');
    const error = caught(() => build(persian, 'translation-certificate'));
    expect(error.issues[0]?.path).toBe('people.p-karimi-arash.translator.association');
  });

  it("is refused, with IRCC's rule cited, for the client's sister translating for IRCC, or a declaration alone", () => {
    const sister = withStatement(srisuk, (s) =>
      editFirstTranslation(s, (t) => ({ ...t, translatorId: 'p-sister-translator', certification: 'IRCC_AFFIDAVIT' })),
    );
    const error = caught(() => build(sister, 'translator-affidavit'));
    expect(error.issues).toEqual([
      expect.objectContaining({ path: 'statements.st-abbot-letter.translations.0.translatorId', code: 'translation.translator-is-family' }),
    ]);
    expect(error.message).toMatch(/\(IRCC /u);
    const declarationAlone = withStatement(srisuk, (s) => editFirstTranslation(s, (t) => ({ ...t, certification: 'ID_DECLARATION' })));
    expect(caught(() => build(declarationAlone, 'translator-declaration')).issues.map((i) => i.code)).toEqual([
      'translation.certification-not-accepted',
    ]);
    // The same sister translating for the ID: its rules bar no one, so the declaration prints.
    const forTheId = withStatement(sister, (s) =>
      editFirstTranslation(s, (t) => ({ ...t, destination: 'IRB-ID', certification: 'ID_DECLARATION' })),
    );
    expect(text(forTheId, 'translator-declaration')).toContain('SRISUK Nattaya');
  });

  it("the certification a translation takes: the recorded one, else its destination's", () => {
    const statement = srisuk.statements[0];
    const translator = srisuk.people.find((p) => p.id === 'p-atio-translator');
    const first = statement?.translations[0];
    if (!statement || !first) throw new Error('fixture without translation');
    const translation = { ...first, certification: undefined };
    const bare: StatementView = { ...statement, translation };
    expect(certificationOf(srisuk, bare, translator)).toBe('IRCC_CERTIFIED_MEMBER');
    expect(certificationOf(srisuk, bare, undefined)).toBe('IRCC_AFFIDAVIT');
    expect(certificationOf({ ...srisuk, matter: { ...srisuk.matter, forum: 'IRB-RPD' } }, bare, translator)).toBe('RPD_DECLARATION');
    expect(certificationOf(srisuk, { ...bare, translation: { ...translation, destination: 'IRB-ID' } }, translator)).toBe('ID_DECLARATION');
    expect(certificationOf(srisuk, viewOf(statement), undefined)).toBe('IRCC_CERTIFIED_MEMBER');
  });
});

describe("the interpreter's attestation of read-back", () => {
  const readBack = withStatement(persian, (s) => ({
    ...s,
    readBack: { interpreterId: 'p-karimi-arash', dialect: 'Farsi (Tehran)', on: '2026-03-11', place: 'Toronto Immigration Holding Centre' },
  }));

  it('says who read the statement back, to whom, in which language and dialect, when and where', () => {
    const en = text(readBack, 'interpreter-attestation');
    expect(en).toContain('I, KARIMI Arash (آرش کریمی), interpreter, attest as follows:');
    expect(en).toContain(
      'On March 11, 2026, at Toronto Immigration Holding Centre, I read the document entitled Statement of REZAEI Shirin, dated ۲۰ اسفند ۱۴۰۴ (2026-03-11), in its entirety, back to REZAEI Shirin (شیرین رضایی) in Persian (Farsi (Tehran)).',
    );
    const fr = text(readBack, 'interpreter-attestation', { lang: 'fr' });
    expect(fr).toContain("Le 11 mars 2026, à Toronto Immigration Holding Centre, j'ai fait lecture intégrale du document intitulé");
  });

  it('leaves lines for what is not on record, and is refused when no statement was read back or dictated', () => {
    const dictated = withStatement(lai, (s) => ({ ...s, method: 'dictated-via-interpreter' }));
    expect(text(dictated, 'interpreter-attestation')).toContain('On ______________________, at ______________________, I read');
    expect(caught(() => build(lai, 'interpreter-attestation')).message).toMatch(/No statement records a read-back/u);
  });
});
