import { describe, expect, test } from 'vitest';
import { counselGaps } from '../../../../src-renderer/components/counsel-missing.ts';

const issue = (path: string) => ({ path, message: 'x' });

describe('what of the counsel profile an error says is missing', () => {
  test('named fields in the form order, or the whole profile', () => {
    expect(counselGaps({ code: 'VALIDATION', issues: [issue('counselProfile.addressLines'), issue('counselProfile.name')] })).toEqual([
      'name',
      'address',
    ]);
    expect(counselGaps({ code: 'VALIDATION', issues: [issue('counselProfile')] })).toEqual(['profile']);
  });

  test('nothing for other errors', () => {
    expect(counselGaps({ code: 'VALIDATION', issues: [issue('client.uci')] })).toBeNull();
    expect(counselGaps({ code: 'VALIDATION' })).toBeNull();
    expect(counselGaps({ code: 'INTERNAL', issues: [issue('counselProfile')] })).toBeNull();
  });
});
