import { createRequire } from 'node:module';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { trainedDataFolder, type OcrLanguage } from './ocr-languages.ts';
import { unpackedPath } from './unpacked-path.ts';

/** One recognised word: its text, Tesseract's confidence (0–100) and its box in image pixels (top-left origin). */
export interface OcrWord {
  readonly text: string;
  readonly confidence: number;
  readonly box: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
}

export interface OcrPageResult {
  readonly words: readonly OcrWord[];
  /** Tesseract's mean confidence for the page, 0–100. */
  readonly confidence: number;
}

export interface OcrEngine {
  /** "tesseract.js 7.0.0 (eng+fra)". */
  readonly version: string;
  recognise(png: Uint8Array, dpi: number): Promise<OcrPageResult>;
  /** Stops the worker; a recognition under way is abandoned. */
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const tesseractVersion = (require('tesseract.js/package.json') as { version: string }).version;

/**
 * Starts Tesseract (WebAssembly, in a worker thread) with the trained data of `language` read
 * from its package's folder (`langPath` is a local folder, so nothing is fetched).
 * `cacheMethod: 'none'` keeps the engine from looking for a cached copy or writing one (in
 * clear) beside the app. One language a run: tesseract.js 7 reads trained data given as bytes
 * but then names the language by those bytes, and `langPath` is one folder while each
 * language ships in its own package.
 */
export async function startOcrEngine(language: OcrLanguage): Promise<OcrEngine> {
  const worker: Worker = await createWorker(language.code, OEM.LSTM_ONLY, {
    workerPath: unpackedPath(require.resolve('tesseract.js/src/worker-script/node/index.js')),
    langPath: trainedDataFolder(language),
    cacheMethod: 'none',
    gzip: true,
    legacyCore: false,
    legacyLang: false,
  });
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '0' });
  return {
    version: `tesseract.js ${tesseractVersion} (${language.code})`,
    recognise: async (png, dpi) => {
      await worker.setParameters({ user_defined_dpi: String(Math.round(dpi)) });
      const { data } = await worker.recognize(Buffer.from(png), {}, { blocks: true, text: false });
      const words: OcrWord[] = [];
      for (const block of data.blocks ?? [])
        for (const paragraph of block.paragraphs)
          for (const line of paragraph.lines)
            for (const word of line.words) {
              // Ligatures ("ﬁ") read as the letters they join, so a search for "fin" finds them.
              const text = word.text.trim().replace(/[\uFB00-\uFB06]/gu, (l) => l.normalize('NFKC'));
              if (text !== '') words.push({ text, confidence: word.confidence, box: { ...word.bbox } });
            }
      return { words, confidence: data.confidence };
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}
