import { describe, expect, it } from 'vitest';
import { runFonts } from '../../../../src-main/render/docx/fonts.ts';

describe('runFonts', () => {
  it('names the bundled family of the run’s script in the slot Word draws it from', () => {
    expect(runFonts('ta', 'கமலா', 'sans')).toEqual({
      ascii: 'Noto Sans',
      hAnsi: 'Noto Sans',
      eastAsia: 'Noto Sans SC',
      cs: 'Noto Sans Tamil',
    });
    expect(runFonts('he', 'דוד', 'serif').cs).toBe('Noto Sans Hebrew');
    expect(runFonts('hy', 'Արամ', 'sans').hAnsi).toBe('Noto Sans Armenian');
    expect(runFonts('iu', 'ᐊᓈᓇ', 'sans').hAnsi).toBe('Noto Sans Canadian Aboriginal');
    expect(runFonts('zh-Hant', '黎', 'sans').eastAsia).toBe('Noto Sans TC');
  });

  it('falls back to the script of the text for a run in another language, and keeps Latin for ckb-Latn', () => {
    expect(runFonts('en', 'Name: ខ្ញុំ', 'sans').cs).toBe('Noto Sans Khmer');
    expect(runFonts('en', 'ნინო', 'sans').hAnsi).toBe('Noto Sans Georgian');
    expect(runFonts('ckb-Latn', 'Şêrko', 'sans')).toEqual({
      ascii: 'Noto Sans',
      hAnsi: 'Noto Sans',
      eastAsia: 'Noto Sans SC',
      cs: 'Noto Naskh Arabic',
    });
  });
});
