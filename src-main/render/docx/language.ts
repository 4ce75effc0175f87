import type { LangDir } from '../../documents/model.ts';
import { resolveDir } from '../bidi.ts';
import { directionForLang, languageSubtags, type TextDirection } from '../../core/lang/direction.ts';
import { fontScriptForLang, type FontScript } from '../../core/lang/script.ts';

/** The language and direction in force at a point of the tree (inherited from the nearest ancestor). */
export interface Scope {
  readonly lang: string;
  readonly dir: TextDirection;
}

/** A BCP-47 tag shaped well enough to write as an attribute, or undefined. */
export function wellFormedLang(lang: string | undefined): string | undefined {
  if (lang === undefined) return undefined;
  return /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/u.test(lang) ? lang : undefined;
}

/**
 * The scope of a node inside `parent`: a node that sets a language without a direction takes
 * that language's direction (a Persian paragraph in an English letter is right-to-left), the
 * same rule the HTML renderer follows. `text` only matters for dir 'auto'.
 */
export function scopeOf(node: LangDir, parent: Scope, text = ''): Scope {
  const lang = wellFormedLang(node.lang);
  return { lang: lang ?? parent.lang, dir: resolveDir(node.dir, lang, parent.dir, text) };
}

export function rootScope(lang: string): Scope {
  const safe = wellFormedLang(lang) ?? 'und';
  return { lang: safe, dir: directionForLang(safe) };
}

const CJK: ReadonlySet<FontScript> = new Set(['sc', 'tc', 'jp', 'kr']);
const COMPLEX: ReadonlySet<FontScript> = new Set([
  'thai',
  'arabic',
  'urdu',
  'devanagari',
  'gurmukhi',
  'ethiopic',
  'bengali',
  'tamil',
  'telugu',
  'gujarati',
  'malayalam',
  'kannada',
  'sinhala',
  'myanmar',
  'khmer',
  'lao',
  'hebrew',
  'thaana',
  'tibetan',
  'syriac',
  'mongolian',
]);

export const isCjk = (lang: string): boolean => CJK.has(fontScriptForLang(lang));
export const isKorean = (lang: string): boolean => fontScriptForLang(lang) === 'kr';

/**
 * The tag Word understands. Word's language list knows Chinese by region (zh-CN, zh-TW, zh-HK),
 * not by script subtag, so Chinese tags are mapped to the region whose characters they use;
 * every other tag is written as given.
 */
export function wordLang(lang: string): string {
  const { language, script, region } = languageSubtags(lang);
  if (language === 'yue') return 'zh-HK';
  if (language === 'zh') {
    if (region !== undefined && /^(hk|mo|tw|cn|sg)$/u.test(region)) return `zh-${region.toUpperCase()}`;
    return script === 'hant' ? 'zh-TW' : 'zh-CN';
  }
  return lang;
}

/** w:lang: the tag in the slot Word uses for the run's script (East Asian or complex), and in val. */
export function runLanguage(lang: string): { value: string; eastAsia?: string; bidirectional?: string } {
  const tag = wordLang(lang);
  const script = fontScriptForLang(lang);
  if (CJK.has(script)) return { value: tag, eastAsia: tag };
  if (COMPLEX.has(script) || directionForLang(lang) === 'rtl') return { value: tag, bidirectional: tag };
  return { value: tag };
}
