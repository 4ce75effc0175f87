import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export const GOLDEN_DIR = path.resolve(import.meta.dirname, '../fixtures/golden');

/** First page of a PDF as PNG at 60 dpi, with Ghostscript (which draws only the embedded fonts). */
export function rasterFirstPage(pdf: string, png: string): Buffer {
  execFileSync('gs', [
    '-q',
    '-dNOPAUSE',
    '-dBATCH',
    '-dSAFER',
    '-sDEVICE=png16m',
    '-r60',
    '-dFirstPage=1',
    '-dLastPage=1',
    `-sOutputFile=${png}`,
    pdf,
  ]);
  return readFileSync(png);
}

export interface ImageDifference {
  /** Share of pixels where some channel differs by more than 64 of 255. */
  readonly differing: number;
  /** Mean absolute difference per channel, 0–255. */
  readonly mean: number;
}

export async function compareImages(a: Buffer, b: Buffer): Promise<ImageDifference> {
  const [ra, rb] = await Promise.all([a, b].map((img) => sharp(img).removeAlpha().raw().toBuffer({ resolveWithObject: true })));
  if (ra === undefined || rb === undefined || ra.info.width !== rb.info.width || ra.info.height !== rb.info.height)
    return { differing: 1, mean: 255 };
  let differing = 0;
  let total = 0;
  const channels = ra.info.channels;
  for (let i = 0; i < ra.data.length; i += channels) {
    let worst = 0;
    for (let c = 0; c < channels; c += 1) {
      const d = Math.abs((ra.data[i + c] ?? 0) - (rb.data[i + c] ?? 0));
      total += d;
      worst = Math.max(worst, d);
    }
    if (worst > 64) differing += 1;
  }
  return { differing: differing / (ra.info.width * ra.info.height), mean: total / ra.data.length };
}

/**
 * Compares a rendering with its committed golden; UPDATE_GOLDEN=1 writes the golden instead.
 * Tolerance: under 0.1% of the page's pixels may differ strongly. At 60 dpi a Letter page is
 * 510 × 660 px; one 11 pt glyph darkens about 30 px (0.01%), a word about 200, a line in the
 * wrong order or with broken joining thousands. Anti-aliasing noise between runs stays far below.
 */
export async function expectMatchesGolden(name: string, png: Buffer): Promise<ImageDifference> {
  const file = path.join(GOLDEN_DIR, `${name}.png`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, png);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden ${name}.png was missing and has been written; look at it and commit it`);
    return { differing: 0, mean: 0 };
  }
  return compareImages(readFileSync(file), png);
}
