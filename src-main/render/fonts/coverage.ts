import type { DossierDocument } from '../../documents/model.ts';
import { collectText } from '../../documents/text-walk.ts';
import { DossierError, type FieldIssue } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import { fontScriptForLang } from '../../core/lang/script.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import { formatCodePoint } from '../../core/text/invisible.ts';
import { chosenFamily, drawnAsMeant, scriptOfCluster, type ClusterScript } from './face-choice.ts';
import type { FontLibrary } from './library.ts';
import { printedForm } from './printed-form.ts';

export interface CoverageError {
  /** "U+E000": the cluster's first character that needs a glyph. */
  readonly codePoint: string;
  /** The grapheme cluster as written. */
  readonly character: string;
  /** Where the text is, e.g. "blocks[2].runs[0]" (for tools; never shown in a message). */
  readonly path: string;
  /** Offset in UTF-16 code units within that text, after normalisation. */
  readonly offset: number;
  /** The script the cluster is written in. */
  readonly script: ClusterScript;
  /** The family that would draw it when it is not the one meant for its script; undefined when no bundled font has it. */
  readonly drawnWith?: string;
  /** The whole text the cluster is in, to quote in a message. */
  readonly text: string;
}

/**
 * Characters that are never drawn, so need no glyph: line breaks and tabs, and format
 * characters (ZWNJ, ZWJ, bidi controls, variation selectors), which steer shaping or order.
 */
function needsGlyph(ch: string): boolean {
  return !/^[\p{Cc}\p{Cf}\p{Variation_Selector}]$/u.test(ch);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Every cluster of the document that would not be drawn with the font meant for its script:
 * none of the bundled fonts has it, or the font Chromium would fall back to is not that
 * script's (U+2010 from the Chinese font, Latin letters of a "ckb-Latn" run from the Arabic one).
 */
export function checkCoverage(doc: DossierDocument, library: FontLibrary): CoverageError[] {
  const verdicts = new Map<string, { ok: boolean; drawnWith: string | undefined }>();
  const errors: CoverageError[] = [];
  for (const { path, text, lang } of collectText(doc)) {
    const script = fontScriptForLang(lang);
    const printed = printedForm(normalizeText(text));
    for (const { segment, index } of segmenter.segment(printed)) {
      const drawn = [...segment].filter(needsGlyph);
      const points = drawn.map((ch) => ch.codePointAt(0) ?? 0);
      if (points.length === 0) continue;
      const key = `${script}\n${segment}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        const drawnWith = chosenFamily(library, script, points);
        verdict = { ok: drawnWith !== undefined && drawnAsMeant(library, script, segment, drawnWith), drawnWith };
        verdicts.set(key, verdict);
      }
      if (verdict.ok) continue;
      errors.push({
        codePoint: formatCodePoint(points[0] ?? 0),
        character: segment,
        path,
        offset: index,
        script: scriptOfCluster(segment),
        ...(verdict.drawnWith === undefined ? {} : { drawnWith: verdict.drawnWith }),
        text: printed,
      });
    }
  }
  return errors;
}

/** A short quotation of the text a problem is in, so the user finds it: its first words. */
function quote(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const graphemes = [...segmenter.segment(flat)].map((s) => s.segment);
  return graphemes.length > 40 ? `${graphemes.slice(0, 40).join('')}…` : flat;
}

/**
 * One issue per script and text it is found in (not one per character): the script, the
 * characters, a quotation of the text and what to do. `path` stays the document location, for
 * tools; the message never shows it.
 */
export function coverageIssues(errors: readonly CoverageError[]): FieldIssue[] {
  const groups = new Map<string, CoverageError[]>();
  for (const error of errors) {
    const key = `${error.script}\n${error.drawnWith === undefined ? '' : 'wrong'}\n${error.text}`;
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  return [...groups.values()].map((found) => {
    const first = found[0];
    if (first === undefined) throw new Error('empty coverage group');
    const characters = [...new Set(found.map((e) => e.character))];
    const params = {
      script: first.script,
      characters: `${characters.slice(0, 8).join(' ')}${characters.length > 8 ? ' …' : ''}`,
      codePoint: first.codePoint,
      text: quote(first.text),
    };
    return first.drawnWith === undefined
      ? fieldIssue(first.path, 'noFontForScript', params)
      : fieldIssue(first.path, 'wrongFontForScript', { ...params, family: first.drawnWith });
  });
}

/**
 * The coverage pre-flight every PDF runs first (the packet's own pages too): nothing is written
 * if a character lacks its script's bundled font, and the error names the script, the text and
 * the fix, one line per text. `what` names the document when several are printed together.
 */
export function assertCoverage(doc: DossierDocument, library: FontLibrary, what?: string): void {
  const missing = checkCoverage(doc, library);
  if (missing.length === 0) return;
  const issues = coverageIssues(missing);
  throw new DossierError(
    'VALIDATION',
    `${issues.length} text(s)${what === undefined ? '' : ` in ${what}`} cannot be printed with the bundled fonts.`,
    issues,
  );
}

/**
 * The same check for a DOCX, which embeds no font: Word or LibreOffice supplies one, so the
 * document is written and these warnings say which texts the reader's computer must have a
 * font for.
 */
export function coverageWarnings(doc: DossierDocument, library: FontLibrary): FieldIssue[] {
  return coverageIssues(checkCoverage(doc, library));
}
