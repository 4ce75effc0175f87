import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptsOfLang, SCRIPT_PATTERNS } from '../../../src-main/core/lang/script-groups.ts';
import { scriptHintsFromCase } from '../../../src-main/core/lang/script-hints.ts';
import { caseSchema, type Case } from '../../../src-main/core/model/case.ts';
import { buildDocument } from '../../../src-main/documents/builders/build-document.ts';
import type { CounselProfile } from '../../../src-main/documents/builders/counsel-profile.ts';
import { DEFAULT_PAGE, type Block, type DossierDocument, type TableBlock, type TextRun } from '../../../src-main/documents/model.ts';
import { tagScripts } from '../../../src-main/documents/tag-scripts.ts';
import { renderHtml } from '../../../src-main/render/html/render-html.ts';
import { createTemplateStore } from '../../../src-main/services/templates-store.ts';

const load = (name: string): Case =>
  caseSchema.parse((JSON.parse(readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8')) as { case: unknown }).case);
const lai = load('case1-lai');
const srisuk = load('case2-srisuk');
const counsel: CounselProfile = {
  name: 'Adaeze Okafor',
  firm: 'Harbourfront Community Legal Clinic',
  addressLines: ['200 Queens Quay West'],
};
const store = createTemplateStore();

const doc = (blocks: Block[], lang = 'en'): DossierDocument => ({ meta: { title: 't', lang }, page: DEFAULT_PAGE, blocks });
const para = (text: string, lang?: string): Block => ({ type: 'paragraph', runs: [{ text }], ...(lang === undefined ? {} : { lang }) });
const runsOf = (d: DossierDocument, i = 0): readonly TextRun[] => {
  const b = d.blocks[i];
  return b?.type === 'paragraph' || b?.type === 'heading' ? b.runs : [];
};

function allRuns(blocks: readonly Block[]): TextRun[] {
  return blocks.flatMap((b): TextRun[] => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return [...b.runs];
      case 'list':
        return b.items.flatMap((item) => allRuns(item.blocks));
      case 'table':
        return [...b.headerRows, ...b.rows].flatMap((row) => row.cells.flatMap((cell) => allRuns(cell.blocks)));
      case 'signature':
        return [...b.label, ...(b.name ?? []), ...(b.details ?? []).flat()];
      case 'bilingual':
        return [
          ...(b.headers?.left ?? []),
          ...(b.headers?.right ?? []),
          ...b.rows.flatMap((r) => [...allRuns(r.left.blocks), ...allRuns(r.right.blocks)]),
        ];
      default:
        return [];
    }
  });
}

describe('tagScripts', () => {
  it('splits a Thai date out of an English run and tags it th', () => {
    const out = tagScripts(doc([para(' — born 12 ส.ค. 2531 (1988-08-12)')]), scriptHintsFromCase(srisuk));
    expect(runsOf(out)).toEqual([{ text: ' — born 12 ' }, { text: 'ส.ค.', lang: 'th', dir: 'ltr' }, { text: ' 2531 (1988-08-12)' }]);
  });

  it('gives a Cantonese client’s Han name their language, without hints a plain zh', () => {
    const text = 'My client, 黎詠詩, asks';
    const hinted = runsOf(tagScripts(doc([para(text)]), scriptHintsFromCase(lai)));
    expect(hinted.map((r) => r.text)).toEqual(['My client, ', '黎詠詩,', ' asks']);
    expect(hinted[1]?.lang).toBe('yue-Hant');
    expect(runsOf(tagScripts(doc([para(text)]), {}))[1]?.lang).toBe('zh');
    expect(runsOf(tagScripts(doc([para('陳國偉')]), { Han: 'zh-Hant' }))[0]?.lang).toBe('zh-Hant');
  });

  it('tags Korean ko, Hebrew he and Cyrillic from the hints', () => {
    expect(runsOf(tagScripts(doc([para('Witness 김민준 (Kim)')]), {}))).toEqual([
      { text: 'Witness ' },
      { text: '김민준', lang: 'ko', dir: 'ltr' },
      { text: ' (Kim)' },
    ]);
    expect(runsOf(tagScripts(doc([para('שלום')]), {}))[0]).toEqual({ text: 'שלום', lang: 'he', dir: 'rtl' });
    expect(runsOf(tagScripts(doc([para('Київ')]), { Cyrillic: 'uk' }))[0]?.lang).toBe('uk');
    expect(runsOf(tagScripts(doc([para('Москва')]), {}))[0]?.lang).toBe('ru');
  });

  it('leaves Latin names and digits inside Persian in the Persian run', () => {
    const fa = doc([para('آقای Ali Rezaei، پرونده A-12345 در ۱۴۰۲', 'fa')], 'en');
    expect(tagScripts(fa, { Arabic: 'fa' })).toEqual(fa);
    const run: TextRun = { text: 'نام Ali Rezaei', lang: 'fa' };
    expect(runsOf(tagScripts(doc([{ type: 'paragraph', runs: [run] }]), {}))).toEqual([run]);
  });

  it('takes a Persian speaker’s Arabic script as fa and keeps the run right to left', () => {
    const out = runsOf(tagScripts(doc([para('born in تهران, Iran')]), { Arabic: 'fa' }));
    expect(out).toEqual([{ text: 'born in ' }, { text: 'تهران', lang: 'fa', dir: 'rtl' }, { text: ', Iran' }]);
  });

  it('keeps Japanese kana and kanji in one ja run, even with a Han hint for Chinese', () => {
    const out = runsOf(tagScripts(doc([para('Name: 山田たろう さん。')]), { Han: 'yue-Hant' }));
    expect(out).toEqual([{ text: 'Name: ' }, { text: '山田たろう さん。', lang: 'ja', dir: 'ltr' }]);
    expect(runsOf(tagScripts(doc([para('山田たろう')], 'ja'), {}))).toEqual([{ text: '山田たろう' }]);
  });

  it('leaves runs whose language writes the script, and languages it does not know', () => {
    const d = doc([para('กนกวรรณ ศรีสุข', 'th'), para('黎詠詩', 'yue-Hant'), para('陳國偉 and 김민준', 'ko'), para('ꓐꓳ 黎', 'xyz')]);
    expect(tagScripts(d, {})).toEqual(d);
  });

  it('never cuts a grapheme cluster: combining marks and ZWJ stay with their base', () => {
    const text = 'x क्‍ष y'; // Devanagari with virama and ZWJ
    const out = runsOf(tagScripts(doc([para(text)]), {}));
    expect(out.map((r) => r.text).join('')).toBe(text);
    expect(out.find((r) => r.lang === 'hi')?.text).toBe('क्‍ष');
  });

  it('walks tables, lists, signatures and bilingual sides with their inherited language', () => {
    const table: TableBlock = {
      type: 'table',
      headerRows: [{ cells: [{ blocks: [para('ชื่อ')] }] }],
      rows: [{ cells: [{ blocks: [{ type: 'list', ordered: false, items: [{ blocks: [para('a ก')] }] }] }] }],
    };
    const d = doc([
      table,
      { type: 'signature', label: [{ text: 'ลงชื่อ' }], name: [{ text: 'ก' }], details: [[{ text: 'ข' }]] },
      {
        type: 'bilingual',
        headers: { left: [{ text: 'ไทย' }], right: [{ text: 'English ไทย' }] },
        rows: [{ left: { lang: 'th', blocks: [para('ไทย')] }, right: { lang: 'en', blocks: [para('English ไทย')] } }],
      },
    ]);
    const runs = allRuns(tagScripts(d, {}).blocks);
    expect(runs.filter((r) => r.lang === 'th').map((r) => r.text)).toEqual(['ชื่อ', 'ก', 'ลงชื่อ', 'ก', 'ข', 'ไทย', 'ไทย']);
    expect(runs.filter((r) => /\p{Script=Thai}/u.test(r.text) && r.lang === undefined).map((r) => r.text)).toEqual(['ไทย', 'ไทย']);
  });

  it('has a default language for every script that writes it, so a second pass changes nothing', () => {
    const sample = 'a ก ㄅ 가 あ ア 漢 Ж Ω Ա א ب ܐ ހ क ক ਕ ક କ க క ಕ ക ක ລ ཀ က ა ሀ ក ᠠ Ꭰ ⴰ ᐊ z';
    const once = tagScripts(doc([para(sample)]), {});
    const tagged = runsOf(once).filter((r) => r.lang !== undefined);
    const groups = new Set(tagged.flatMap((r) => [...(scriptsOfLang(r.lang ?? '') ?? [])]));
    for (const [group] of SCRIPT_PATTERNS) if (group !== 'Latin') expect(groups.has(group), group).toBe(true);
    expect(tagged.every((r) => r.lang !== 'und')).toBe(true);
    expect(tagScripts(once, {})).toEqual(once);
  });
});

describe('buildDocument tags scripts for every output', () => {
  it('the Thai date of birth in the English chronology is an en run and a th run', () => {
    const d = buildDocument('timeline', { case: srisuk, counsel, lang: 'en', today: '2026-03-17', templates: store.set('en') });
    const runs = allRuns(d.blocks);
    const born = runs.findIndex((r) => r.text === 'ส.ค.');
    expect(runs[born]).toMatchObject({ lang: 'th', dir: 'ltr' });
    expect(runs[born - 1]?.text.endsWith('12 ')).toBe(true);
    expect(runs[born - 1]?.lang).toBeUndefined();
  });

  it('黎詠詩 in an English letter is in Cantonese, drawn with the Traditional face', () => {
    const d = buildDocument(
      'letter',
      { case: lai, counsel, lang: 'en', today: '2026-03-17', templates: store.set('en') },
      { letter: { body: ['We act for 黎詠詩 (LAI Wing-sze).'] } },
    );
    const body = allRuns(d.blocks).filter((r) => r.text === '黎詠詩');
    expect(body.length).toBeGreaterThan(0);
    for (const r of body) expect(r.lang).toMatch(/^(yue|zh)-Hant$/u);
    const html = renderHtml(d, { fonts: { faces: [], url: () => '', cspSource: "'self'" } });
    expect(html).toMatch(/<span lang="yue-Hant" dir="ltr" class="f-tc">黎詠詩<\/span>/u);
    expect(html).not.toMatch(/<span[^>]*class="f-sc"[^>]*>黎詠詩/u);
  });
});
