import { describe, expect, it } from 'vitest';
import { languageLabel, type LanguageNames } from '../../../../src-renderer/features/detention/interpreter.ts';
import {
  buildOptions,
  fold,
  resolveEntry,
  searchOptions,
  wellFormedCode,
  type CodeKind,
  type CodeNamer,
} from '../../../../src-renderer/components/code-options.ts';
import en from '../../../../src-renderer/i18n/en.json';
import fr from '../../../../src-renderer/i18n/fr.json';

const own: Record<string, Record<string, string>> = { en: en.detention.languageNames, fr: fr.detention.languageNames };

function namer(kind: CodeKind, language: 'en' | 'fr'): CodeNamer {
  const platform = (type: 'language' | 'script' | 'region', code: string): string | undefined => {
    try {
      return new Intl.DisplayNames([language], { type, fallback: 'none' }).of(code) ?? undefined;
    } catch {
      return undefined;
    }
  };
  if (kind !== 'language') return (code) => platform(kind, code);
  const names: LanguageNames = { own: (code) => own[language]?.[code], platform };
  return (tag) => languageLabel(tag, names);
}

const optionsIn = (kind: CodeKind, language: 'en' | 'fr') => buildOptions(kind, namer(kind, language), namer(kind, 'en'));
const codes = (kind: CodeKind, language: 'en' | 'fr', query: string) => searchOptions(optionsIn(kind, language), query).map((o) => o.code);

describe('code options', () => {
  it('finds a country by its name in the UI language, its English name and its code', () => {
    expect(codes('region', 'fr', 'Chine')[0]).toBe('CN');
    expect(codes('region', 'fr', 'China')[0]).toBe('CN');
    expect(codes('region', 'fr', 'CN')[0]).toBe('CN');
    expect(codes('region', 'en', 'china')[0]).toBe('CN');
    expect(codes('region', 'fr', 'coree')).toEqual(expect.arrayContaining(['KR', 'KP']));
  });

  it('finds Cantonese as cantonais, Cantonese or yue, stored as the tag the case uses', () => {
    for (const query of ['cantonais', 'Cantonese', 'yue']) expect(codes('language', 'fr', query)[0], query).toBe('yue-Hant');
    expect(codes('language', 'en', 'Mandarin')).toEqual(['cmn-Hans', 'cmn-Hant']);
    expect(codes('language', 'en', 'thai')[0]).toBe('th');
  });

  it('finds a script by name in either language and by code', () => {
    expect(codes('script', 'en', 'Traditional')[0]).toBe('Hant');
    expect(codes('script', 'fr', 'traditionnel')[0]).toBe('Hant');
    expect(codes('script', 'fr', 'hant')[0]).toBe('Hant');
    expect(codes('script', 'en', 'Cyrillic')[0]).toBe('Cyrl');
  });

  it('offers the suggestions first, and the other codes by name', () => {
    const suggestions = codes('region', 'en', '');
    expect(suggestions.slice(0, 3)).toEqual(['CN', 'HK', 'MO']);
    expect(suggestions).not.toContain('FR');
    expect(codes('region', 'en', 'France')).toEqual(['FR']);
    expect(codes('language', 'en', 'Swedish')).toEqual(['sv']);
    expect(codes('script', 'en', 'Cherokee')).toEqual(['Cher']);
    expect(codes('region', 'en', 'European Union')).toEqual([]);
  });

  it('stores a name as its code, a typed code in its stored form, and keeps text that names nothing', () => {
    expect(resolveEntry('region', optionsIn('region', 'fr'), 'Chine')).toBe('CN');
    expect(resolveEntry('region', optionsIn('region', 'en'), 'China')).toBe('CN');
    expect(resolveEntry('region', optionsIn('region', 'en'), ' cn ')).toBe('CN');
    expect(resolveEntry('language', optionsIn('language', 'en'), 'Cantonese')).toBe('yue-Hant');
    expect(resolveEntry('language', optionsIn('language', 'fr'), 'cantonais (traditionnel)')).toBe('yue-Hant');
    expect(resolveEntry('language', optionsIn('language', 'en'), 'Thai')).toBe('th');
    expect(resolveEntry('language', optionsIn('language', 'en'), 'YUE-hant-hk')).toBe('yue-Hant-HK');
    expect(resolveEntry('script', optionsIn('script', 'en'), 'hant')).toBe('Hant');
    expect(resolveEntry('language', optionsIn('language', 'en'), 'Mandarin')).toBe('Mandarin');
    expect(resolveEntry('region', optionsIn('region', 'en'), 'Chinaa')).toBe('Chinaa');
    expect(resolveEntry('region', optionsIn('region', 'en'), '  ')).toBe('');
  });

  it('puts typed codes in the form the model stores', () => {
    expect(wellFormedCode('script', 'THAI')).toBe('Thai');
    expect(wellFormedCode('region', 'hk')).toBe('HK');
    expect(wellFormedCode('language', 'FA-ir')).toBe('fa-IR');
    expect(wellFormedCode('language', 'Cantonese')).toBeUndefined();
    expect(wellFormedCode('region', 'CHN')).toBeUndefined();
  });

  it('compares without case or accents', () => {
    expect(fold(' Corée du Sud ')).toBe('coree du sud');
  });
});
