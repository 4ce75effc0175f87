import { FONT_SCRIPTS, fontStack, type Typeface } from './font-stack.ts';

/**
 * Print styles. Why each rule is there:
 * - overflow-wrap:anywhere: a 10,000-character word (a pasted URL, a hash) wraps instead of being
 *   cut at the margin; word-break stays normal so ordinary words are not split.
 * - :lang(ko) keep-all: Chromium otherwise breaks Korean inside words ("3월 / 에").
 * - line-break:strict for CJK: no small kana or closing punctuation at a line start (kinsoku).
 * - thead is a table-header-group, so Chromium repeats header rows on every page of a table.
 * - table-layout:fixed with given widths: long cell content cannot widen a table past the page.
 * - .keep: a file number isolated inside right-to-left text, a name or a page range stays whole
 *   on its line (blocks.ts).
 * - .keep-with-next and .keep-closing: a heading with the block it introduces, a signature with
 *   the closing and the last lines of the body, each wrapped in one unbreakable group
 *   (keep-groups.ts), because Chromium honours break-after:avoid only where it has a choice.
 * - orphans and widows 2 on everything (inherited), table rows never split, header rows repeated.
 *   p.whole: a short paragraph after a table is never split (Chromium ignores widows there;
 *   blocks.ts).
 * - ol.cut / ul.cut: a list a keep group cuts in two prints as one list (no gap between the parts).
 */
export function baseCss(typeface: Typeface): string {
  const families = FONT_SCRIPTS.map((s) => `.f-${s}{font-family:${fontStack(s, typeface)};}`).join('\n');
  return `
html{font-size:11pt;line-height:1.45;color:#000;background:#fff;}
body{margin:0;orphans:2;widows:2;overflow-wrap:anywhere;word-break:normal;font-kerning:normal;-webkit-print-color-adjust:exact;print-color-adjust:exact;}
${families}
:lang(ko){word-break:keep-all;}
:lang(zh),:lang(ja),:lang(ko),:lang(yue){line-break:strict;}
h1,h2,h3,h4{margin:0.9em 0 0.4em;line-height:1.25;break-after:avoid;break-inside:avoid;}
.keep-with-next,.keep-closing{break-inside:avoid;}
a.link{color:inherit;text-decoration:none;}
h1{font-size:16pt;}h2{font-size:14pt;}h3{font-size:12pt;}h4{font-size:11pt;}
p{margin:0 0 0.6em;orphans:2;widows:2;}
p.whole{break-inside:avoid;}
p.a-start{text-align:start;}p.a-end{text-align:end;}p.a-center{text-align:center;}p.a-justify{text-align:justify;}
ul,ol{margin:0 0 0.6em;padding-inline-start:1.6em;}
ul.cut,ol.cut{margin-bottom:0;}
li>p:last-child{margin-bottom:0.2em;}
table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 0.8em;}
thead{display:table-header-group;}
tr{break-inside:avoid;}
th,td{border:0.5pt solid #555;padding:3pt 5pt;vertical-align:top;text-align:start;}
th{font-weight:700;background:#eee;}
th>p:last-child,td>p:last-child{margin-bottom:0;}
table.bilingual td{width:50%;}
.signature{break-inside:avoid;break-before:avoid-page;margin:2.2em 0 1em;max-width:60%;}
p:has(+ .signature){break-after:avoid-page;}
.signature .line{border-top:0.75pt solid #000;height:0;margin-bottom:3pt;margin-top:2.4em;}
.signature p{margin:0;}
figure{margin:0 0 0.8em;break-inside:avoid;}
figure img{display:block;max-width:100%;height:auto;}
figure:has(+ .signature){margin-bottom:0;break-after:avoid-page;}
figure + .signature{margin-top:0.2em;}
figure + .signature .line{margin-top:0;}
p:has(+ figure + .signature){break-after:avoid-page;}
.missing-image{border:0.5pt dashed #555;padding:6pt;}
.page-break{display:none;}
.page-break + *{break-before:page;}
.keep{white-space:nowrap;}
`;
}
