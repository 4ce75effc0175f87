import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { errorCodes } from '../../src-main/core/errors.ts';
import { caseKinds, statusKinds } from '../../src-main/core/model/case.ts';
import { calendarIds } from '../../src-main/core/model/partial-date.ts';
import { catalogue, stringsFor } from './strings.ts';

const rendererDir = fileURLToPath(new URL('../../src-renderer/', import.meta.url));

type Catalogue = ReturnType<typeof catalogue>;

function keysOf(node: Catalogue, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

/** Keys written literally as t('…') in the renderer's source. */
async function literalKeys(): Promise<string[]> {
  const entries = await readdir(rendererDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
  const keys = new Set<string>();
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/\bt\('([a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+)'/g)) keys.add(match[1] ?? '');
  }
  return [...keys].toSorted();
}

test('English and French catalogues have the same keys, and neither has an empty string', () => {
  const en = keysOf(catalogue('en')).toSorted();
  const fr = keysOf(catalogue('fr')).toSorted();
  expect(fr).toEqual(en);
  for (const language of ['en', 'fr'] as const) {
    const t = stringsFor(language);
    expect(
      en.filter((key) => t(key).trim() === ''),
      language,
    ).toEqual([]);
  }
});

test('every key the renderer asks for exists, including those built from the model', async () => {
  const known = new Set(keysOf(catalogue('en')).map((key) => key.replace(/_(one|other)$/, '')));
  const wanted = [
    ...(await literalKeys()),
    ...errorCodes.map((code) => `errors.${code}`),
    ...caseKinds.flatMap((kind) => [`caseKind.${kind}`, `newCase.kindDetail.${kind}`]),
    ...statusKinds.map((kind) => `status.${kind}`),
    ...calendarIds.map((id) => `calendar.${id}`),
  ];
  expect(wanted.length).toBeGreaterThan(100);
  expect(wanted.filter((key) => !known.has(key))).toEqual([]);
});

test('French strings are French: no English sentence left untranslated', () => {
  const en = stringsFor('en');
  const fr = stringsFor('fr');
  // Identical wording is legitimate only for names and codes that read the same in both languages,
  // and for patterns with no words of their own ("{month} {year}").
  const words = (text: string) => /\p{L}/u.test(text.replace(/\{+\w+\}+/gu, ''));
  const same = keysOf(catalogue('en')).filter((key) => en(key) === fr(key) && /\s/.test(en(key)) && en(key).length > 12 && words(en(key)));
  expect(same).toEqual([]);
});
