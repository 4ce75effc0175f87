import { describe, expect, it } from 'vitest';
import { numberingDefaults, numberingOptions } from '../../../../src-renderer/features/packets/numbering.ts';

describe('the numbering form', () => {
  it("shows the preset's numbering as the preview reports it", () => {
    const defaults = numberingDefaults({
      labelStyle: { kind: 'bates', prefix: 'APP-', pad: 6 },
      startNumber: 1,
      dividers: false,
      numberCover: false,
      numberList: true,
    });
    expect(defaults).toEqual({ labelKind: 'bates', prefix: 'APP-', pad: 6, dividers: false, numberCover: false, numberList: true });
    // Nothing changed: the build is sent no numbering of its own, and applies the same preset numbering.
    expect(numberingOptions({ startNumber: '' }, defaults)).toEqual({});
  });

  it('shows page-of numbering until the preview arrives', () => {
    expect(numberingDefaults(undefined)).toMatchObject({ labelKind: 'page-of', numberList: true });
  });
});
