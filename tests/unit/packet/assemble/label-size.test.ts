import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { labelSize } from '../../../../src-main/packet/assemble/label-size.ts';
import { stampLabel } from '../../../../src-main/packet/assemble/stamp.ts';

describe('labelSize', () => {
  it('keeps 9 pt (11 pt bold), 18 pt from the edge, on letter, A4, legal and tabloid pages', () => {
    for (const box of [
      { width: 612, height: 792 },
      { width: 595, height: 842 },
      { width: 612, height: 1008 },
      { width: 792, height: 1224 },
    ]) {
      expect(labelSize(box, false)).toEqual({ size: 9, edge: 18, pad: 2 });
      expect(labelSize(box, true).size).toBe(11);
    }
  });

  it('on a page under an inch: at least 4 pt, in the outer 3 % of the page', () => {
    const small = labelSize({ width: 60, height: 40 }, false);
    expect(small.size).toBe(4);
    expect(small.edge).toBeCloseTo(1.2);
    expect(small.pad).toBeLessThanOrEqual(0.4);
  });

  it('on a 200-inch page: scaled up with the page, never to a speck', () => {
    const big = labelSize({ width: 14_400, height: 14_400 }, false);
    // Nearly its share of a letter page (9 pt in 612): as readable when the page is shown whole.
    expect(big.size / 14_400).toBeGreaterThan((0.9 * 9) / 612);
    expect(labelSize({ width: 1e7, height: 1e7 }, false).size).toBe(9 * 24);
  });
});

/** Where pdftotext finds each word of `pdf`'s first page, in points from the top left, and its height. */
function words(pdf: Uint8Array): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-label-size-'));
  try {
    const file = path.join(dir, 'p.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
      text: m[5] ?? '',
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a label stamped on a tiny and on a huge page', () => {
  it('stays readable, inside the page and clear of the content in the middle', async () => {
    for (const side of [54, 14_400]) {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([side, side]);
      const contentSize = side / 10;
      page.drawText('X', { x: side * 0.45, y: side * 0.45, size: contentSize, font });
      stampLabel(page, 'p. 12', font, 'bottom-right');
      const found = words(await doc.save());
      const label = found.filter((w) => w.text !== 'X');
      expect(label.map((w) => w.text).join(' ')).toBe('p. 12');
      for (const w of label) {
        // 4 pt type: poppler's box for Helvetica is 0.925 of the size.
        expect(w.yMax - w.yMin, `height on a ${side} pt page`).toBeGreaterThanOrEqual(3.6);
        expect(w.xMax).toBeLessThanOrEqual(side);
        expect(w.yMax).toBeLessThanOrEqual(side);
        // Clear of the middle, where the content is.
        expect(w.yMin).toBeGreaterThan(side * 0.6);
      }
    }
  });
});
