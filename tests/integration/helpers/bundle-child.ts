import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const require = createRequire(import.meta.url);

/**
 * Bundles a kill-test child into one ES module: a child started hundreds of times then loads in
 * a fraction of the time the TypeScript sources (and zod's many files) take to load one by one.
 * Packages named in `external` (native or WebAssembly ones, which cannot be bundled) stay outside
 * and are imported from where they are installed. Returns the bundle's path.
 */
export async function bundleChild(entry: string, outDir: string, external: readonly string[] = []): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true, external: [...external] },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node24',
      rollupOptions: {
        external: [...external],
        output: {
          format: 'esm',
          entryFileNames: '[name].mjs',
          paths: Object.fromEntries(external.map((name) => [name, pathToFileURL(require.resolve(name)).href])),
        },
      },
    },
  });
  return path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
}
