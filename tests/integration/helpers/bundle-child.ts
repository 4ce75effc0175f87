import path from 'node:path';
import { build } from 'vite';

/**
 * Bundles a kill-test child into one ES module: a child started hundreds of times then loads in
 * a fraction of the time the TypeScript sources (and zod's many files) take to load one by one.
 * Returns the bundle's path.
 */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node24',
      rollupOptions: { output: { format: 'esm', entryFileNames: '[name].mjs' } },
    },
  });
  return path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
}
