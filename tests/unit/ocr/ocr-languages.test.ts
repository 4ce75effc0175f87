import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasOcrLanguage, OCR_LANGUAGES, ocrLanguage, trainedDataFolder } from '../../../src-main/ocr/ocr-languages.ts';
import { unpackedPath } from '../../../src-main/ocr/unpacked-path.ts';

describe('OCR languages', () => {
  it('finds a language by tag, regional tag or Tesseract code', () => {
    expect(ocrLanguage('fr').code).toBe('fra');
    expect(ocrLanguage('fr-CA').code).toBe('fra');
    expect(ocrLanguage('ENG').tag).toBe('en');
  });

  it('refuses a language without trained data, naming the ones that ship', () => {
    expect(() => ocrLanguage('th')).toThrow(
      /No OCR trained data ships for "th"; the scan stays an image\. Available: eng \(English\), fra \(French\)\./u,
    );
    expect(hasOcrLanguage('fa')).toBe(false);
    expect(hasOcrLanguage('en-CA')).toBe(true);
    expect(hasOcrLanguage(undefined)).toBe(false);
  });

  it("reads each language's trained data from its own package", () => {
    for (const language of OCR_LANGUAGES) {
      const folder = trainedDataFolder(language);
      expect(folder).toContain(path.join('@tesseract.js-data', language.code));
      expect(existsSync(path.join(folder, `${language.code}.traineddata.gz`))).toBe(true);
    }
  });

  it('points at the unpacked copy of a file inside the packaged asar, and leaves other paths alone', () => {
    expect(unpackedPath('/opt/Dossier/resources/app.asar/node_modules/x.js')).toBe(
      '/opt/Dossier/resources/app.asar.unpacked/node_modules/x.js',
    );
    expect(unpackedPath('C:\\Dossier\\resources\\app.asar\\node_modules\\x.js')).toBe(
      'C:\\Dossier\\resources\\app.asar.unpacked\\node_modules\\x.js',
    );
    expect(unpackedPath('/work/node_modules/x.js')).toBe('/work/node_modules/x.js');
  });
});
