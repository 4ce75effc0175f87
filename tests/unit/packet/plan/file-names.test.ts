import { describe, expect, test } from 'vitest';
import { DEFAULT_NAME_PATTERN, documentFileName, safeFileStem, volumeFileName } from '../../../../src-main/packet/plan/file-names.ts';

describe('a generated document file name', () => {
  test('is the title, the client and the date, with the extension', () => {
    expect(documentFileName({ title: 'Notice of need for an interpreter', client: 'LAI Wing-sze', date: '2026-12-07' }, '.pdf')).toBe(
      'Notice of need for an interpreter – LAI Wing-sze – 2026-12-07.pdf',
    );
  });

  test('keeps French and other scripts, drops what no file system allows and invisible controls', () => {
    expect(documentFileName({ title: 'Avis : besoin d’un interprète', client: 'رضایی\u202E', date: '2026-12-07' }, '.docx')).toBe(
      'Avis besoin d’un interprète – رضایی – 2026-12-07.docx',
    );
  });

  test('leaves out an empty name and stays within the length limit', () => {
    expect(documentFileName({ title: 'Chronology', client: '', date: '2026-12-07' }, '.pdf')).toBe('Chronology – 2026-12-07.pdf');
    const long = documentFileName({ title: 'x'.repeat(400), client: 'A', date: '2026-12-07' }, '.pdf');
    expect([...long].length).toBeLessThanOrEqual(150);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('names in long scripts', () => {
  const bytes = (name: string) => new TextEncoder().encode(name).length;
  const thai = 'คำแปลคำให้การของผู้ร้องเกี่ยวกับการถูกบังคับให้ทำงานในร้านนวดและการถูกยึดหนังสือเดินทาง';

  test('fit 255 bytes with their extension, cut between whole letters', () => {
    const title = `${thai} ${thai} ${thai}`;
    for (const name of [
      documentFileName({ title, client: 'SRISUK Kanokwan (กนกวรรณ ศรีสุข)', date: '2026-12-07' }, '.docx'),
      volumeFileName(DEFAULT_NAME_PATTERN, { fileNumber: title, division: 'IRCC', documentType: 'H&C', volume: 1, volumes: 2 }),
      `${safeFileStem(title)}.docx`,
    ]) {
      expect(bytes(name), name).toBeLessThanOrEqual(255);
      // The last letter before the extension is whole: no combining vowel or tone mark left at the cut.
      const stem = name.replace(/\.(docx|pdf)$/u, '');
      const last = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(stem)].at(-1)?.segment ?? '';
      expect(thai.includes(last) || /[\p{L}\p{N})\]]$/u.test(last), name).toBe(true);
    }
  });

  test('never take a name Windows reserves, nor end in a dot or a space', () => {
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('lpt1.txt')).toBe('_lpt1.txt');
    expect(safeFileStem('Exhibit list. . ')).toBe('Exhibit list');
    expect(safeFileStem('conout$')).toBe('_conout$');
    expect(safeFileStem('NUL .pdf')).toBe('_NUL .pdf');
    expect(safeFileStem('aux\u200B')).toBe('_aux');
  });

  test('keep no half surrogate pair, noncharacter or character Windows forbids', () => {
    expect(safeFileStem('Exhibit\uFFFE 1\uD800: "A" <B>|C?*')).toBe('Exhibit 1 A B C');
    expect(documentFileName({ title: 'Notes\u{10FFFF}\uFDD0', client: 'LAI\uDC00', date: '2026-12-07' }, '.docx')).toBe(
      'Notes – LAI – 2026-12-07.docx',
    );
  });
});
