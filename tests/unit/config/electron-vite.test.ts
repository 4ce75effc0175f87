import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('electron.vite.config.ts', () => {
  it('builds the preload as one self-contained CommonJS file, as a sandboxed preload requires', () => {
    const build = config.preload?.build;
    expect(build?.externalizeDeps).toBe(false);
    expect(build?.rolldownOptions?.input).toEqual({ index: path.join(root, 'src-main/preload/index.ts') });
    expect(build?.rolldownOptions?.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(build?.outDir).toBe(path.join(root, 'out/preload'));
  });

  it('bundles the main process from src-main/app/main.ts into out/main/index.js (package.json main)', () => {
    const build = config.main?.build;
    expect(build?.externalizeDeps).toBe(false);
    expect(build?.rolldownOptions?.input).toEqual({ index: path.join(root, 'src-main/app/main.ts') });
    expect(build?.outDir).toBe(path.join(root, 'out/main'));
  });

  it('builds the renderer from src-renderer/index.html into out/renderer without source maps', () => {
    expect(config.renderer?.root).toBe(path.join(root, 'src-renderer'));
    expect(config.renderer?.build?.outDir).toBe(path.join(root, 'out/renderer'));
    expect(config.renderer?.build?.sourcemap).toBe(false);
  });
});
