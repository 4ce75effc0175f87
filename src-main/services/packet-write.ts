import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import type { BuildResult } from '../packet/build.ts';
import { manifestJson } from '../packet/report/manifest.ts';
import { isBuildFolder, MANIFEST_NAME, replaceBuildFolder } from './build-folder.ts';

export { MANIFEST_NAME };

/**
 * Writes the volumes, any extra files (DOCX of generated documents) and manifest.json as one
 * build, all or nothing (see build-folder.ts). The chosen folder is replaced as a whole when it is
 * empty or holds only an earlier build; a folder holding anything else keeps it, and the build
 * goes into a folder inside it named after the packet, replaced the same way on the next build.
 * Returns the manifest's path.
 */
export async function writeBuild(
  result: BuildResult,
  outDir: string,
  extra: readonly { readonly name: string; readonly bytes: Uint8Array }[] = [],
): Promise<string> {
  const files = [
    ...result.volumes.map((v) => ({ name: v.fileName, bytes: v.bytes })),
    ...extra,
    { name: MANIFEST_NAME, bytes: new TextEncoder().encode(manifestJson(result.manifest)) },
  ];
  const target = await buildTarget(outDir, files[0]?.name ?? 'packet');
  await replaceBuildFolder(target, files);
  return path.join(target, MANIFEST_NAME);
}

/** The folder the build replaces: the chosen one when it holds nothing else, else one inside it named after the first file. */
async function buildTarget(outDir: string, firstFile: string): Promise<string> {
  if (await isBuildFolder(outDir)) return outDir;
  const inside = path.join(outDir, firstFile.replace(/\.[^.]+$/u, ''));
  if (await isBuildFolder(inside)) return inside;
  throw new DossierError(
    'IO',
    'The chosen folder, and the packet folder inside it, hold other files. Nothing was written; choose an empty folder and build again.',
  );
}
