import { describe, expect, it } from 'vitest';
import { hcFormCodes, type Case } from '../../../src-main/core/model/case.ts';
import { defaultHcForms } from '../../../src-main/core/rules/hc-forms-data.ts';
import { parseHcForms } from '../../../src-main/core/rules/hc-forms.ts';
import type { Block, TableBlock } from '../../../src-main/documents/model.ts';
import data from '../../../templates/rules/hc-forms.json' with { type: 'json' };
import { blocksText, build, load, text } from './builders/helpers.ts';

const srisuk = load('case2-srisuk');
const NBSP = '\u00A0';
const colons = (s: string): string => s.replaceAll(`${NBSP}:`, ' :');

function rows(blocks: readonly Block[]): { header: string[]; rows: string[][] } {
  const t = blocks.find((b): b is TableBlock => b.type === 'table');
  expect(t, 'the checklist table').toBeDefined();
  const cells = (row: TableBlock['rows'][number]) => row.cells.map((cell) => blocksText(cell.blocks));
  return { header: t ? t.headerRows.flatMap(cells) : [], rows: t ? t.rows.map(cells) : [] };
}
const checklist = (c: Case, lang: 'en' | 'fr' = 'en') => build(c, 'hc-forms-checklist', { today: '2026-06-15', lang });

describe('IMM forms checklist', () => {
  it('lists every form of the kit in its order, with its official title and how it is filed', () => {
    const { header, rows: table } = rows(checklist(srisuk).blocks);
    expect(header).toEqual(['Form', 'Title', 'How it is filed', 'Status', 'Note']);
    expect(table.map((r) => r[0])).toEqual([
      'IMM 0008',
      'IMM 5406',
      'IMM 5669',
      'IMM 5562',
      'IMM 5283',
      'IMM 5280',
      'IMM 5476',
      'IMM 5475',
    ]);
    expect(table[4]?.[1]).toBe('Supplementary Information – Humanitarian and Compassionate Considerations');
    expect(table[4]?.[2]).toMatch(/^PDF upload\nCompleted by the principal applicant/u);
    expect(table[4]?.[2]).toContain('English or French only');
    expect(table[0]?.[2]?.split('\n')[0]).toBe('Online, in the PR portal');
    // Only the representative and release-of-information forms need signatures.
    const signed = table.filter((r) => r[2]?.startsWith('PDF upload — signatures needed')).map((r) => r[0]);
    expect(signed).toEqual(['IMM 5476', 'IMM 5475']);
    const top = text(srisuk, 'hc-forms-checklist');
    expect(top).toContain('Applicant: SRISUK Kanokwan (กนกวรรณ ศรีสุข)');
    expect(top).toContain('UCI: 1122-3344');
    expect(top).toContain('Guide 5291 – Humanitarian and Compassionate Considerations');
  });

  it('gives Case 2’s status of each form in French, with its note', () => {
    const doc = checklist(srisuk, 'fr');
    const { header, rows: table } = rows(doc.blocks);
    expect(header).toEqual(['Formulaire', 'Titre', 'Mode de dépôt', 'État', 'Remarque']);
    expect(table.map((r) => r[3])).toEqual(['Rempli', 'Rempli', 'Rempli', 'À faire', 'À faire', 'À faire', 'Signé', 'À faire']);
    expect(table[0]?.[1]).toBe('Formulaire de demande générique pour le Canada');
    expect(table[6]?.[1]).toBe("Recours aux services d'un représentant");
    expect(table[6]?.[2]?.split('\n')[0]).toBe('Téléversement du PDF — signatures requises');
    expect(table[4]?.[4]).toBe('English only; name and date of birth top left on extra sheets');
    expect(colons(text(srisuk, 'hc-forms-checklist', { lang: 'fr' }))).toContain('Partie demanderesse : SRISUK Kanokwan (กนกวรรณ ศรีสุข)');
  });

  it('counts a form the case does not list as still to do, and prints an uploaded one', () => {
    const c: Case = {
      ...srisuk,
      hc: { ...srisuk.hc, forms: [{ code: 'IMM5283', status: 'uploaded', note: 'Uploaded 2026-06-15' }] },
    };
    const { rows: table } = rows(checklist(c).blocks);
    expect(table.map((r) => r[3])).toEqual(['To do', 'To do', 'To do', 'To do', 'Uploaded', 'To do', 'To do', 'To do']);
    expect(table.map((r) => r[4])).toEqual(['', '', '', '', 'Uploaded 2026-06-15', '', '', '']);
  });
});

describe('H&C forms data', () => {
  it('holds every form of the model once, with a citation and a status for its title and for how it is filed', () => {
    expect(defaultHcForms.forms.map((f) => f.code)).toEqual([...hcFormCodes]);
    for (const form of defaultHcForms.forms) {
      expect(form.citation.instrument).toBe('IRCC-GUIDE');
      expect(form.citation.url).toMatch(/^https?:\/\//u);
      expect(['verified', 'unconfirmed']).toContain(form.status);
      expect(form.title.en).not.toBe(form.title.fr);
    }
    // The split between the portal and uploaded PDFs comes from a copy of the checklist only.
    expect(new Set(defaultHcForms.forms.map((f) => f.filingStatus))).toEqual(new Set(['unconfirmed']));
  });

  it('refuses a file that misses a form, lists one twice or changes the kit’s order', () => {
    const forms = data.forms;
    expect(() => parseHcForms({ ...data, forms: forms.slice(1) })).toThrow(/IMM0008, IMM5406/u);
    expect(() => parseHcForms({ ...data, forms: [...forms.slice(0, 7), forms[0]] })).toThrow(/once each/u);
    expect(() => parseHcForms({ ...data, forms: [forms[1], forms[0], ...forms.slice(2)] })).toThrow(/in that order/u);
    expect(() => parseHcForms({ ...data, forms: forms.map((f) => ({ ...f, filing: 'fax' })) })).toThrow();
    expect(parseHcForms(data).forms).toHaveLength(8);
  });
});
