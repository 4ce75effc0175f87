import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder (it reads this very file with it) and ships no types.
const yaml = require('js-yaml') as { load(text: string): unknown };

type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  files: string[];
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
  nsis: Record<string, unknown>;
};

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('is valid against the installed electron-builder schema (so every key name is real)', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('flips the fuses that shut the debugging and tampering doors', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('packs into asar and publishes nothing (no update feed)', () => {
    expect(config['asar']).toBe(true);
    expect(config).toHaveProperty('publish', null);
    expect(JSON.stringify(config)).not.toMatch(/https?:\/\//);
  });

  it('ships only the built app, the native image module and the repair engine: no sources, tests, maps or other node_modules', () => {
    expect(config.files).toContain('out/**');
    expect(config.files).toContain('package.json');
    expect(config.files).toContain('!**/*.map');
    expect(config.files).toContain('!node_modules/**');
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    const sharpRuntime = ['node_modules/@img/**', 'node_modules/detect-libc/**', 'node_modules/semver/**', 'node_modules/sharp/**'];
    // qpdf's WebAssembly build (exhibit repair) is loaded at run time from its own dist folder.
    const qpdfRuntime = ['node_modules/@neslinesli93/qpdf-wasm/dist/**', 'node_modules/@neslinesli93/qpdf-wasm/package.json'];
    // So is PDFium's (viewing, text and redaction).
    const pdfiumRuntime = ['node_modules/@embedpdf/pdfium/dist/**', 'node_modules/@embedpdf/pdfium/package.json'];
    // And Tesseract's (OCR): its worker, the LSTM cores, what the worker requires, and the English and French trained data.
    const ocrRuntime = [
      'node_modules/tesseract.js/package.json',
      'node_modules/tesseract.js/src/**',
      'node_modules/tesseract.js-core/package.json',
      'node_modules/tesseract.js-core/tesseract-core-*lstm.{js,wasm}',
      'node_modules/bmp-js/**',
      'node_modules/is-url/**',
      'node_modules/regenerator-runtime/**',
      'node_modules/wasm-feature-detect/**',
      'node_modules/zlibjs/**',
      'node_modules/@tesseract.js-data/eng/package.json',
      'node_modules/@tesseract.js-data/eng/4.0.0_best_int/**',
      'node_modules/@tesseract.js-data/fra/package.json',
      'node_modules/@tesseract.js-data/fra/4.0.0_best_int/**',
    ];
    expect(included.toSorted()).toEqual(
      ['out/**', 'package.json', ...sharpRuntime, ...qpdfRuntime, ...pdfiumRuntime, ...ocrRuntime].toSorted(),
    );
    expect(config['asarUnpack']).toEqual([
      'node_modules/sharp/**',
      'node_modules/@img/**',
      'node_modules/tesseract.js/**',
      'node_modules/tesseract.js-core/**',
      'node_modules/@tesseract.js-data/**',
    ]);
  });

  it('ships every file the OCR worker loads: its requires, the LSTM cores and the trained data', () => {
    const worker = readFileSync(path.join(root, 'node_modules/tesseract.js/src/worker-script/node/getCore.js'), 'utf8');
    const cores = [...worker.matchAll(/require\('tesseract\.js-core\/(tesseract-core[a-z-]*-lstm)'\)/gu)].map((m) => m[1] ?? '');
    expect(cores.length).toBeGreaterThan(0);
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    for (const core of cores) expect(core).toMatch(/^tesseract-core-.*lstm$/u);
    expect(included).toContain('node_modules/tesseract.js-core/tesseract-core-*lstm.{js,wasm}');
    for (const code of ['eng', 'fra'])
      expect(existsSync(path.join(root, `node_modules/@tesseract.js-data/${code}/4.0.0_best_int/${code}.traineddata.gz`)), code).toBe(true);
  });

  it('ships the templates and, for every font in the manifest, its stylesheets and every 400/700 file they name', () => {
    const extra = config['extraResources'] as { from: string; to: string; filter?: string[] }[];
    expect(extra).toContainEqual({ from: 'templates', to: 'templates' });
    const manifest = JSON.parse(readFileSync(path.join(root, 'templates/fonts/manifest.json'), 'utf8')) as {
      fonts: { id: string; css: string[] }[];
    };
    for (const font of manifest.fonts) {
      const entry = extra.find((e) => e.from === `node_modules/@fontsource/${font.id}`);
      expect(entry?.to, font.id).toBe(`fonts/${font.id}`);
      for (const css of font.css) {
        const files = [
          ...readFileSync(path.join(root, 'node_modules/@fontsource', font.id, css), 'utf8').matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/gu),
        ].map((m) => m[1] ?? '');
        expect(files.length, `${font.id}/${css}`).toBeGreaterThan(0);
        for (const file of files) expect(file, `${font.id}/${file}`).toMatch(/-(400|700)-/u);
      }
    }
  });

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config['productName']).toBe('Dossier');
    expect(config['appId']).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux.target.toSorted()).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('never deletes the vault on uninstall', () => {
    expect(config.nsis['deleteAppDataOnUninstall']).toBe(false);
  });
});
