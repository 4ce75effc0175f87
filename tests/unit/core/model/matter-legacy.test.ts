import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../../src-main/core/errors.ts';
import { parseCase, parseCaseFile } from '../../../../src-main/core/model/interchange.ts';
import { normaliseLegacyMatter } from '../../../../src-main/core/model/matter-legacy.ts';

const fixture = (name: string): { case: Record<string, unknown> } & Record<string, unknown> =>
  JSON.parse(readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8')) as { case: Record<string, unknown> };

/** A fixture as an older Dossier wrote it: free-text issuers, the UCI also among the file numbers. */
function legacy(name: string, fileNumbers: { issuer: string; value: string }[], uci?: string) {
  const file = fixture(name);
  const c = file.case as { matter: Record<string, unknown>; client: Record<string, unknown> };
  const client = { ...c.client };
  if (uci === undefined) delete client['uci'];
  else client['uci'] = uci;
  return { ...file, case: { ...c, matter: { ...c.matter, fileNumbers }, client } };
}

describe('file numbers written with free-text issuers', () => {
  it('open: "IRB-ID" and "CBSA" are read as the IRB and CBSA numbers', () => {
    const file = legacy('case1-lai', [
      { issuer: 'IRB-ID', value: '0003-B6-01234' },
      { issuer: 'CBSA', value: 'CBSA-TOR-2026-5531' },
    ]);
    const value = parseCaseFile(file).case;
    expect(value.matter.fileNumbers).toEqual([
      { issuer: 'IRB', value: '0003-B6-01234' },
      { issuer: 'CBSA', value: 'CBSA-TOR-2026-5531' },
    ]);
    // Reading the vault's copy (no envelope) gives the same.
    expect(parseCase(file.case).matter.fileNumbers).toEqual(value.matter.fileNumbers);
  });

  it('move a UCI to the client when the client has none, and drop it when the client already holds it', () => {
    const moved = parseCase(
      legacy('case2-srisuk', [
        { issuer: 'IRCC-UCI', value: '1122-3344' },
        { issuer: 'FC', value: 'IMM-9876-25' },
      ]).case,
    );
    expect(moved.client.uci).toBe('1122-3344');
    expect(moved.matter.fileNumbers).toEqual([{ issuer: 'FC', value: 'IMM-9876-25' }]);
    const same = parseCase(legacy('case2-srisuk', [{ issuer: 'UCI', value: '11223344' }], '1122-3344').case);
    expect(same.client.uci).toBe('1122-3344');
    expect(same.matter.fileNumbers).toEqual([]);
  });

  it('keep a UCI that differs from the client\'s, and an issuer not recognised, as "other" with their names', () => {
    const value = parseCase(
      legacy(
        'case2-srisuk',
        [
          { issuer: 'IRCC-UCI', value: '9999-0000' },
          { issuer: 'Legal Aid Ontario', value: 'LAO-77' },
        ],
        '1122-3344',
      ).case,
    );
    expect(value.client.uci).toBe('1122-3344');
    expect(value.matter.fileNumbers).toEqual([
      { issuer: 'other', label: 'IRCC-UCI', value: '9999-0000' },
      { issuer: 'other', label: 'Legal Aid Ontario', value: 'LAO-77' },
    ]);
  });

  it('leave current data as it is', () => {
    const current = fixture('case1-lai').case;
    expect(normaliseLegacyMatter(current)).toBe(current);
    expect(normaliseLegacyMatter('not a case')).toBe('not a case');
  });
});

describe('the fixed set of issuers', () => {
  it('refuses a second number from the same office, naming the field', () => {
    const c = fixture('case1-lai').case as { matter: Record<string, unknown> };
    const twice = {
      ...c,
      matter: {
        ...c.matter,
        fileNumbers: [
          { issuer: 'IRB', value: '0003-B6-01234' },
          { issuer: 'IRB', value: '0003-B6-09999' },
        ],
      },
    };
    let caught: unknown;
    try {
      parseCase(twice);
    } catch (error) {
      caught = error;
    }
    expect(isDossierError(caught) && caught.issues.map((i) => [i.path, i.code])).toEqual([
      ['matter.fileNumbers.1.value', 'fileNumberTwice'],
    ]);
  });

  it('keeps the hearing details', () => {
    const c = fixture('case1-lai').case as { matter: Record<string, unknown> };
    const value = parseCase({
      ...c,
      matter: { ...c.matter, presidingMember: 'M. Tremblay', hearingMode: 'video', hearingPlace: 'Toronto Immigration Holding Centre' },
    });
    expect(value.matter).toMatchObject({
      presidingMember: 'M. Tremblay',
      hearingMode: 'video',
      hearingPlace: 'Toronto Immigration Holding Centre',
    });
  });
});
