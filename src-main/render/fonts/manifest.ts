import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ManifestFont {
  readonly id: string;
  readonly family: string;
  readonly scripts: readonly string[];
  readonly package: string;
  readonly version: string;
  readonly licence: string;
  readonly licenceFile: string;
  /** Fontsource stylesheets (one per weight and style) naming the woff2 subsets. */
  readonly css: readonly string[];
  /**
   * The fontsource subsets kept ("tamil"), when the stylesheets name more than the script's own
   * letters; without it every subset the stylesheets name is kept.
   */
  readonly subsets?: readonly string[];
}

export interface FontManifest {
  readonly fonts: readonly ManifestFont[];
}

/** Where the manifest and the font packages are; the packaged app passes its resources folder. */
export interface FontLocations {
  readonly manifestFile: string;
  /** Folder holding one folder per font id (node_modules/@fontsource in development). */
  readonly packagesDir: string;
}

/** Found from the source tree; the bundled desktop app sets its own with configureFontLocations. */
const SOURCE_FONT_LOCATIONS: FontLocations = {
  manifestFile: fileURLToPath(new URL('../../../templates/fonts/manifest.json', import.meta.url)),
  packagesDir: fileURLToPath(new URL('../../../node_modules/@fontsource', import.meta.url)),
};

let configuredLocations: FontLocations | undefined;

/** Called once at start-up by the desktop app (see services/resources.ts). */
export function configureFontLocations(locations: FontLocations): void {
  configuredLocations = locations;
}

export function defaultFontLocations(): FontLocations {
  return configuredLocations ?? SOURCE_FONT_LOCATIONS;
}

export function readManifest(file: string): FontManifest {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { fonts?: unknown };
  if (!Array.isArray(parsed.fonts)) throw new Error('Font manifest has no fonts list.');
  for (const font of parsed.fonts as ManifestFont[]) {
    if (
      typeof font.id !== 'string' ||
      !/^[a-z0-9-]+$/u.test(font.id) ||
      !Array.isArray(font.css) ||
      (font.subsets !== undefined && !Array.isArray(font.subsets))
    ) {
      throw new Error('Font manifest entry is malformed.');
    }
  }
  return parsed as FontManifest;
}
