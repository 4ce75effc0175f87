import { describe, expect, it } from 'vitest';
import { directionForLang, languageSubtags } from '../../../src-main/core/lang/direction.ts';
import { fontScriptForLang } from '../../../src-main/core/lang/script.ts';

describe('directionForLang', () => {
  it.each(['fa', 'ar', 'ur', 'he', 'ps', 'ckb', 'fa-IR', 'ar-SY', 'ug', 'yi', 'pa-Arab', 'sd'])('%s is right to left', (lang) => {
    expect(directionForLang(lang)).toBe('rtl');
  });

  it.each(['en', 'fr', 'zh-Hant', 'ja', 'ko', 'th', 'hi', 'pa', 'am', 'vi', 'ru', 'uk', 'tl', 'az-Latn', 'ku-Latn', '', '!!'])(
    '%s is left to right',
    (lang) => {
      expect(directionForLang(lang)).toBe('ltr');
    },
  );

  it('splits tags case-insensitively', () => {
    expect(languageSubtags('zh_Hant_HK')).toEqual({ language: 'zh', script: 'hant', region: 'hk' });
  });
});

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
    ['am', 'ethiopic'],
    ['ti', 'ethiopic'],
  ])('%s uses the %s fonts first', (lang, script) => {
    expect(fontScriptForLang(lang)).toBe(script);
  });
});
