import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from '@cantoo/fontkit';
import {
  beginText,
  endText,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  setCharacterSqueeze,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
  type PDFFont,
} from '@cantoo/pdf-lib';
import { defaultFontLocations } from '../render/fonts/manifest.ts';
import type { OcrWord } from './tesseract-engine.ts';

/** The words read on one page, with the size of the image they were read from. */
export interface PageWords {
  /** Zero-based page index in the original. */
  readonly pageIndex: number;
  readonly imageWidth: number;
  readonly imageHeight: number;
  readonly words: readonly OcrWord[];
}

export interface TextLayerResult {
  readonly bytes: Uint8Array;
  readonly wordsPlaced: number;
  /** Words holding a character the bundled Latin faces lack: kept out of the layer and counted. */
  readonly wordsWithoutGlyphs: number;
}

/** Noto Sans's Latin and Latin Extended faces (400): they cover the languages whose trained data ships. */
const FACES = ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-ext-400-normal.woff'];

interface Face {
  readonly font: PDFFont;
  readonly covers: (text: string) => boolean;
}

async function embedFaces(doc: PDFDocument): Promise<Face[]> {
  doc.registerFontkit(fontkit);
  const dir = path.join(defaultFontLocations().packagesDir, 'noto-sans', 'files');
  return Promise.all(
    FACES.map(async (file) => {
      const bytes = readFileSync(path.join(dir, file));
      const metrics = fontkit.create(bytes);
      const drawn = new Set<number>('characterSet' in metrics ? metrics.characterSet : []);
      const font = await doc.embedFont(bytes, { subset: true });
      const covers = (text: string): boolean => [...text].every((c) => drawn.has(c.codePointAt(0) ?? 0));
      return { font, covers };
    }),
  );
}

/**
 * The original pages with an invisible text layer (text render mode 3): each word is drawn on its
 * box, squeezed to the box's width, so a reader selects, searches and copies it where it shows
 * on the scan. Nothing else on the page changes; pdf-lib wraps the page's own content in q/Q
 * before the layer is added.
 */
export async function addTextLayer(original: Uint8Array, pages: readonly PageWords[]): Promise<TextLayerResult> {
  const doc = await PDFDocument.load(original, { updateMetadata: false });
  const faces = await embedFaces(doc);
  let wordsPlaced = 0;
  let wordsWithoutGlyphs = 0;
  for (const pageWords of pages) {
    const page = doc.getPage(pageWords.pageIndex);
    const crop = page.getCropBox();
    const rotation = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
    const shown =
      rotation === 90 || rotation === 270 ? { width: crop.height, height: crop.width } : { width: crop.width, height: crop.height };
    const sx = shown.width / pageWords.imageWidth;
    const sy = shown.height / pageWords.imageHeight;
    const keys = new Map<PDFFont, ReturnType<typeof page.node.newFontDictionary>>();
    const ops = [pushGraphicsState(), beginText(), setTextRenderingMode(TextRenderingMode.Invisible)];
    for (const word of pageWords.words) {
      const face = faces.find((f) => f.covers(word.text));
      if (!face) {
        wordsWithoutGlyphs += 1;
        continue;
      }
      let key = keys.get(face.font);
      if (!key) {
        key = page.node.newFontDictionary(face.font.name, face.font.ref);
        keys.set(face.font, key);
      }
      // The box on the page as shown, in points from its top-left corner.
      const left = word.box.x0 * sx;
      const right = word.box.x1 * sx;
      const top = word.box.y0 * sy;
      const bottom = word.box.y1 * sy;
      const size = Math.max(1, (bottom - top) * 0.85);
      const natural = face.font.widthOfTextAtSize(word.text, size);
      const squeeze = natural > 0 ? Math.min(1000, Math.max(1, ((right - left) / natural) * 100)) : 100;
      const origin = toUser(rotation, crop, left, bottom - (bottom - top) * 0.2);
      const [cos, sin] = ROTATIONS[rotation];
      ops.push(
        setFontAndSize(key, size),
        setCharacterSqueeze(squeeze),
        setTextMatrix(cos, sin, -sin, cos, origin.x, origin.y),
        showText(face.font.encodeText(`${word.text} `)),
      );
      wordsPlaced += 1;
    }
    ops.push(endText(), popGraphicsState());
    page.pushOperators(...ops);
  }
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, wordsPlaced, wordsWithoutGlyphs };
}

/** The text direction in page space for each /Rotate: the shown page's left-to-right. */
const ROTATIONS: Record<0 | 90 | 180 | 270, readonly [number, number]> = { 0: [1, 0], 90: [0, 1], 180: [-1, 0], 270: [0, -1] };

/** A point on the page as shown (points from its top-left) in the page's own space. */
function toUser(
  rotation: 0 | 90 | 180 | 270,
  crop: { x: number; y: number; width: number; height: number },
  dx: number,
  dy: number,
): { x: number; y: number } {
  const { x, y, width: w, height: h } = crop;
  if (rotation === 90) return { x: x + dy, y: y + dx };
  if (rotation === 180) return { x: x + w - dx, y: y + dy };
  if (rotation === 270) return { x: x + w - dy, y: y + h - dx };
  return { x: x + dx, y: y + h - dy };
}
