import { describe, expect, it } from 'vitest';
import {
  checkInterpreter,
  languageLabel,
  regionOf,
  spokenLanguage,
  spokenName,
  type LanguageNames,
} from '../../../../src-renderer/features/detention/interpreter.ts';

const platform = (language: string): LanguageNames['platform'] => {
  const names = {
    language: new Intl.DisplayNames([language], {
      type: 'language',
      fallback: 'none',
    }),
    script: new Intl.DisplayNames([language], {
      type: 'script',
      fallback: 'none',
    }),
    region: new Intl.DisplayNames([language], {
      type: 'region',
      fallback: 'none',
    }),
  };
  return (type, code) => names[type].of(code) ?? undefined;
};
const english: LanguageNames = {
  own: (code) => (code === 'cmn' ? 'Mandarin' : undefined),
  platform: platform('en'),
};

describe('interpreter requested and provided', () => {
  it('flags Mandarin provided where Cantonese was requested (Case 1, 48-hour review)', () => {
    expect(checkInterpreter('yue-Hant', 'cmn-Hans')).toEqual({
      kind: 'language',
      requested: 'yue-Hant',
      provided: 'cmn-Hans',
    });
    expect(spokenName('cmn-Hans', english)).toBe('Mandarin');
    expect(spokenName('yue-Hant', english)).toBe('Cantonese');
  });

  it('treats the script as writing only: Cantonese is Cantonese in either script', () => {
    expect(checkInterpreter('yue-Hant', 'yue-Hans')).toEqual({ kind: 'match' });
    expect(checkInterpreter('zh-yue', 'yue')).toEqual({ kind: 'match' });
    expect(checkInterpreter('th', 'TH')).toEqual({ kind: 'match' });
  });

  it('warns of a dialect when the same language comes from another region', () => {
    expect(checkInterpreter('fa-AF', 'fa-IR')).toEqual({
      kind: 'dialect',
      requested: 'fa-AF',
      provided: 'fa-IR',
    });
    expect(checkInterpreter('es', 'es-MX')).toEqual({ kind: 'match' });
  });

  it('says nothing until both are recorded', () => {
    expect(checkInterpreter('yue-Hant', undefined)).toEqual({
      kind: 'not-recorded',
    });
    expect(checkInterpreter(undefined, 'cmn')).toEqual({
      kind: 'not-recorded',
    });
    expect(checkInterpreter('', 'cmn')).toEqual({ kind: 'not-recorded' });
  });

  it('reads the spoken language and region out of a tag', () => {
    expect(spokenLanguage('zh-cmn-Hans')).toBe('cmn');
    expect(spokenLanguage('YUE-Hant-HK')).toBe('yue');
    expect(regionOf('yue-Hant-HK')).toBe('HK');
    expect(regionOf('es-419')).toBe('419');
    expect(regionOf('yue-Hant')).toBeUndefined();
  });

  it('names a tag with its script and region in the UI language', () => {
    expect(languageLabel('yue-Hant', english)).toBe('Cantonese (Traditional)');
    expect(languageLabel('cmn-Hans', english)).toBe('Mandarin (Simplified)');
    expect(languageLabel('fa-AF', english)).toBe('Persian (Afghanistan)');
    expect(languageLabel('qqq', english)).toBeUndefined();
    const french: LanguageNames = {
      own: (code) => (code === 'cmn' ? 'mandarin' : undefined),
      platform: platform('fr'),
    };
    expect(languageLabel('yue', french)).toBe('cantonais');
  });
});
