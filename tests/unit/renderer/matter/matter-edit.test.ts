import { describe, expect, it } from 'vitest';
import type { Matter } from '../../../../src-main/core/model/case.ts';
import { fileNumberValue, withFileNumber, withNumberAt } from '../../../../src-renderer/features/matter/matter-edit.ts';

const matter: Matter = {
  forum: 'IRB-ID',
  fileNumbers: [
    { issuer: 'other', label: 'LAO', value: 'L-1' },
    { issuer: 'IRB', value: '0003-B6-01234' },
  ],
  languageOfProceedings: 'en',
  privacy: 'public',
  openedAt: '2026-03-10',
};

describe('editing the file numbers on the File tab', () => {
  it("changes an office's number in place, adds one it lacks, and removes one cleared", () => {
    expect(fileNumberValue(withFileNumber(matter, 'IRB', '0003-B6-09999'), 'IRB')).toBe('0003-B6-09999');
    expect(withFileNumber(matter, 'CBSA', 'C-7').fileNumbers.at(-1)).toEqual({ issuer: 'CBSA', value: 'C-7' });
    expect(withFileNumber(matter, 'IRB', '  ').fileNumbers).toEqual([{ issuer: 'other', label: 'LAO', value: 'L-1' }]);
    expect(withFileNumber(matter, 'FC', '')).toBe(matter);
    expect(fileNumberValue(matter, 'IRCC')).toBe('');
  });

  it('edits and removes a number kept from an older case by its place', () => {
    expect(withNumberAt(matter, 0, 'L-2').fileNumbers[0]).toEqual({ issuer: 'other', label: 'LAO', value: 'L-2' });
    expect(withNumberAt(matter, 0, '').fileNumbers).toEqual([{ issuer: 'IRB', value: '0003-B6-01234' }]);
  });
});
