import { describe, expect, it } from 'vitest';
import { directionForLang, languageSubtags } from '../../../../src-main/core/lang/direction.ts';

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
