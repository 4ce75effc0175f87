import { Tab, TextRun, type IRunOptions } from 'docx';
import type { TextRun as ModelRun } from '../../documents/model.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import { runFonts, type Typeface } from './fonts.ts';
import { runLanguage, scopeOf, type Scope } from './language.ts';

/** Formatting every run of a paragraph shares; headings and signature names add bold. */
export interface RunStyle {
  readonly typeface: Typeface;
  readonly bold?: boolean;
}

/** Font, language and direction properties of a run of `text` in `scope`. */
export function runProperties(scope: Scope, text: string, style: RunStyle): IRunOptions {
  return {
    font: runFonts(scope.lang, text, style.typeface),
    language: runLanguage(scope.lang),
    // Only right-to-left runs are marked: Word's own bidi algorithm orders the Latin names and
    // digits inside them, and marking Latin runs rtl would reverse their neighbours.
    ...(scope.dir === 'rtl' ? { rightToLeft: true } : {}),
  };
}

/**
 * One model run as Word runs: line breaks become w:br and tabs w:tab, so every renderer breaks
 * lines at the same places (the HTML renderer writes <br>).
 */
function toRuns(run: ModelRun, parent: Scope, style: RunStyle): TextRun[] {
  const text = normalizeText(run.text);
  const scope = scopeOf(run, parent, text);
  const base: IRunOptions = {
    ...runProperties(scope, text, style),
    ...(run.bold === true || style.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italics: true } : {}),
    ...(run.underline === true ? { underline: {} } : {}),
  };
  return text.split('\n').map((line, i) => {
    const parts = line.split('\t');
    const children = parts.flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part])).filter((c) => c !== '');
    return new TextRun({ ...base, ...(i > 0 ? { break: 1 } : {}), children });
  });
}

export function docxRuns(runs: readonly ModelRun[], scope: Scope, style: RunStyle): TextRun[] {
  return runs.flatMap((run) => toRuns(run, scope, style));
}
