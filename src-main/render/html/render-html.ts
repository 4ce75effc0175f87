import type { DossierDocument } from '../../documents/model.ts';
import { collectText } from '../../documents/text-walk.ts';
import { directionForLang } from '../../core/lang/direction.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import type { FontFaceEntry, FontUrl } from '../fonts/types.ts';
import { baseCss } from './base-css.ts';
import { blocksHtml, type ImageResolver } from './blocks.ts';
import { langDirAttrs } from './attributes.ts';
import { escapeHtml, safeLang } from './escape.ts';
import { facesForText, fontFaceCss } from './font-faces.ts';
import { pageCss } from './page-css.ts';
import type { Typeface } from './font-stack.ts';

export interface HtmlFonts {
  /** Every bundled face; only those the document's characters need are written out. */
  readonly faces: readonly FontFaceEntry[];
  /** The URL each face is fetched from: a file the printer serves, or a data: URL. */
  readonly url: FontUrl;
  /** The CSP font-src value that admits those URLs, e.g. "'self'" or "data:". */
  readonly cspSource: string;
}

export interface HtmlOptions {
  readonly fonts: HtmlFonts;
  readonly images?: ImageResolver;
  readonly typeface?: Typeface;
}

/** Every code point the page will draw (after normalisation), to pick the font subsets. */
export function documentCodePoints(doc: DossierDocument): Set<number> {
  const points = new Set<number>();
  for (const { text } of collectText(doc)) {
    for (const ch of normalizeText(text)) points.add(ch.codePointAt(0) ?? 0);
  }
  // Header and footer page numbers are drawn by counters, not by document text.
  for (const ch of '0123456789') points.add(ch.codePointAt(0) ?? 0);
  return points;
}

/**
 * A complete, self-contained HTML page for the preview and for printing. The page runs no
 * script and loads nothing but the bundled fonts (and images inlined as data: URLs); its CSP
 * says so, as a second wall behind the printer's own request filter.
 */
export function renderHtml(doc: DossierDocument, options: HtmlOptions): string {
  const typeface = options.typeface ?? 'sans';
  const faces = facesForText(options.fonts.faces, documentCodePoints(doc));
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src ${options.fonts.cspSource.replace(/[^a-z:'/.\-* ]/giu, '')}`;
  const rootAttrs = langDirAttrs({ lang: safeLang(doc.meta.lang) ?? 'und' });
  return `<!DOCTYPE html>
<html${rootAttrs}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(doc.meta.title)}</title>
<style>
${fontFaceCss(faces, options.fonts.url)}
${pageCss(doc.page, doc.meta.lang, typeface)}
${baseCss(typeface)}
</style>
</head>
<body>
${blocksHtml(doc.blocks, { images: options.images ?? (() => undefined), dir: directionForLang(safeLang(doc.meta.lang) ?? 'und') })}
</body>
</html>
`;
}
