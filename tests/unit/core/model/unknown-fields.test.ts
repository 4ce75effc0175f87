import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../../src-main/core/errors.ts';
import { parseCaseFile } from '../../../../src-main/core/model/interchange.ts';
import { unknownFieldPaths } from '../../../../src-main/core/model/unknown-fields.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/cases');
const load = (name: string) => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as { case: Record<string, unknown> };

function refusal(input: unknown) {
  try {
    parseCaseFile(input);
  } catch (error) {
    if (isDossierError(error)) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('import never drops a field silently', () => {
  it.each(readdirSync(fixtures).filter((n) => n.endsWith('.json')))('reads the fixture %s with no unknown field', (name) => {
    expect(parseCaseFile(load(name)).case.id).toMatch(/^case/);
  });

  it('refuses a file with an unknown field, naming its path and the fix', () => {
    const file = load('case1-lai.json');
    const people = file.case['people'] as Record<string, unknown>[];
    const input = {
      ...file,
      case: { ...file.case, favouriteColour: 'teal', people: people.map((p, i) => (i === 1 ? { ...p, shoeSize: 42 } : p)) },
    };
    const error = refusal(input);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues.map((i) => [i.path, i.code]).toSorted()).toEqual([
      ['case.favouriteColour', 'unknownField'],
      ['case.people.1.shoeSize', 'unknownField'],
    ]);
    expect(error.message).toMatch(/case\.favouriteColour/);
    expect(error.message).toContain('Nothing was imported');
  });

  it('refuses an unknown field on the envelope itself', () => {
    expect(refusal({ ...load('case2-srisuk.json'), comment: 'from another program' }).issues[0]?.path).toBe('comment');
  });

  it('finds only keys the parse lost, not defaults it added', () => {
    expect(unknownFieldPaths({ a: 1, b: { c: [{ d: 1, e: 2 }] } }, { a: 1, z: 0, b: { c: [{ d: 1 }] } })).toEqual(['b.c.0.e']);
    expect(unknownFieldPaths({ a: undefined }, {})).toEqual([]);
  });
});
