import { describe, expect, it } from 'vitest';
import { warningCodes } from '../../../../src-main/core/rules/deadline.ts';
import { deadlineKinds } from '../../../../src-main/core/rules/rule-schema.ts';
import { shippedRules } from '../../../../src-main/core/rules/shipped.ts';
import { ruleKey } from '../../../../src-renderer/features/detention/deadlines.ts';
import * as options from '../../../../src-renderer/features/detention/options.ts';
import en from '../../../../src-renderer/i18n/en.json';
import fr from '../../../../src-renderer/i18n/fr.json';

type Catalogue = { readonly [key: string]: string | Catalogue };
const catalogues: Readonly<Record<'en' | 'fr', Catalogue>> = { en, fr };

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** Keys the Detention tab builds from the model and the rules data, which a literal-key scan cannot see. */
function builtKeys(): string[] {
  const rules = shippedRules().timeLimits.rules;
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
    ...['settings', 'facility', 'place', 'zone', 'none'].map((s) => `clock.sources.${s}`),
    ...['chosen-place', 'facility-name', 'zone-place', 'zone-chosen', 'irb'].map((m) => `clock.mismatch.${m}`),
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
    const catalogue: Catalogue = catalogues[language];
    const keys = builtKeys();
    expect(keys.length).toBeGreaterThan(90);
    expect(keys.filter((key) => !lookup(catalogue, key)?.trim())).toEqual([]);
  });

  it('fills a warning with the values the tab passes, in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      const catalogue: Catalogue = catalogues[language];
      for (const code of warningCodes) {
        const text = lookup(catalogue, `detention.warnings.${code}`) ?? '';
        const names = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
        expect(
          names.filter((name) => !['date', 'office', 'unrolled', 'earliest', 'reason', 'hearing', 'closed', 'next'].includes(name ?? '')),
          `${language} ${code}`,
        ).toEqual([]);
      }
    }
  });
});
