import { describe, expect, test } from 'vitest';
import { idSchema } from '../../../../src-main/core/model/case.ts';
import { newId } from '../../../../src-renderer/case-edit/ids.ts';

describe('a new row id', () => {
  test('has a valid id that is not already taken', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const id = newId('p', taken);
      expect(idSchema.safeParse(id).success).toBe(true);
      expect(taken.has(id)).toBe(false);
      taken.add(id);
    }
  });
});
