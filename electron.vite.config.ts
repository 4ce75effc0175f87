import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * The app build: main (ESM, as package.json is "type": "module"), preload and renderer into out/.
 * Everything the main process and preload use is bundled, so the packaged app runs from out/
 * alone and never resolves code from node_modules at runtime.
 */
const here = import.meta.dirname;
const at = (...parts: string[]) => path.resolve(here, ...parts);

export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      externalizeDeps: false,
      sourcemap: false,
      // sharp is a native module (libvips through N-API): it cannot be bundled, so it is resolved
      // from node_modules at runtime, unpacked from the asar (electron-builder.yml). qpdf's
      // WebAssembly build is loaded with require and reads its .wasm file beside it, so it ships
      // from node_modules too (inside the asar, which Electron's fs reads).
      rolldownOptions: {
        input: { index: at('src-main/app/main.ts') },
        external: ['sharp', '@neslinesli93/qpdf-wasm', '@embedpdf/pdfium', 'tesseract.js'],
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // A sandboxed preload can require nothing but 'electron' and must be CommonJS, so it is one self-contained .cjs file.
      externalizeDeps: false,
      sourcemap: false,
      rolldownOptions: {
        input: { index: at('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: at('src-renderer'),
    plugins: [react()],
    build: {
      outDir: at('out/renderer'),
      sourcemap: false,
      rolldownOptions: { input: at('src-renderer/index.html') },
    },
  },
});
