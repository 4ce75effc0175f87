import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import type { BuildResult } from '../packet/build.ts';
import { manifestJson } from '../packet/report/manifest.ts';

export const MANIFEST_NAME = 'manifest.json';

/**
 * Writes the volumes, any extra files (DOCX of generated documents) and manifest.json into `outDir`. Each file is written under a temporary
 * name and renamed only once all of them are complete, so a failure leaves no half-written
 * packet that could be filed by mistake.
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
  const temps: string[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const [i, file] of files.entries()) {
      const temp = path.join(outDir, `.dossier-build-${process.pid}-${i}.tmp`);
      temps.push(temp);
      await writeFile(temp, file.bytes, { mode: 0o600 });
    }
    for (const [i, file] of files.entries()) await rename(temps[i] ?? '', path.join(outDir, file.name));
  } catch {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw new DossierError(
      'IO',
      'The packet could not be written to the chosen folder. Check that it exists and has space, then build again.',
    );
  }
  return path.join(outDir, MANIFEST_NAME);
}
