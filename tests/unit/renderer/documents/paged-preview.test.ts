import { describe, expect, test } from 'vitest';
import { fitScale, sheetCss, type PageSetup } from '../../../../src-renderer/features/documents/paged-preview.ts';

const letter: PageSetup = { size: 'letter', margins: { top: 25.4, right: 25.4, bottom: 25.4, left: 25.4 } };
const a4: PageSetup = { size: 'a4', margins: { top: 20, right: 20, bottom: 30, left: 20 } };

describe('sheets on screen', () => {
  test('a sheet is the paper size with the margins as padding, ruled at each full page of text', () => {
    const css = sheetCss(letter);
    expect(css).toContain('width: 215.9mm; min-height: 279.4mm');
    expect(css).toContain('padding: 25.4mm 25.4mm 25.4mm 25.4mm');
    // Letter, one-inch margins: 279.4 − 50.8 = 228.6 mm of text a page.
    expect(css).toContain('calc(228.6mm - 1px)');
    expect(sheetCss(a4)).toContain('width: 210mm; min-height: 297mm');
    expect(sheetCss(a4)).toContain('calc(247mm - 1px)');
  });

  test('a sheet is shown at paper size when the frame is wide enough, and scaled down to fit otherwise', () => {
    expect(fitScale(letter, 1200)).toBe(1);
    expect(fitScale(letter, 0)).toBe(1);
    const half = fitScale(letter, 428);
    expect(half).toBeGreaterThan(0.49);
    expect(half).toBeLessThan(0.51);
    expect(fitScale(letter, 50)).toBe(0.25);
  });
});
