import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cssClasses, cssRules, prefixOf, readRenderer, rendererFiles, rendererRoot, tsxClasses } from './sources.ts';

/**
 * Who owns which styles: tokens in styles/tokens.css, the base and the shared surfaces in styles/,
 * each component's and each feature's rules beside it. A feature's class prefixes are its own.
 */
const stylesheets = rendererFiles('.css');
const sources = rendererFiles('.tsx', '.ts');
const featureOf = (path: string): string | null => /^features\/([^/]+)\//.exec(path)?.[1] ?? null;
const featureSheets = stylesheets.filter((path) => featureOf(path) !== null);
const sharedSheets = stylesheets.filter((path) => featureOf(path) === null);

/** Classes a shared stylesheet (styles/, components/, the app frame) defines: any feature may use them. */
const sharedClasses = new Set(sharedSheets.flatMap((path) => [...cssClasses(readRenderer(path))]));

/** The classes each feature's stylesheets introduce (not the shared ones they refine), by feature. */
const featureClasses = new Map<string, Set<string>>();
for (const path of featureSheets) {
  const feature = featureOf(path) ?? '';
  const own = featureClasses.get(feature) ?? new Set<string>();
  for (const name of cssClasses(readRenderer(path))) if (!sharedClasses.has(name)) own.add(name);
  featureClasses.set(feature, own);
}

describe('stylesheet ownership', () => {
  test('the old single stylesheet is gone, and main.tsx loads tokens, base and shared surfaces before the app', () => {
    const old = join(rendererRoot, 'styles.css');
    if (existsSync(old)) expect(cssRules(readRenderer('styles.css')).filter((rule) => !rule.prelude.startsWith('@import'))).toEqual([]);
    const imports = [...readRenderer('main.tsx').matchAll(/^import (?:.* from )?'([^']+)';$/gm)].map((m) => m[1]);
    expect(imports.filter((path) => path?.endsWith('.css'))).toEqual([
      './styles/tokens.css',
      './styles/base.css',
      './styles/shared.css',
      './styles/react-aria.css',
    ]);
    expect(imports.indexOf('./styles/shared.css')).toBeLessThan(imports.indexOf('./App.tsx'));
  });

  test('custom properties are defined only in styles/tokens.css, and every one used is defined there', () => {
    const defined = new Set(
      cssRules(readRenderer('styles/tokens.css')).flatMap((rule) => rule.properties.filter((p) => p.startsWith('--'))),
    );
    expect(defined.size).toBeGreaterThan(20);
    for (const path of stylesheets) {
      const css = readRenderer(path);
      if (path !== 'styles/tokens.css')
        expect(
          cssRules(css).flatMap((rule) => rule.properties.filter((p) => p.startsWith('--'))),
          path,
        ).toEqual([]);
      const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] ?? '');
      expect(
        used.filter((name) => !defined.has(name)),
        path,
      ).toEqual([]);
    }
  });

  test('every stylesheet is imported by a module beside it (a feature by a file of its own folder)', () => {
    for (const path of stylesheets.filter((p) => !p.startsWith('styles/'))) {
      const dir = path.slice(0, path.lastIndexOf('/') + 1);
      const name = path.slice(dir.length);
      const importers = sources.filter((source) => source.startsWith(dir) && !source.slice(dir.length).includes('/'));
      expect(
        importers.some((source) => readRenderer(source).includes(`import './${name}';`)),
        path,
      ).toBe(true);
    }
  });

  test.each([...featureClasses.keys()])(
    'the class prefixes the %s feature defines are used by no other module and no other stylesheet',
    (feature) => {
      const prefixes = new Set([...(featureClasses.get(feature) ?? [])].map(prefixOf));
      expect(prefixes.size).toBeGreaterThan(0);
      const clashes: string[] = [];
      for (const path of sources.filter((source) => source.endsWith('.tsx') && featureOf(source) !== feature)) {
        for (const name of tsxClasses(readRenderer(path))) if (prefixes.has(prefixOf(name))) clashes.push(`${path}: ${name}`);
      }
      for (const path of stylesheets.filter((sheet) => featureOf(sheet) !== feature)) {
        for (const name of cssClasses(readRenderer(path))) {
          const owned = featureOf(path) === null ? true : !sharedClasses.has(name);
          if (owned && prefixes.has(prefixOf(name))) clashes.push(`${path}: .${name}`);
        }
      }
      expect(clashes).toEqual([]);
    },
  );

  test('the class reader sees literal, conditional and template class names', () => {
    const classes = tsxClasses(
      "<li className=\"finding hc-gap\" /><p className={over ? 'hc-count hc-count-over' : 'hc-count'} /><span className={`badge finding-effect-${e}${x ? ' deadline-badge-urgent' : ''}`} />",
    );
    expect([...classes].sort()).toEqual([
      'badge',
      'deadline-badge-urgent',
      'finding',
      'finding-effect-',
      'hc-count',
      'hc-count-over',
      'hc-gap',
    ]);
  });
});
