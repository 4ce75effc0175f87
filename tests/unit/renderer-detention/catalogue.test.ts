import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { warningCodes } from '../../../src-main/core/rules/deadline.ts';
import { deadlineKinds } from '../../../src-main/core/rules/rule-schema.ts';
import { loadRenderer } from './load.ts';

type Values = readonly string[];
const { ruleKey } = await loadRenderer<{ readonly ruleKey: (ruleId: string) => string }>('features/detention/deadlines.ts');
const options =
  await loadRenderer<
    Readonly<
      Record<
        | 'startSources'
        | 'authorities'
        | 'facilityTypes'
        | 'irbRegions'
        | 'endReasons'
        | 'grounds'
        | 'hearingTypes'
        | 'hearingModes'
        | 'framings'
        | 'outcomes'
        | 'holidayRegions'
        | 'holidayActions',
        Values
      >
    >
  >('features/detention/options.ts');

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
type Catalogue = { readonly [key: string]: string | Catalogue };

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** Keys the Detention tab builds from the model and the rules data, which a literal-key scan cannot see. */
function builtKeys(): string[] {
  const rules = (read('templates/rules/time-limits.json') as { rules: { id: string }[] }).rules;
  const under = (prefix: string, values: readonly string[]) => values.map((v) => `detention.${prefix}.${v}`);
  return [
    ...under('startSources', options.startSources),
    ...under('authorities', options.authorities),
    ...under('facilityTypes', options.facilityTypes),
    ...under('irbRegions', options.irbRegions),
    ...under('endReasons', options.endReasons),
    ...under('groundNames', options.grounds),
    ...under('hearingTypes', options.hearingTypes),
    ...under('modes', options.hearingModes),
    ...under('framingNames', options.framings),
    ...under('outcomes', options.outcomes),
    ...under('holidayRegions', options.holidayRegions),
    ...under('holidayActions', options.holidayActions),
    ...under('overrideModes', ['roll', 'no-roll', 'disable']),
    ...under('warnings', warningCodes),
    ...under('kindTitles', deadlineKinds),
    ...under(
      'rules',
      rules.map((r) => ruleKey(r.id)),
    ),
    'detention.startedAt',
    'detention.decisionAt',
    'detention.orderSignedAt',
    'detention.interpreterMismatch',
    'detention.interpreterDialect',
  ];
}

describe('Detention strings', () => {
  it.each(['en', 'fr'] as const)('%s has every key built from the model, the warning codes and the rules data', (language) => {
    const catalogue = read(`src-renderer/i18n/${language}.json`) as Catalogue;
    const keys = builtKeys();
    expect(keys.length).toBeGreaterThan(90);
    expect(keys.filter((key) => !lookup(catalogue, key)?.trim())).toEqual([]);
  });

  it('fills a warning with the values the tab passes, in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      const catalogue = read(`src-renderer/i18n/${language}.json`) as Catalogue;
      for (const code of warningCodes) {
        const text = lookup(catalogue, `detention.warnings.${code}`) ?? '';
        const names = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
        expect(
          names.filter((name) => !['date', 'office', 'unrolled', 'earliest', 'reason', 'hearing'].includes(name ?? '')),
          `${language} ${code}`,
        ).toEqual([]);
      }
    }
  });
});
