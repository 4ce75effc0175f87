import type { PageSetup, RunningText } from '../../documents/model.ts';
import { fontScriptForLang } from '../../core/lang/script.ts';
import { directionForLang } from '../../core/lang/direction.ts';
import { cssString } from './escape.ts';
import { fontStack, type Typeface } from './font-stack.ts';

const SLOTS = { left: 'left', center: 'center', right: 'right' } as const;

/** "Page {page} of {pages}" → "Page " counter(page) " of " counter(pages). */
export function runningContent(template: string): string {
  const parts = template.split(/(\{page\}|\{pages\})/u).filter((p) => p !== '');
  if (parts.length === 0) return '""';
  return parts.map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p))).join(' ');
}

function marginBoxes(where: 'top' | 'bottom', running: RunningText | undefined, docLang: string, typeface: Typeface): string {
  if (running === undefined) return '';
  const lang = running.lang ?? docLang;
  const direction = running.dir === 'rtl' || running.dir === 'ltr' ? running.dir : directionForLang(lang);
  return (Object.keys(SLOTS) as (keyof typeof SLOTS)[])
    .filter((slot) => running[slot] !== undefined)
    .map(
      (slot) =>
        `@${where}-${slot}{content:${runningContent(running[slot] ?? '')};font-family:${fontStack(fontScriptForLang(lang), typeface)};` +
        `font-size:9pt;color:#333;direction:${direction};}`,
    )
    .join('');
}

/**
 * The @page rule: paper size, margins, and running header and footer as CSS page-margin boxes,
 * which both Chromium print paths (Playwright and Electron printToPDF) lay out the same way.
 */
export function pageCss(page: PageSetup, docLang: string, typeface: Typeface): string {
  const m = page.margins;
  return (
    `@page{size:${page.size === 'a4' ? 'A4' : 'letter'};margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;` +
    marginBoxes('top', page.header, docLang, typeface) +
    marginBoxes('bottom', page.footer, docLang, typeface) +
    '}'
  );
}
