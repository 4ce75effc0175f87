import { describe, expect, test } from 'vitest';
import {
  CounselProfileMissingError,
  missingCounselFields,
  requireCounsel,
} from '../../../../src-main/documents/builders/counsel-profile.ts';

const full = { name: 'Marie-Ève Tremblay', firm: 'Parkdale Community Legal Clinic', addressLines: ['1266 Queen Street West'] };

describe('the counsel profile a letterhead needs', () => {
  test('names each missing field, or the whole profile', () => {
    expect(missingCounselFields(undefined)).toBe('profile');
    expect(missingCounselFields(full)).toEqual([]);
    expect(missingCounselFields({ ...full, name: ' ', addressLines: [] })).toEqual(['name', 'addressLines']);
  });

  test('the error carries one issue per missing field, at counselProfile.<field>', () => {
    expect(requireCounsel(full)).toBe(full);
    let caught: unknown;
    try {
      requireCounsel({ ...full, firm: '' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CounselProfileMissingError);
    expect(caught).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'counselProfile.firm', code: 'counselProfileEmpty' }] });
    expect(new CounselProfileMissingError().issues.map((i) => i.path)).toEqual(['counselProfile']);
  });
});
