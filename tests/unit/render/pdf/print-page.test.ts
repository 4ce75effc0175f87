import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type DossierDocument } from '../../../../src-main/documents/model.ts';
import { loadFontLibrary } from '../../../../src-main/render/fonts/library.ts';
import { printHtml } from '../../../../src-main/render/pdf/document-to-pdf.ts';
import { shellHtml, splitPrintJob } from '../../../../src-main/render/pdf/print-page.ts';

const doc = (text: string): DossierDocument => ({
  meta: { title: 'Split', lang: 'en' },
  page: DEFAULT_PAGE,
  blocks: [{ type: 'paragraph', runs: [{ text }] }],
});

describe('the print page that keeps its fonts', () => {
  it('splits a job into its policy, one entry per @font-face rule, and the HTML without them', () => {
    const html = printHtml(doc('Bonjour — 你好 — مرحبا'), loadFontLibrary());
    const job = splitPrintJob(html);
    expect(job.csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'self'");
    expect(job.fontRules.length).toBe((html.match(/@font-face/gu) ?? []).length);
    expect(job.fontRules.length).toBeGreaterThan(2);
    for (const rule of job.fontRules) expect(rule).toMatch(/^@font-face\{.*src:url\(".*dossier\.invalid.*\.woff2"\).*unicode-range:.*\}$/u);
    expect(job.html).not.toContain('@font-face');
    expect(job.html).toContain('Bonjour');
    expect(job.html).toContain('@page');
  });

  it('gives the same rules for the same characters, so a warm page adds none the second time', () => {
    const fonts = loadFontLibrary();
    expect(splitPrintJob(printHtml(doc('Un'), fonts)).fontRules).toEqual(splitPrintJob(printHtml(doc('Deux'), fonts)).fontRules);
  });

  it('opens the shell under the job’s policy alone, escaped, with nothing to draw', () => {
    const shell = shellHtml('default-src \'none\'; font-src "x"');
    expect(shell).toContain('content="default-src \'none\'; font-src &quot;x&quot;"');
    expect(shell).toContain('<body></body>');
    expect(shell).not.toMatch(/<script|<style|<link/iu);
  });
});
