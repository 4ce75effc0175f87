import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type DossierDocument } from '../../../src-main/documents/model.ts';
import { DossierError } from '../../../src-main/core/errors.ts';
import { fontScriptForLang } from '../../../src-main/core/lang/script.ts';
import { assertCoverage, checkCoverage, coverageIssues, coverageWarnings } from '../../../src-main/render/fonts/coverage.ts';
import { chosenFamily, drawnAsMeant } from '../../../src-main/render/fonts/face-choice.ts';
import { printedForm } from '../../../src-main/render/fonts/printed-form.ts';
import { loadFontLibrary } from '../../../src-main/render/fonts/library.ts';
import { parseUnicodeRange, inRanges } from '../../../src-main/render/fonts/unicode-range.ts';
import { multilingualDoc } from './fixtures/multilingual.ts';

const fonts = loadFontLibrary();
const manifestDir = path.dirname(fonts.locations.manifestFile);

describe('bundled fonts', () => {
  it('matches the installed packages, ships OFL licences and only weights 400 and 700', () => {
    for (const font of fonts.manifest.fonts) {
      const pkg = JSON.parse(readFileSync(path.join(fonts.locations.packagesDir, font.id, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
      };
      expect(pkg).toMatchObject({ name: font.package, version: font.version });
      expect(font.licence).toBe('OFL-1.1');
      expect(readFileSync(path.join(manifestDir, font.licenceFile), 'utf8')).toContain('SIL Open Font License, Version 1.1');
    }
    expect(new Set(fonts.faces.map((f) => f.weight))).toEqual(new Set([400, 700]));
    for (const face of fonts.faces) expect(existsSync(fonts.resolve(face.file) ?? '')).toBe(true);
  });

  it('refuses font paths that escape the fonts folder', () => {
    expect(fonts.resolve('../../package.json')).toBeUndefined();
    expect(fonts.resolve('noto-sans/files/../../../etc/passwd.woff2')).toBeUndefined();
    expect(fonts.resolve('noto-sans/package.json')).toBeUndefined();
  });

  it('parses unicode-range descriptors', () => {
    const ranges = parseUnicodeRange('U+0E01-0E5B, U+25CC,U+4??');
    expect(ranges).toEqual([
      [0x400, 0x4ff],
      [0xe01, 0xe5b],
      [0x25cc, 0x25cc],
    ]);
    expect(inRanges(ranges, 0xe33)).toBe(true);
    expect(inRanges(ranges, 0xe5c)).toBe(false);
  });
});

describe('checkCoverage', () => {
  it('finds every character of the 18 sample languages in the bundled fonts', () => {
    expect(checkCoverage(multilingualDoc(), fonts)).toEqual([]);
  });

  it('names an uncovered character, its code point and where it is', () => {
    const doc: DossierDocument = {
      meta: { title: 't', lang: 'en' },
      page: DEFAULT_PAGE,
      blocks: [
        { type: 'paragraph', runs: [{ text: 'ok' }] },
        { type: 'paragraph', runs: [{ text: 'ab' }, { text: 'x\uE000y\u{10000}' }] },
      ],
    };
    const text = 'x\uE000y\u{10000}';
    expect(checkCoverage(doc, fonts)).toEqual([
      { codePoint: 'U+E000', character: '\uE000', path: 'blocks[1].runs[1]', offset: 1, script: 'other', text },
      { codePoint: 'U+10000', character: '\u{10000}', path: 'blocks[1].runs[1]', offset: 3, script: 'other', text },
    ]);
  });

  it('needs no glyph for line breaks, tabs, ZWNJ and bidi controls', () => {
    const doc: DossierDocument = {
      meta: { title: 't', lang: 'fa' },
      page: DEFAULT_PAGE,
      blocks: [{ type: 'paragraph', runs: [{ text: 'می\u200Cکنم\t\n\u202Ba\u202C' }] }],
    };
    expect(checkCoverage(doc, fonts)).toEqual([]);
  });
});

describe('assertCoverage', () => {
  const doc: DossierDocument = {
    meta: { title: 't', lang: 'en' },
    page: DEFAULT_PAGE,
    blocks: [{ type: 'paragraph', runs: [{ text: 'a\uE000' }] }],
  };

  it('passes a document every character of which a bundled font draws', () => {
    expect(() => assertCoverage(multilingualDoc(), fonts)).not.toThrow();
  });

  it('refuses the output, naming the document, the script, the text and the fix, never a document path', () => {
    let caught: unknown;
    try {
      assertCoverage(doc, fonts, 'a volume cover');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DossierError);
    const error = caught as DossierError;
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('1 text(s) in a volume cover cannot be printed with the bundled fonts.');
    expect(error.issues).toEqual([
      {
        path: 'blocks[0].runs[0]',
        code: 'noFontForScript',
        params: { script: 'other', characters: '\uE000', codePoint: 'U+E000', text: 'a\uE000' },
        message:
          'Text in a script Dossier has no font for “a\uE000”: no bundled font for \uE000 — write it in Latin letters or in a script Dossier prints, or make the DOCX, which Word prints with the reader’s own fonts.',
      },
    ]);
    expect(error.issues?.[0]?.message).not.toContain('blocks[');
  });
});

describe('the face meant for each script', () => {
  const paragraph = (lang: string, text: string): DossierDocument => ({
    meta: { title: 't', lang },
    page: DEFAULT_PAGE,
    blocks: [{ type: 'paragraph', lang, runs: [{ text }] }],
  });

  it('prints U+2010 as a hyphen-minus: the Chinese font Chromium would fall back to draws it full width', () => {
    expect(printedForm('бір‐бірімен')).toBe('бір-бірімен');
    expect(chosenFamily(fonts, 'latin', [0x2010])).toBe('Noto Sans SC');
    expect(drawnAsMeant(fonts, 'latin', '\u2010', 'Noto Sans SC')).toBe(false);
    expect(checkCoverage(paragraph('kk', 'бір‐бірімен'), fonts)).toEqual([]);
  });

  it('sets Kurdish in Latin letters ("ckb-Latn") in the Latin font, and Kurdish in Arabic script in Naskh', () => {
    expect(chosenFamily(fonts, fontScriptForLang('ckb-Latn'), [0x015f])).toBe('Noto Sans');
    expect(chosenFamily(fonts, fontScriptForLang('ckb'), [0x0695])).toBe('Noto Naskh Arabic');
    expect(checkCoverage(paragraph('ckb-Latn', 'Şêrko Ehmed'), fonts)).toEqual([]);
  });

  it('draws emoji with the monochrome emoji font and © with the Latin one', () => {
    expect(chosenFamily(fonts, 'latin', [0x1f600])).toBe('Noto Emoji');
    expect(chosenFamily(fonts, 'latin', [0xa9])).toBe('Noto Sans');
    expect(checkCoverage(paragraph('en', 'Thanks 👍 see you 🇨🇦 👨‍👩‍👧 ©'), fonts)).toEqual([]);
  });

  it('refuses a letter drawn by another script’s font, naming the script and that font', () => {
    // Han inside Japanese text is meant for the Japanese font; drawn with the Chinese one it is refused.
    expect(drawnAsMeant(fonts, 'jp', '漢', 'Noto Sans SC')).toBe(false);
    expect(drawnAsMeant(fonts, 'jp', '漢', 'Noto Sans JP')).toBe(true);
    const issues = coverageIssues([
      {
        codePoint: 'U+6F22',
        character: '漢',
        path: 'blocks[0].runs[0]',
        offset: 0,
        script: 'Han',
        drawnWith: 'Noto Sans SC',
        text: '漢字',
      },
    ]);
    expect(issues[0]?.code).toBe('wrongFontForScript');
    expect(issues[0]?.message).toContain('Text in Chinese characters “漢字”: 漢 would be drawn with Noto Sans SC');
  });

  it('refuses Odia, which no bundled font has, in one line naming the script, the text and the fix', () => {
    let caught: unknown;
    try {
      assertCoverage(paragraph('or', 'ଓଡ଼ିଆ ନାମ ଓ ଠିକଣା'), fonts);
    } catch (error) {
      caught = error;
    }
    const issues = (caught as DossierError).issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^Text in Odia script “ଓଡ଼ିଆ ନାମ ଓ ଠିକଣା”: no bundled font for .* — write it in Latin letters/u);
    expect(coverageWarnings(paragraph('or', 'ଓଡ଼ିଆ'), fonts)).toHaveLength(1);
  });
});
