import path from 'node:path';
import { configureFontLocations } from '../render/fonts/manifest.ts';
import { configureTemplatesDir } from './templates-store.ts';

/**
 * Where the files that ship beside the code live: the template wording and the bundled fonts.
 * Unbundled Node (the CLI, tests) finds them from the source tree by default; the desktop app
 * is one bundled file, so it says where they are once at start-up.
 */
export interface ResourceLocations {
  /** Holds en/, fr/, fonts/manifest.json and fonts/licences/. */
  readonly templatesDir: string;
  /** Holds one folder per font id, each with its stylesheets and files/ (node_modules/@fontsource in development). */
  readonly fontPackagesDir: string;
}

/** The app run from a checkout (`npm start`): out/main sits two folders below the repository. */
export function developmentResources(mainDir: string): ResourceLocations {
  const root = path.resolve(mainDir, '..', '..');
  return { templatesDir: path.join(root, 'templates'), fontPackagesDir: path.join(root, 'node_modules', '@fontsource') };
}

/** The packaged app: electron-builder's extraResources copies both folders under resources/. */
export function packagedResources(resourcesPath: string): ResourceLocations {
  return { templatesDir: path.join(resourcesPath, 'templates'), fontPackagesDir: path.join(resourcesPath, 'fonts') };
}

export function configureResources(locations: ResourceLocations): void {
  configureTemplatesDir(locations.templatesDir);
  configureFontLocations({
    manifestFile: path.join(locations.templatesDir, 'fonts', 'manifest.json'),
    packagesDir: locations.fontPackagesDir,
  });
}
