import { NoBreakHyphen, Tab, TextRun, type IRunOptions } from 'docx';
import type { TextRun as ModelRun } from '../../documents/model.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import type { TextDirection } from '../../core/lang/direction.ts';
import { runIsolation } from '../bidi.ts';
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
 * The isolates Word and LibreOffice both honour: left-to-right, right-to-left and first-strong
 * isolate, closed by pop directional isolate. An isolate ends any embedding or override inside
 * it, and its neighbours see it as one neutral character, so brackets around it pair up.
 */
const OPEN: Record<TextDirection | 'auto', string> = { ltr: '\u2066', rtl: '\u2067', auto: '\u2068' };
const PDI = '\u2069';

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
 * lines at the same places (the HTML renderer writes <br>). The run is isolated as bidi.ts says,
 * line by line: a run of another direction than its paragraph, or an inserted value that could
 * disturb its neighbours, is held whole between an isolate and PDI; inside it, each stretch of
 * the other direction (a Latin name or file number in Persian, a Persian date in English)
 * becomes a run of its own direction between LRI or RLI and PDI, so it keeps its order in Word
 * and in LibreOffice alike.
 */
function toRuns(run: ModelRun, parent: Scope, style: RunStyle): TextRun[] {
  const text = normalizeText(run.text);
  const scope = scopeOf(run, parent, text);
  const isolation = runIsolation(text, scope.dir, parent.dir, run.inserted === true);
  const unbroken = run.unbroken === true && [...text].length <= KEEP_WHOLE && !text.includes('\n');
  const format: IRunOptions = {
    ...(run.bold === true || style.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italics: true } : {}),
    ...(run.underline === true ? { underline: {} } : {}),
  };
  const piece = (part: string, dir: TextDirection, newLine: boolean): TextRun => {
    const children = part
      .split('\t')
      .flatMap((t, j) => (j === 0 ? [t] : [new Tab(), t]))
      .flatMap((c) => (unbroken && typeof c === 'string' ? unbrokenChildren(c) : [c]))
      .filter((c) => c !== '');
    return new TextRun({ ...runProperties({ ...scope, dir }, part, style), ...format, ...(newLine ? { break: 1 } : {}), children });
  };
  return text.split('\n').flatMap((line, i) => {
    const pieces = isolation.pieces(line);
    if (pieces.length === 0) return [piece('', isolation.dir, i > 0)];
    return pieces.map((p, j) => {
      const open = isolation.whole !== undefined && j === 0 ? OPEN[isolation.whole] : '';
      const close = isolation.whole !== undefined && j === pieces.length - 1 ? PDI : '';
      if (p.isolate === undefined) return piece(`${open}${p.text}${close}`, isolation.dir, i > 0 && j === 0);
      return piece(`${open}${OPEN[p.isolate]}${p.text}${PDI}${close}`, p.isolate, i > 0 && j === 0);
    });
  });
}

export function docxRuns(runs: readonly ModelRun[], scope: Scope, style: RunStyle): TextRun[] {
  return runs.flatMap((run) => toRuns(run, scope, style));
}
