import { describe, expect, test } from 'vitest';
import { personName } from '../../../../src-renderer/case-edit/people.ts';

describe('a person', () => {
  test('is named as the tribunal writes it, falling back to the name in script', () => {
    expect(personName({ familyName: 'Chan', givenNames: 'Kwok-wai', namesInScript: [] })).toBe('CHAN Kwok-wai');
    expect(personName({ familyName: '', givenNames: '', namesInScript: [{ script: 'Hant', value: '陳國偉' }] })).toBe('陳國偉');
    expect(personName({ familyName: '', givenNames: '', namesInScript: [] })).toBe('');
  });
});
