import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptHintsFromCase, languageOfPiece } from '../../../../src-main/core/lang/script-hints.ts';
import { caseSchema, type Case } from '../../../../src-main/core/model/case.ts';

const load = (name: string): Case =>
  caseSchema.parse((JSON.parse(readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8')) as { case: unknown }).case);
const lai = load('case1-lai');
const srisuk = load('case2-srisuk');

describe('scriptHintsFromCase', () => {
  it('takes the language from the client’s names in script and languages', () => {
    expect(scriptHintsFromCase(lai)).toMatchObject({ Han: 'yue-Hant' });
    expect(scriptHintsFromCase(srisuk)).toMatchObject({ Thai: 'th' });
    const persian = caseSchema.parse({
      ...JSON.parse(JSON.stringify(srisuk)),
      client: { ...srisuk.client, namesInScript: [{ script: 'Arab', value: 'علی' }], languages: [{ lang: 'fa' }, { lang: 'uk' }] },
    });
    expect(scriptHintsFromCase(persian)).toMatchObject({ Arabic: 'fa', Cyrillic: 'uk' });
    const hansName = caseSchema.parse({
      ...JSON.parse(JSON.stringify(lai)),
      client: { ...lai.client, namesInScript: [{ script: 'Hans', value: '黎咏诗' }] },
      people: [],
    });
    expect(scriptHintsFromCase(hansName).Han).toBe('cmn-Hans');
  });
});

describe('languageOfPiece', () => {
  it('takes the first hint that writes every script of the piece, else the script’s usual language', () => {
    expect(languageOfPiece(['Han'], { Han: 'yue-Hant' })).toBe('yue-Hant');
    expect(languageOfPiece(['Han'], { Han: 'fa' })).toBe('zh');
    expect(languageOfPiece(['Han', 'Kana'], { Han: 'yue-Hant' })).toBe('ja');
    expect(languageOfPiece(['Arabic'], {})).toBe('ar');
    expect(languageOfPiece([], {})).toBe('und');
  });
});
