import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The renderer's source folder; paths below are relative to it, with forward slashes. */
export const rendererRoot = fileURLToPath(new URL('../../../src-renderer/', import.meta.url));

/** Every file under the renderer whose name ends with one of `endings`, as relative paths. */
export function rendererFiles(...endings: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (endings.some((ending) => entry.name.endsWith(ending))) found.push(relative(rendererRoot, path).split('\\').join('/'));
    }
  };
  walk(rendererRoot);
  return found.sort();
}

export function readRenderer(path: string): string {
  return readFileSync(join(rendererRoot, path), 'utf8');
}

export interface CssRule {
  /** The selector or at-rule prelude, e.g. `.badge + .badge` or `@media (max-width: 900px)`. */
  readonly prelude: string;
  /** The declarations written directly in the block, as property names. */
  readonly properties: readonly string[];
}

/** A small reader of our own plain CSS (no strings holding braces): each block's prelude and its properties. */
export function cssRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const open: { prelude: string; properties: string[] }[] = [];
  let buffer = '';
  for (const char of text) {
    if (char === '{') {
      open.push({ prelude: buffer.trim(), properties: [] });
      buffer = '';
    } else if (char === ';' || char === '}') {
      const declaration = buffer.trim();
      const colon = declaration.indexOf(':');
      const block = open.at(-1);
      if (block && colon > 0 && !declaration.startsWith('@')) block.properties.push(declaration.slice(0, colon).trim());
      buffer = '';
      if (char === '}') {
        const done = open.pop();
        if (done) rules.push(done);
      }
    } else buffer += char;
  }
  return rules;
}

/** The class names a stylesheet's selectors name. */
export function cssClasses(css: string): Set<string> {
  const classes = new Set<string>();
  for (const rule of cssRules(css)) {
    if (rule.prelude.startsWith('@')) continue;
    for (const match of rule.prelude.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) if (match[1]) classes.add(match[1]);
  }
  return classes;
}

/**
 * The class names a TSX file writes in `className=` attributes: the words of its string literals and
 * of the text of its template literals. A word ending in `-` before `${…}` is a prefix, kept with its dash.
 */
export function tsxClasses(source: string): Set<string> {
  const classes = new Set<string>();
  const addWords = (text: string): void => {
    for (const word of text.split(/\s+/)) if (/^[A-Za-z][\w-]*$/.test(word)) classes.add(word);
  };
  let at = source.indexOf('className=');
  while (at >= 0) {
    let i = at + 'className='.length;
    if (source[i] === '"') {
      const end = source.indexOf('"', i + 1);
      addWords(source.slice(i + 1, end));
    } else if (source[i] === '{') {
      let depth = 0;
      for (; i < source.length; i++) {
        const char = source[i];
        if (char === "'" || char === '"') {
          const end = source.indexOf(char, i + 1);
          addWords(source.slice(i + 1, end));
          i = end;
        } else if (char === '`') {
          const end = source.indexOf('`', i + 1);
          addWords(source.slice(i + 1, end).replace(/\$\{[^}]*\}/g, ' '));
          for (const quoted of source.slice(i + 1, end).matchAll(/'([^']*)'/g)) addWords(quoted[1] ?? '');
          i = end;
        } else if (char === '{') depth++;
        else if (char === '}' && --depth === 0) break;
      }
    }
    at = source.indexOf('className=', at + 1);
  }
  return classes;
}

/** A class's prefix: its first word, up to the first dash. */
export function prefixOf(className: string): string {
  return className.split('-')[0] ?? className;
}
