import { readFileSync } from 'node:fs';
import { issueCatalog, issueCodes } from '../../src-main/core/issues/catalog.ts';

/** The UI strings, read from the renderer's own catalogues so tests follow the wording. */
export type Language = 'en' | 'fr';
type Catalogue = { readonly [key: string]: string | Catalogue };

/** As the renderer loads them: its own strings, with the core's validation wording under `validation.`. */
function load(language: Language): Catalogue {
  const own = JSON.parse(readFileSync(new URL(`../../src-renderer/i18n/${language}.json`, import.meta.url), 'utf8')) as Catalogue;
  const validation: Record<string, string> = {};
  for (const code of issueCodes) validation[code] = issueCatalog[code][language];
  return { ...own, validation };
}

const catalogues: Record<Language, Catalogue> = { en: load('en'), fr: load('fr') };

function lookup(catalogue: Catalogue, key: string): string | undefined {
  const validation = catalogue['validation'];
  if (key.startsWith('validation.') && typeof validation === 'object') {
    const own = validation[key.slice('validation.'.length)];
    if (typeof own === 'string') return own;
  }
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type Strings = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** i18next-style lookup: `_one`/`_other` plurals and `{{name}}` interpolation. */
export function stringsFor(language: Language): Strings {
  const catalogue = catalogues[language];
  return (key, values = {}) => {
    const count = values['count'];
    const plural = typeof count === 'number' ? lookup(catalogue, `${key}_${new Intl.PluralRules(language).select(count)}`) : undefined;
    const text = plural ?? lookup(catalogue, key);
    if (text === undefined) throw new Error(`No ${language} string for ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

export function catalogue(language: Language): Catalogue {
  return catalogues[language];
}
