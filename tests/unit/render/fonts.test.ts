import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type DossierDocument } from '../../../src-main/documents/model.ts';
import { DossierError } from '../../../src-main/core/errors.ts';
import { assertCoverage, checkCoverage } from '../../../src-main/render/fonts/coverage.ts';
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
