import { describe, expect, it } from 'vitest';
import { commonScripts } from '../../../../src-main/core/lang/common-codes.ts';
import {
  chineseVariant,
  groupsOfScriptCode,
  langOfScriptCode,
  scriptsOfLang,
  USUAL_LANG_OF_GROUP,
  type ScriptGroup,
} from '../../../../src-main/core/lang/script-groups.ts';

describe('the script tables', () => {
  it('know the groups of every script offered as a suggestion', () => {
    for (const code of commonScripts) expect(groupsOfScriptCode(code).length, code).toBeGreaterThan(0);
  });

  it('give each group a usual language that writes it', () => {
    const entries = Object.entries(USUAL_LANG_OF_GROUP) as [ScriptGroup, string][];
    for (const [group, lang] of entries) expect(scriptsOfLang(lang)?.has(group), lang).toBe(true);
  });

  it('give a name in a script the language that selects its glyphs, whatever the code’s case', () => {
    expect(langOfScriptCode('Hant')).toBe('zh-Hant');
    expect(langOfScriptCode('hans')).toBe('zh-Hans');
    expect(langOfScriptCode('Hani')).toBe('zh');
    expect(langOfScriptCode('Jpan')).toBe('ja');
    expect(langOfScriptCode('Thai')).toBe('th');
    expect(langOfScriptCode('Arab')).toBeUndefined();
    expect(langOfScriptCode('Latn')).toBeUndefined();
  });

  it('tell Traditional from Simplified Chinese by script, language and region', () => {
    expect(chineseVariant('zh')).toBe('hans');
    expect(chineseVariant('zh-TW')).toBe('hant');
    expect(chineseVariant('yue')).toBe('hant');
    expect(chineseVariant('cmn-Hant')).toBe('hant');
    expect(chineseVariant('wuu')).toBe('hans');
    expect(chineseVariant('ja')).toBeUndefined();
    expect(chineseVariant('ko')).toBeUndefined();
    expect(chineseVariant('en-HK')).toBeUndefined();
  });
});
