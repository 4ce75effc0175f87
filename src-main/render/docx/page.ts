import { Footer, Header, PageNumber, Paragraph, TabStopType, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { PageSetup, RunningText } from '../../documents/model.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import type { Typeface } from './fonts.ts';
import { scopeOf, type Scope } from './language.ts';
import { paragraphProps } from './paragraph.ts';
import { runProperties } from './runs.ts';

/** Page sizes in twips (1/1440 inch): Letter 8.5 × 11 in, A4 210 × 297 mm. */
const SIZES = { letter: { width: 12240, height: 15840 }, a4: { width: 11906, height: 16838 } } as const;

export const mmToTwips = (mm: number): number => (Number.isFinite(mm) && mm > 0 ? Math.round((mm * 1440) / 25.4) : 0);

export function pageGeometry(page: PageSetup): {
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
} {
  const size = SIZES[page.size];
  const margins = {
    top: mmToTwips(page.margins.top),
    right: mmToTwips(page.margins.right),
    bottom: mmToTwips(page.margins.bottom),
    left: mmToTwips(page.margins.left),
  };
  return { ...size, margins };
}

/** The width between the margins, never less than an inch even for absurd margins. */
export function contentWidth(page: PageSetup): number {
  const { width, margins } = pageGeometry(page);
  return Math.max(1440, width - margins.left - margins.right);
}

/**
 * "Page {page} of {pages}" as text runs and Word's PAGE and NUMPAGES fields, so Word and
 * LibreOffice fill in the numbers, as the PDF's page counters do.
 */
function runningRuns(text: string, scope: Scope, typeface: Typeface): TextRun[] {
  const props = runProperties(scope, text, { typeface });
  return normalizeText(text)
    .replace(/\n/gu, ' ')
    .split(/(\{page\}|\{pages\})/u)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new TextRun({ ...props, children: [PageNumber.CURRENT] });
      if (part === '{pages}') return new TextRun({ ...props, children: [PageNumber.TOTAL_PAGES] });
      return new TextRun({ ...props, text: part });
    });
}

/** Left, centre and right slots on one line, with a centre and an end tab stop, as Word's own header. */
function runningParagraph(running: RunningText, parent: Scope, width: number, typeface: Typeface): Paragraph {
  const scope = scopeOf(running, parent);
  const slots = [running.left ?? '', running.center ?? '', running.right ?? ''];
  const children = slots.flatMap((text, i) => [
    ...(i > 0 ? [new TextRun({ ...runProperties(scope, '', { typeface }), children: ['\t'] })] : []),
    ...runningRuns(text, scope, typeface),
  ]);
  return new Paragraph({
    ...paragraphProps(scope, { typeface }),
    tabStops: [
      { type: TabStopType.CENTER, position: Math.round(width / 2) },
      { type: TabStopType.RIGHT, position: width },
    ],
    children,
  });
}

export function sectionProperties(page: PageSetup): ISectionPropertiesOptions {
  const { width, height, margins } = pageGeometry(page);
  // The running text sits halfway into the top and bottom margins, as the PDF's margin boxes do.
  return {
    page: {
      size: { width, height },
      margin: { ...margins, header: Math.round(margins.top / 2), footer: Math.round(margins.bottom / 2), gutter: 0 },
    },
  };
}

export function headersAndFooters(
  page: PageSetup,
  root: Scope,
  typeface: Typeface,
): { headers?: { default: Header }; footers?: { default: Footer } } {
  const width = contentWidth(page);
  return {
    ...(page.header ? { headers: { default: new Header({ children: [runningParagraph(page.header, root, width, typeface)] }) } } : {}),
    ...(page.footer ? { footers: { default: new Footer({ children: [runningParagraph(page.footer, root, width, typeface)] }) } } : {}),
  };
}
