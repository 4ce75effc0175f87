import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFontsourceCss } from './fontsource-css.ts';
import { defaultFontLocations, readManifest, type FontLocations, type FontManifest, type ManifestFont } from './manifest.ts';
import type { FontFaceEntry } from './types.ts';

export interface FontLibrary {
  readonly locations: FontLocations;
  readonly manifest: FontManifest;
  readonly faces: readonly FontFaceEntry[];
  /** Absolute path of a face's file, or undefined when the name escapes the fonts folder. */
  resolve(file: string): string | undefined;
}

/** Whether a face is one of the font's kept subsets ("noto-sans-tamil/files/noto-sans-tamil-tamil-400-normal.woff2"). */
function inSubsets(font: ManifestFont, face: FontFaceEntry): boolean {
  if (font.subsets === undefined) return true;
  return font.subsets.some((subset) => face.file === `${font.id}/files/${font.id}-${subset}-${face.weight}-${face.style}.woff2`);
}

const cache = new Map<string, FontLibrary>();

/** The bundled fonts, read once per process (the stylesheets are small; font files load lazily). */
export function loadFontLibrary(locations: FontLocations = defaultFontLocations()): FontLibrary {
  const key = `${locations.manifestFile}\n${locations.packagesDir}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const manifest = readManifest(locations.manifestFile);
  const faces = manifest.fonts.flatMap((font) =>
    font.css.flatMap((css) =>
      parseFontsourceCss(readFileSync(path.join(locations.packagesDir, font.id, path.basename(css)), 'utf8'), font.id).filter((face) =>
        inSubsets(font, face),
      ),
    ),
  );
  const root = path.resolve(locations.packagesDir);
  const library: FontLibrary = {
    locations,
    manifest,
    faces,
    resolve(file) {
      if (!/^[a-z0-9-]+\/files\/[A-Za-z0-9._\-[\]]+\.woff2$/u.test(file)) return undefined;
      const full = path.resolve(root, file);
      return full.startsWith(root + path.sep) ? full : undefined;
    },
  };
  cache.set(key, library);
  return library;
}
