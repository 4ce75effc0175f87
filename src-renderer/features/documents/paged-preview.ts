import type { Output } from '../../../src-main/ipc/contract.ts';
import type { PreparedPreview } from '../settings/preview-html.ts';

/**
 * The print HTML laid out on screen as the printer will lay it on paper: each sheet at the
 * document's paper size with its margins, a gap between sheets where the document breaks the
 * page, and a grey rule wherever the text fills a page and runs on to the next. Chromium only
 * paginates when printing, so a page that runs over is marked, not cut; the saved PDF is the
 * printer's own layout.
 */
export type PageSetup = NonNullable<Output<'documentPreview'>['page']>;

/** Paper sizes in millimetres, as the @page rule names them. */
export const paperSizes: Readonly<Record<PageSetup['size'], { readonly width: number; readonly height: number }>> = {
  letter: { width: 215.9, height: 279.4 },
  a4: { width: 210, height: 297 },
};

/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4;
/** The desk around a sheet: body padding on both sides, and room for a scroll bar. */
const DESK_PX = 40;

/** The zoom that fits a sheet into a frame this wide: 1 when it fits at paper size, never below a quarter. */
export function fitScale(page: PageSetup, frameWidth: number): number {
  const needed = paperSizes[page.size].width * PX_PER_MM + DESK_PX;
  if (frameWidth <= 0 || frameWidth >= needed) return 1;
  return Math.max(0.25, Math.floor((frameWidth / needed) * 1000) / 1000);
}

const mm = (value: number): string => `${Math.round(value * 100) / 100}mm`;

/** The screen style of the sheets for this page: size, margins, and the rule at each full page of text. */
export function sheetCss(page: PageSetup): string {
  const paper = paperSizes[page.size];
  const m = page.margins;
  const text = Math.max(10, paper.height - m.top - m.bottom);
  return `
html { background: #e9ecf1; }
body { background: transparent; margin: 0; padding: 16px 8px; max-width: none; box-shadow: none; }
.sheet {
  box-sizing: border-box; width: ${mm(paper.width)}; min-height: ${mm(paper.height)}; margin: 0 auto 24px;
  padding: ${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)};
  background: repeating-linear-gradient(to bottom, transparent 0 calc(${mm(text)} - 1px), #9aa5b1 calc(${mm(text)} - 1px) ${mm(text)}) content-box, #fff;
  box-shadow: 0 1px 4px rgb(0 0 0 / 18%);
}
.sheet > :first-child { margin-top: 0; }
`;
}

/** Groups the page's content into sheets, a new sheet at each page break the document asks for. */
export function pagedPreview(prepared: PreparedPreview, page: PageSetup): PreparedPreview {
  const doc = new DOMParser().parseFromString(prepared.html, 'text/html');
  const children = [...doc.body.childNodes];
  const sheets: HTMLElement[] = [];
  const startSheet = (): HTMLElement => {
    const sheet = doc.createElement('section');
    sheet.className = 'sheet';
    sheet.setAttribute('data-testid', 'preview-sheet');
    sheets.push(sheet);
    return sheet;
  };
  let sheet = startSheet();
  for (const node of children) {
    if (node instanceof Element && node.classList.contains('page-break')) {
      sheet = startSheet();
      continue;
    }
    sheet.append(node);
  }
  doc.body.replaceChildren(...sheets.filter((s, i) => i === 0 || s.childNodes.length > 0));
  return { html: `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`, css: `${prepared.css}\n${sheetCss(page)}` };
}
