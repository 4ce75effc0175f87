import { createRequire } from 'node:module';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { unpackedPath } from './unpacked-path.ts';

/**
 * The languages Dossier can read scans in: those whose Tesseract trained data ships with the app
 * as an npm package (`@tesseract.js-data/<code>`). The "integer best" LSTM models are used: a
 * quarter of the size of the full ones for the same LSTM engine. Nothing is fetched: the engine
 * reads the file from the package's folder.
 */
export interface OcrLanguage {
  /** The tag the case model uses ("en"). */
  readonly tag: string;
  /** Tesseract's code ("eng"). */
  readonly code: string;
  readonly names: { readonly en: string; readonly fr: string };
  /** The writing system the trained data reads. */
  readonly script: 'Latn';
}

export const OCR_LANGUAGES: readonly OcrLanguage[] = [
  { tag: 'en', code: 'eng', names: { en: 'English', fr: 'anglais' }, script: 'Latn' },
  { tag: 'fr', code: 'fra', names: { en: 'French', fr: 'français' }, script: 'Latn' },
];

/** The folder of each package that holds the LSTM-only integer model. */
const MODEL_FOLDER = '4.0.0_best_int';

/** The language for a tag ("fr") or a Tesseract code ("fra"); a refusal naming the ones that ship otherwise. */
export function ocrLanguage(tagOrCode: string): OcrLanguage {
  const wanted = tagOrCode.trim().toLowerCase();
  const found = OCR_LANGUAGES.find((l) => l.tag === wanted || l.code === wanted || wanted.startsWith(`${l.tag}-`));
  if (found) return found;
  throw new DossierError(
    'VALIDATION',
    `No OCR trained data ships for "${tagOrCode.slice(0, 20)}"; the scan stays an image. Available: ${OCR_LANGUAGES.map((l) => `${l.code} (${l.names.en})`).join(', ')}.`,
  );
}

/** Whether trained data ships for the exhibit's language tag. */
export function hasOcrLanguage(tag: string | undefined): boolean {
  if (tag === undefined) return false;
  const base = tag.toLowerCase().split('-')[0];
  return OCR_LANGUAGES.some((l) => l.tag === base);
}

const require = createRequire(import.meta.url);

/** The folder holding `<code>.traineddata.gz` for `language`, inside its package. */
export function trainedDataFolder(language: OcrLanguage): string {
  return unpackedPath(path.join(path.dirname(require.resolve(`@tesseract.js-data/${language.code}/package.json`)), MODEL_FOLDER));
}
