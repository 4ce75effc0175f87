import { describe, expect, test } from 'vitest';
import { documentFileName } from '../../../../src-main/packet/plan/file-names.ts';

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
