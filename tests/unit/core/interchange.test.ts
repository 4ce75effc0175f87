import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, toCaseFile } from '../../../src-main/core/model/interchange.ts';
import { checkCaseFacts } from '../../../src-main/core/validate.ts';
import { caseJsonSchema } from '../../../scripts/case-schema.ts';
import { caught } from '../../helpers/errors.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', name), 'utf8'));

describe('case interchange format', () => {
  it.each(['case1-lai.json', 'case2-srisuk.json'])('%s is canonical: parse then serialise gives the same file', (name) => {
    const input = fixture(name);
    expect(toCaseFile(parseCaseFile(input).case)).toEqual(input);
  });

  it("leaves a build's folder on this machine out of the file, keeping the rest of the build record", () => {
    const parsed = parseCaseFile(fixture('case1-lai.json')).case;
    const build = {
      id: 'build-0001',
      builtAt: '2026-03-19T15:00:00.000Z',
      preset: 'p',
      manifestSha256: 'a'.repeat(64),
      inputs: [],
      outputs: [],
      skipped: [],
    };
    const file = toCaseFile({ ...parsed, builds: [{ ...build, folder: '/home/counsel/Clients/Lai/packets' }] });
    expect(file.case.builds).toEqual([build]);
    expect(JSON.stringify(file)).not.toContain('/home/counsel');
    expect(parseCaseFile(JSON.parse(JSON.stringify(file))).case.builds).toEqual([build]);
  });

  it('lists every failing field path, not just the first', () => {
    const bad = structuredClone(fixture('case1-lai.json')) as { case: Record<string, unknown> & { client: Record<string, unknown> } };
    bad.case.kind = 'bail';
    bad.case.client.uci = '12';
    bad.case.client.dateOfBirth = { calendar: 'gregorian', year: 2026, month: 2, day: 30 };
    const error = caught(() => parseCaseFile(bad));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['case.client.dateOfBirth.day', 'case.client.uci', 'case.kind']);
    expect(error.message).toContain('case.client.uci');
  });

  it('refuses a 5 MB name field with a field error, not a crash', () => {
    const bad = structuredClone(fixture('case2-srisuk.json')) as { case: { client: { familyName: string } } };
    bad.case.client.familyName = 'x'.repeat(5 * 1024 * 1024);
    const error = caught(() => parseCaseFile(bad));
    expect(error.issues[0]?.path).toBe('case.client.familyName');
  });

  it('says a newer format needs a newer Dossier', () => {
    const error = caught(() => parseCaseFile({ format: 'dossier-case', formatVersion: 99, case: {} }));
    expect(error.code).toBe('FUTURE_SCHEMA');
  });

  it('refuses things that are not case files', () => {
    for (const input of [null, 42, 'case', [], { format: 'other', formatVersion: 1, case: {} }]) {
      expect(caught(() => parseCaseFile(input)).code).toBe('VALIDATION');
    }
  });

  it('rejects a future date of birth and duplicate ids', () => {
    const file = parseCaseFile(fixture('case1-lai.json'));
    const future = {
      ...file.case,
      client: {
        ...file.case.client,
        dateOfBirth: { ...file.case.client.dateOfBirth!, year: 2030, earliest: '2030-11-02', latest: '2030-11-02' },
      },
    };
    expect(checkCaseFacts(future, '2026-11-23').map((i) => i.path)).toEqual(['client.dateOfBirth']);
    const dup = { ...file.case, exhibits: [...file.case.exhibits, file.case.exhibits[0]!] };
    expect(checkCaseFacts(dup, '2026-11-23')).toHaveLength(1);
    expect(checkCaseFacts(file.case, '2026-11-23')).toEqual([]);
  });

  it('ships a JSON Schema that matches the model', () => {
    expect(readFileSync(path.join(root, 'schema/case.schema.json'), 'utf8')).toBe(caseJsonSchema());
  });
});
