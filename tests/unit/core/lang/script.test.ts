import { describe, expect, it } from 'vitest';
import { fontScriptForLang } from '../../../../src-main/core/lang/script.ts';

describe('fontScriptForLang', () => {
  it.each([
    ['en', 'latin'],
    ['vi', 'latin'],
    ['ru', 'latin'],
    ['zh', 'sc'],
    ['zh-Hans', 'sc'],
    ['zh-CN', 'sc'],
    ['zh-Hant', 'tc'],
    ['zh-HK', 'tc'],
    ['zh-TW', 'tc'],
    ['yue', 'tc'],
    ['ja', 'jp'],
    ['ko', 'kr'],
    ['th', 'thai'],
    ['fa', 'arabic'],
    ['ar', 'arabic'],
    ['ur', 'urdu'],
    ['pa-Arab', 'urdu'],
    ['hi', 'devanagari'],
    ['pa', 'gurmukhi'],
    ['pa-Guru', 'gurmukhi'],
    ['wuu', 'sc'],
    ['cmn-Hant', 'tc'],
    ['am', 'ethiopic'],
    ['ti', 'ethiopic'],
  ])('%s uses the %s fonts first', (lang, script) => {
    expect(fontScriptForLang(lang)).toBe(script);
  });
});
