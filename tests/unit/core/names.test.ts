import { describe, expect, it } from 'vitest';
import {
  clientAsNamed,
  displayName,
  foldForSearch,
  hasInvisibleControls,
  matchesQuery,
  realNameForms,
  searchableNames,
} from '../../../src-main/core/names.ts';
import { clientSchema } from '../../../src-main/core/model/case.ts';

const client = clientSchema.parse({
  familyName: 'Nguyễn',
  givenNames: 'Thị Lan',
  namesInScript: [{ script: 'Hant', value: '黎詠詩' }],
  aliases: ['Lan'],
});

describe('name search', () => {
  it('treats NFC and NFD forms as equal', () => {
    expect(foldForSearch('Nguye\u0302\u0303n')).toBe(foldForSearch('Nguyễn'));
    expect(foldForSearch('Nguyễn'.normalize('NFD'))).toBe('nguyen');
  });

  it('finds a Vietnamese name without its diacritics and a Chinese name by its characters', () => {
    expect(matchesQuery({ client }, 'nguyen')).toBe(true);
    expect(matchesQuery({ client }, '詠詩')).toBe(true);
    expect(matchesQuery({ client }, 'thi lan')).toBe(true);
    expect(matchesQuery({ client }, 'chan')).toBe(false);
  });

  it('keeps Thai vowels and tone marks, which carry meaning', () => {
    expect(foldForSearch('ศรีสุข')).toBe('ศรีสุข'.normalize('NFKC'));
    expect(foldForSearch('ศรีสุข')).not.toBe(foldForSearch('ศรสข'));
  });

  it('ignores zero-width and bidi controls hidden in a name', () => {
    expect(foldForSearch('Lai\u200B Wing\u202Esze')).toBe(foldForSearch('Lai Wingsze'));
    expect(hasInvisibleControls('Lai\u202EWing')).toBe(true);
    expect(hasInvisibleControls('می\u200Cکنم')).toBe(false);
  });

  it('lists every searchable form once', () => {
    const names = searchableNames(client);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('黎詠詩');
  });

  it('writes the family name in capitals with the name in script beside it', () => {
    expect(displayName(client)).toBe('NGUYỄN Thị Lan (黎詠詩)');
    expect(displayName(clientSchema.parse({ namesInScript: [{ script: 'Thai', value: 'กนกวรรณ' }] }))).toBe('กนกวรรณ');
  });
});

describe('the name a document prints', () => {
  const withPseudonym = clientSchema.parse({ ...client, pseudonymForFilings: ' W.S.L. ' });

  it('replaces every form of the name by the pseudonym in a possibly-public document', () => {
    const named = clientAsNamed(withPseudonym, true);
    expect(displayName(named)).toBe('W.S.L.');
    expect(named.familyName).toBe('');
    expect(named.namesInScript).toEqual([]);
    expect(named.aliases).toEqual([]);
  });

  it('keeps the real name elsewhere, and everywhere when no pseudonym is set', () => {
    expect(clientAsNamed(withPseudonym, false)).toBe(withPseudonym);
    expect(clientAsNamed(client, true)).toBe(client);
    const blank = clientSchema.parse({ ...client, pseudonymForFilings: '  ' });
    expect(clientAsNamed(blank, true)).toBe(blank);
  });

  it('lists every form of the real name: full, family, given, in script, aliases', () => {
    expect(realNameForms(client)).toEqual([
      { form: 'full', text: 'NGUYỄN Thị Lan (黎詠詩)' },
      { form: 'full', text: 'Nguyễn Thị Lan' },
      { form: 'full', text: 'Thị Lan Nguyễn' },
      { form: 'family', text: 'Nguyễn' },
      { form: 'given', text: 'Thị Lan' },
      { form: 'script', text: '黎詠詩' },
      { form: 'alias', text: 'Lan' },
    ]);
    expect(realNameForms({ familyName: '', givenNames: 'Sina', namesInScript: [], aliases: [] })).toEqual([
      { form: 'given', text: 'Sina' },
    ]);
  });
});
