/**
 * A print page that keeps its fonts. Navigating to each job's own page loads every font file
 * again (the adapters answer requests themselves, which turns Chromium's cache off), about a
 * megabyte and fifty round trips for a multilingual document. Instead a page is opened once on
 * an empty shell under the jobs' Content-Security-Policy, and each job is put into it: its
 * @font-face rules join those the page already holds (a rule already there is not added twice,
 * so its file is not fetched again), and its head and body replace the previous job's. A rule
 * kept from an earlier job covers no character of this one (the print HTML writes only the
 * faces a document's characters need, each with its unicode-range), so it draws nothing here.
 */

/** One job split for the page: its @font-face rules, one per entry, and the HTML without them. */
export interface PrintJobParts {
  readonly csp: string;
  readonly fontRules: readonly string[];
  readonly html: string;
}

const FONT_RULE = /^@font-face\{[^\n]*\}$/gmu;
const CSP = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u;

/** The job's policy, its font rules (the print HTML writes one per line), and the rest of its HTML. */
export function splitPrintJob(html: string): PrintJobParts {
  return {
    csp: CSP.exec(html)?.[1] ?? "default-src 'none'",
    fontRules: html.match(FONT_RULE) ?? [],
    html: html.replace(FONT_RULE, ''),
  };
}

const escapeAttribute = (text: string): string => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/** The empty page jobs are put into: the policy every job it prints carries, and nothing else. */
export function shellHtml(csp: string): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
</head>
<body></body>
</html>
`;
}

/**
 * Run in the page (through the DevTools protocol or executeJavaScript, outside the page's CSP,
 * which forbids scripts): adds the new font rules in a style element of their own (the rules
 * already there keep their loaded files), replaces the root's attributes, the head (but the
 * shell's policy and the fonts) and the body with the job's, lays the page out so the faces it
 * draws start loading, and resolves once every font has arrived.
 */
export const PUT_JOB_SOURCE = `async (job) => {
  const known = new Set();
  for (const style of document.querySelectorAll('style[data-print-fonts]'))
    for (const rule of style.textContent.split('\\n')) known.add(rule);
  const fresh = job.fontRules.filter((rule) => !known.has(rule));
  const parsed = new DOMParser().parseFromString(job.html, 'text/html');
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const attr of parsed.documentElement.attributes) root.setAttribute(attr.name, attr.value);
  for (const node of [...document.head.childNodes])
    if (!(node instanceof HTMLMetaElement) && !(node instanceof HTMLStyleElement && node.hasAttribute('data-print-fonts'))) node.remove();
  if (fresh.length > 0) {
    const style = document.createElement('style');
    style.setAttribute('data-print-fonts', '');
    style.textContent = fresh.join('\\n');
    document.head.append(style);
  }
  for (const node of [...parsed.head.childNodes])
    if (!(node instanceof HTMLMetaElement)) document.head.append(document.importNode(node, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  document.body.getBoundingClientRect();
  await document.fonts.ready;
  return true;
}`;
