/**
 * Finishing touches to each w:pPr that the docx package cannot express, applied to the part's
 * XML as docx wrote it:
 *
 * - East Asian paragraphs (the paragraph mark's w:lang has an eastAsia tag) get w:kinsoku on, so
 *   Word applies the language's line-breaking rules (no line starting with "。" or "）").
 * - Korean paragraphs get w:autoSpaceDE and w:autoSpaceDN off. Korean separates words with
 *   spaces already; the automatic Latin/digit spacing adds a visible gap ("2023 년 3 월").
 * - The children are put in the order the schema requires (docx writes w:autoSpaceDN late, and
 *   Word rejects a document whose elements are out of order).
 *
 * Text never contains a literal "<" (docx escapes it), so the patterns below only ever see
 * markup; attribute values written here are language tags, style ids and font names.
 */
const ORDER = [
  'pStyle',
  'keepNext',
  'keepLines',
  'pageBreakBefore',
  'framePr',
  'widowControl',
  'numPr',
  'suppressLineNumbers',
  'pBdr',
  'shd',
  'tabs',
  'suppressAutoHyphens',
  'kinsoku',
  'wordWrap',
  'overflowPunct',
  'topLinePunct',
  'autoSpaceDE',
  'autoSpaceDN',
  'bidi',
  'adjustRightInd',
  'snapToGrid',
  'spacing',
  'ind',
  'contextualSpacing',
  'mirrorIndents',
  'suppressOverlap',
  'jc',
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
].map((name) => `w:${name}`);

interface Child {
  readonly name: string;
  readonly xml: string;
}

/** Splits the inside of an element into its top-level child elements. */
function children(inner: string): Child[] {
  const out: Child[] = [];
  const tag = /<(\/?)([A-Za-z0-9_:]+)[^>]*?(\/?)>/gu;
  let depth = 0;
  let start = 0;
  let name = '';
  for (let m = tag.exec(inner); m !== null; m = tag.exec(inner)) {
    const closing = m[1] === '/';
    const selfClosing = m[3] === '/';
    if (depth === 0 && !closing) {
      start = m.index;
      name = m[2] ?? '';
    }
    if (closing) depth -= 1;
    else if (!selfClosing) depth += 1;
    if (depth === 0) out.push({ name, xml: inner.slice(start, m.index + m[0].length) });
  }
  return out;
}

const rank = (name: string): number => {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
};

function finishParagraphProperties(inner: string): string {
  let kids = children(inner);
  const runProps = kids.find((k) => k.name === 'w:rPr')?.xml ?? '';
  const eastAsia = /<w:lang\b[^>]*\bw:eastAsia="([A-Za-z-]+)"/u.exec(runProps)?.[1];
  const add = (name: string, xml: string): void => {
    kids = [...kids.filter((k) => k.name !== name), { name, xml }];
  };
  if (eastAsia !== undefined && /^(zh|ja|ko)\b/iu.test(eastAsia)) add('w:kinsoku', '<w:kinsoku/>');
  if (eastAsia !== undefined && /^ko\b/iu.test(eastAsia)) {
    add('w:autoSpaceDE', '<w:autoSpaceDE w:val="0"/>');
    add('w:autoSpaceDN', '<w:autoSpaceDN w:val="0"/>');
  }
  return kids
    .map((k, i) => ({ k, i }))
    .sort((a, b) => rank(a.k.name) - rank(b.k.name) || a.i - b.i)
    .map(({ k }) => k.xml)
    .join('');
}

/** Applies the above to every paragraph of a document, header or footer part. */
export function finishParagraphs(partXml: string): string {
  return partXml.replace(/<w:pPr>(.*?)<\/w:pPr>/gsu, (_, inner: string) => `<w:pPr>${finishParagraphProperties(inner)}</w:pPr>`);
}
