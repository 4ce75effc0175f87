import type { IStylesOptions } from 'docx';
import { runFonts, type Typeface } from './fonts.ts';
import { runLanguage } from './language.ts';

const heading = (size: number, before: number): NonNullable<NonNullable<IStylesOptions['default']>['heading1']> => ({
  run: { bold: true, size, color: '000000' },
  paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 120 } },
});

/**
 * Document defaults (11 pt in the bundled families, in the document's language) and Word's own
 * Heading 1–4 styles, so headings show in Word's navigation pane and outline.
 */
export function documentStyles(lang: string, typeface: Typeface): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: runFonts(lang, '', typeface), size: 22, sizeComplexScript: 22, language: runLanguage(lang) },
        paragraph: { spacing: { after: 160, line: 276 } },
      },
      heading1: heading(32, 360),
      heading2: heading(28, 280),
      heading3: heading(24, 240),
      heading4: heading(22, 200),
    },
  };
}
