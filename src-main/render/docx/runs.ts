import { NoBreakHyphen, Tab, TextRun, type IRunOptions } from 'docx';
import type { TextRun as ModelRun } from '../../documents/model.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import { ltrSegments } from '../bidi.ts';
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

/** Left-to-right embedding and pop directional formatting: what Word and LibreOffice both honour. */
const LRE = '\u202a';
const PDF = '\u202c';

/** Word has no "nowrap": a name or range keeps whole by no-break spaces and no-break hyphens. */
const NBSP = '\u00a0';
const KEEP_WHOLE = 40;

function unbrokenChildren(text: string): (string | NoBreakHyphen)[] {
  return text
    .replace(/ /gu, NBSP)
    .split('-')
    .flatMap((part, i) => (i === 0 ? [part] : [new NoBreakHyphen(), part]))
    .filter((c) => c !== '');
}

/**
 * One model run as Word runs: line breaks become w:br and tabs w:tab, so every renderer breaks
 * lines at the same places (the HTML renderer writes <br>). In right-to-left text each
 * left-to-right stretch (a Latin name, a file number; see bidi.ts) becomes a run of its own that
 * is not right-to-left, its text held between LRE and PDF, so it keeps its order in Word and in
 * LibreOffice alike.
 */
function toRuns(run: ModelRun, parent: Scope, style: RunStyle): TextRun[] {
  const text = normalizeText(run.text);
  const scope = scopeOf(run, parent, text);
  const unbroken = run.unbroken === true && [...text].length <= KEEP_WHOLE && !text.includes('\n');
  const format: IRunOptions = {
    ...(run.bold === true || style.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italics: true } : {}),
    ...(run.underline === true ? { underline: {} } : {}),
  };
  const piece = (part: string, ltr: boolean, newLine: boolean): TextRun => {
    const own: Scope = ltr ? { ...scope, dir: 'ltr' } : scope;
    const tabs = (ltr ? `${LRE}${part}${PDF}` : part).split('\t');
    const children = tabs
      .flatMap((t, j) => (j === 0 ? [t] : [new Tab(), t]))
      .flatMap((c) => (unbroken && typeof c === 'string' ? unbrokenChildren(c) : [c]))
      .filter((c) => c !== '');
    return new TextRun({ ...runProperties(own, part, style), ...format, ...(newLine ? { break: 1 } : {}), children });
  };
  return text.split('\n').flatMap((line, i) => {
    const parts = scope.dir === 'rtl' ? ltrSegments(line) : [{ text: line, ltr: false }];
    if (parts.length === 0) return [piece('', false, i > 0)];
    return parts.map((p, j) => piece(p.text, p.ltr, i > 0 && j === 0));
  });
}

export function docxRuns(runs: readonly ModelRun[], scope: Scope, style: RunStyle): TextRun[] {
  return runs.flatMap((run) => toRuns(run, scope, style));
}
