import { commonLanguages, commonRegions, commonScripts } from '../../src-main/core/lang/common-codes.ts';
import { isoScriptCodes, twoLetterCodes } from '../../src-main/core/lang/iso-codes.ts';

/** What a code picker chooses: an ISO 15924 script, an ISO 3166 country, or a BCP 47 language tag. */
export type CodeKind = 'script' | 'region' | 'language';

/** A code's name in one language, or undefined when that language has none for it. */
export type CodeNamer = (code: string) => string | undefined;

export interface CodeOption {
  /** What the case stores: "Hant", "CN", "yue-Hant". */
  readonly code: string;
  /** Its name in the UI language: "Chine", "cantonais (traditionnel)". */
  readonly label: string;
  /** Its English name, which can be searched in either UI language. */
  readonly english: string;
  /** Whether it is one of the suggestions shown before anything is typed. */
  readonly common: boolean;
}

const suggested: Readonly<Record<CodeKind, readonly string[]>> = {
  script: commonScripts,
  region: commonRegions,
  language: commonLanguages,
};

function fullList(kind: CodeKind): readonly string[] {
  if (kind === 'script') return isoScriptCodes;
  return twoLetterCodes(kind);
}

/** Every option of a kind, the suggestions first, each named; codes without a name are left out. */
export function buildOptions(kind: CodeKind, name: CodeNamer, english: CodeNamer): CodeOption[] {
  const common = new Set(suggested[kind]);
  const options: CodeOption[] = [];
  for (const code of new Set([...suggested[kind], ...fullList(kind)])) {
    const label = name(code);
    if (label === undefined) continue;
    options.push({ code, label, english: english(code) ?? label, common: common.has(code) });
  }
  return options;
}

/** Text as it is compared: lower case, without accents or surrounding spaces ("Chine" ≈ "chine", "Corée" ≈ "coree"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function wordStarts(name: string, query: string): boolean {
  return name.split(/[\s(),-]+/).some((word) => word.startsWith(query));
}

/** How well an option answers a query: 0 best, undefined when it does not. */
function rank(option: CodeOption, query: string): number | undefined {
  const code = fold(option.code);
  const names = [fold(option.label), fold(option.english)];
  if (code === query) return 0;
  if (names.some((n) => n === query)) return 1;
  if (names.some((n) => n.startsWith(query))) return 2;
  if (code.startsWith(query)) return 3;
  if (names.some((n) => wordStarts(n, query))) return 4;
  if (names.some((n) => n.includes(query))) return 5;
  return undefined;
}

/**
 * The options a query finds, best first: by code ("CN"), by name in the UI language ("Chine")
 * or by English name ("China"), whole or in part; suggestions before the rest at equal rank.
 * An empty query gives the suggestions.
 */
export function searchOptions(options: readonly CodeOption[], query: string, limit = 60): CodeOption[] {
  const q = fold(query);
  if (q === '') return options.filter((o) => o.common).slice(0, limit);
  return options
    .map((option, order) => ({ option, order, rank: rank(option, q) }))
    .filter((hit): hit is { option: CodeOption; order: number; rank: number } => hit.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || Number(b.option.common) - Number(a.option.common) || a.order - b.order)
    .slice(0, limit)
    .map((hit) => hit.option);
}

/** A typed code put in the case the model stores it: "hant" → "Hant", "cn" → "CN", "YUE-hant-hk" → "yue-Hant-HK". */
export function wellFormedCode(kind: CodeKind, text: string): string | undefined {
  const t = text.trim();
  if (kind === 'script') return /^[A-Za-z]{4}$/.test(t) ? t.charAt(0).toUpperCase() + t.slice(1).toLowerCase() : undefined;
  if (kind === 'region') return /^[A-Za-z]{2}$/.test(t) ? t.toUpperCase() : undefined;
  if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(t)) return undefined;
  return t
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (/^[A-Za-z]{4}$/.test(part)) return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      if (/^(?:[A-Za-z]{2}|\d{3})$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

/** A name without what follows it in brackets: "Cantonese (Traditional)" → "cantonese". */
function baseName(name: string): string {
  return fold(name.replace(/\s*\(.*$/, ''));
}

/**
 * What to store for what was typed: the code of the option named exactly so ("China", "Chine"),
 * else the typed code put right ("cn" → "CN"), else the one option whose name before brackets it
 * is ("Cantonese" → "yue-Hant"), else the text itself, which the case's validation then flags
 * so that nothing typed is silently dropped.
 */
export function resolveEntry(kind: CodeKind, options: readonly CodeOption[], text: string): string {
  const typed = text.trim();
  if (typed === '') return '';
  const q = fold(typed);
  const named = options.find((o) => fold(o.label) === q || fold(o.english) === q);
  if (named) return named.code;
  const code = wellFormedCode(kind, typed);
  if (code !== undefined) return code;
  const byBase = options.filter((o) => baseName(o.label) === q || baseName(o.english) === q);
  const only = byBase.length === 1 ? byBase[0] : undefined;
  return only ? only.code : typed;
}
