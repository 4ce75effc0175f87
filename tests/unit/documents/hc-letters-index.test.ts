import { describe, expect, it } from 'vitest';
import type { Case, SupportLetter } from '../../../src-main/core/model/case.ts';
import type { ExhibitRefs } from '../../../src-main/documents/builders/exhibit-cite.ts';
import type { Block, TableBlock } from '../../../src-main/documents/model.ts';
import { blocksText, build, load, text } from './builders/helpers.ts';

const srisuk = load('case2-srisuk');
const NBSP = '\u00A0';
const colons = (s: string): string => s.replaceAll(`${NBSP}:`, ' :');
const withHc = (c: Case, patch: Partial<Case['hc']>): Case => ({ ...c, hc: { ...c.hc, ...patch } });

/** The index table as text: a row of cells per line of the table, each cell's paragraphs joined by "\n". */
function table(blocks: readonly Block[]): { header: string[]; rows: string[][] } {
  const t = blocks.find((b): b is TableBlock => b.type === 'table');
  expect(t, 'the index table').toBeDefined();
  const cells = (row: TableBlock['rows'][number]) => row.cells.map((cell) => blocksText(cell.blocks));
  return { header: t ? t.headerRows.flatMap(cells) : [], rows: t ? t.rows.map(cells) : [] };
}
const index = (c: Case, as: Parameters<typeof build>[2] = {}) => build(c, 'hc-letters-index', { today: '2026-06-15', ...as });
/** The letter as recorded without an exhibit of its own: only its statement's original places it. */
function withoutExhibit(letter: SupportLetter): SupportLetter {
  const copy = { ...letter };
  delete copy.exhibitId;
  return copy;
}
const bates = (n: number): string => `APP-${String(n).padStart(6, '0')}`;

describe('index of letters of support', () => {
  it('heads the index with its title, the applicant and the file number', () => {
    const top = text(srisuk, 'hc-letters-index');
    expect(top).toContain('Index of letters of support');
    expect(top).toContain('Applicant: SRISUK Kanokwan (กนกวรรณ ศรีสุข)');
    expect(top).toContain('UCI: 1122-3344');
    const fr = colons(text(srisuk, 'hc-letters-index', { lang: 'fr' }));
    expect(fr).toContain("Index des lettres d'appui");
    expect(fr).toContain('Partie demanderesse : SRISUK Kanokwan (กนกวรรณ ศรีสุข)');
  });

  it('lists the six letters of Case 2 in the register’s order, the abbot’s in Thai with its certified translation', () => {
    const { header, rows } = table(index(srisuk).blocks);
    expect(header).toEqual(['No.', 'Author', 'Relationship to the applicant', 'Language', 'Translated', 'Date', 'In this packet']);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rows.map((r) => r[1]?.split('\n')[0])).toEqual(srisuk.hc.letters.map((l) => l.authorName));
    expect(rows[1]).toEqual([
      '2',
      'Phra Khru Somchai\nThai Buddhist temple, Toronto',
      'abbot of her temple',
      'Thai',
      'Yes — certified translation attached',
      'April 10, 2026',
      '—',
    ]);
    // The employer is a person in the case with an organisation; the settlement worker is not.
    expect(rows[0]?.slice(1, 5)).toEqual(['Thị Lan Nguyễn\nNail salon (employer)', 'employer (nail salon)', 'English', 'Not needed']);
    expect(rows[2]?.[1]).toBe('Rosa Almeida');
    // A friend's letter in Thai with no translation says so.
    expect(rows[4]?.slice(1, 5)).toEqual(['Ploy Chaiyasit', 'friend', 'Thai', 'No']);
  });

  it('writes the languages and answers in French', () => {
    const { header, rows } = table(index(srisuk, { lang: 'fr' }).blocks);
    expect(header[4]).toBe('Traduite');
    expect(rows[1]?.slice(3, 6)).toEqual(['thaï', 'Oui — traduction certifiée jointe', '10 avril 2026']);
    expect(rows[0]?.[4]).toBe('Sans objet');
    expect(rows[4]?.[4]).toBe('Non');
  });

  it('says where each letter is in the packet: its own exhibit, or the original of the statement it is', () => {
    const abbot: Case = {
      ...srisuk,
      hc: { ...srisuk.hc, letters: srisuk.hc.letters.map((l) => (l.id === 'ls-abbot' ? withoutExhibit(l) : l)) },
      statements: srisuk.statements.map((s) => (s.id === 'st-abbot-letter' ? { ...s, originalExhibitId: 'x-house-reg' } : s)),
    };
    const refs: ExhibitRefs = new Map([
      ['x-employer-letter', { tab: '9', page: 40, lastPage: 42, pages: 2, label: bates(40), pageLabel: bates }],
      ['x-house-reg', { tab: '11', page: 50, pages: 1 }],
    ]);
    const { rows } = table(index(abbot, { exhibitRefs: refs }).blocks);
    expect(rows[0]?.[6]).toBe('Tab 9, pp.\nAPP-000041–\nAPP-000042');
    expect(rows[1]?.[6]).toBe('Tab 11, p. 50');
    // The teacher's letter is an exhibit left out of this packet; the others are no exhibit at all.
    expect(rows.slice(2).map((r) => r[6])).toEqual(['—', '—', '—', '—']);
    expect(table(index(abbot).blocks).rows.map((r) => r[6])).toEqual(['—', '—', '—', '—', '—', '—']);
  });

  it('says so when no letter is recorded', () => {
    const none = index(withHc(srisuk, { letters: [] }));
    expect(none.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(blocksText(none.blocks)).toContain('No letters of support are recorded.');
  });
});
