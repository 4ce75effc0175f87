import { describe, expect, it } from 'vitest';
import { fontScriptForLang, unprintableScripts } from '../../../../src-main/core/lang/script.ts';

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
    ['ckb', 'arabic'],
    ['ckb-Latn', 'latin'],
    ['ku-Arab', 'arabic'],
    ['sr-Cyrl', 'latin'],
    ['sd', 'arabic'],
    ['bn', 'bengali'],
    ['ta', 'tamil'],
    ['te', 'telugu'],
    ['gu', 'gujarati'],
    ['ml', 'malayalam'],
    ['kn', 'kannada'],
    ['si', 'sinhala'],
    ['my', 'myanmar'],
    ['km', 'khmer'],
    ['lo', 'lao'],
    ['he', 'hebrew'],
    ['yi', 'hebrew'],
    ['dv', 'thaana'],
    ['ka', 'georgian'],
    ['hy', 'armenian'],
    ['bo', 'tibetan'],
    ['syr', 'syriac'],
    ['mn', 'latin'],
    ['mn-Mong', 'mongolian'],
    ['chr', 'cherokee'],
    ['zgh', 'tifinagh'],
    ['iu', 'canadian'],
    ['cr-Cans', 'canadian'],
    ['iu-Latn', 'latin'],
  ])('%s uses the %s fonts first', (lang, script) => {
    expect(fontScriptForLang(lang)).toBe(script);
  });
});

describe('unprintableScripts', () => {
  it('names the scripts no bundled font draws, and nothing for scripts, emoji and signs it does', () => {
    expect([...unprintableScripts('ଓଡ଼ିଆ ନାମ')]).toEqual(['Oriya']);
    expect([...unprintableScripts('ߒߞߏ private \uE000')]).toEqual(['other']);
    expect([...unprintableScripts('கமலா Kamala ᐊᓈᓇ ⵢⵓⴱⴰ 😀 → ‐')]).toEqual([]);
    expect([...unprintableScripts('\u200C\u202B\n')]).toEqual([]);
  });
});
