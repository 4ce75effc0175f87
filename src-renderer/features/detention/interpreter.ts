/**
 * Interpreter language checks. Tags are BCP 47 at dialect level (`yue-Hant`, `cmn-Hans`,
 * `fa-AF`). What an interpreter speaks is the language subtag; the script only says how it is
 * written, so `yue-Hant` and `yue-Hans` are the same spoken language.
 */

/** The spoken language of a tag, lower-case: `yue` for `yue-Hant` and for `zh-yue`; undefined if the tag is empty. */
export function spokenLanguage(tag: string | undefined): string | undefined {
  const parts = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  const primary = parts[0];
  if (!primary) return undefined;
  const second = parts[1];
  // Extended language subtags (`zh-yue`, `zh-cmn`, `ar-apc`) name the spoken variety.
  if (second !== undefined && /^[a-z]{3}$/.test(second)) return second;
  return primary;
}

/** The region subtag (`AF` in `fa-AF`), which can mark a dialect (Dari is spoken in Afghanistan). */
export function regionOf(tag: string | undefined): string | undefined {
  return (tag ?? '')
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^(?:[A-Za-z]{2}|\d{3})$/.test(part))
    ?.toUpperCase();
}

export type InterpreterCheck =
  | { readonly kind: 'not-recorded' }
  | { readonly kind: 'match' }
  /** A different language: Mandarin for Cantonese. */
  | { readonly kind: 'language'; readonly requested: string; readonly provided: string }
  /** The same language from another region, which may be another dialect: check with the client. */
  | { readonly kind: 'dialect'; readonly requested: string; readonly provided: string };

/** Compares the interpreter asked for with the one the hearing had. */
export function checkInterpreter(requested: string | undefined, provided: string | undefined): InterpreterCheck {
  const wanted = spokenLanguage(requested);
  const given = spokenLanguage(provided);
  if (wanted === undefined || given === undefined || requested === undefined || provided === undefined) return { kind: 'not-recorded' };
  if (wanted !== given) return { kind: 'language', requested, provided };
  const wantedRegion = regionOf(requested);
  const givenRegion = regionOf(provided);
  if (wantedRegion !== undefined && givenRegion !== undefined && wantedRegion !== givenRegion)
    return { kind: 'dialect', requested, provided };
  return { kind: 'match' };
}

export interface LanguageNames {
  /** Our own name for a spoken language the platform folds into another (`cmn` → Mandarin, not "Chinese"). */
  readonly own: (code: string) => string | undefined;
  readonly platform: (type: 'language' | 'script' | 'region', code: string) => string | undefined;
}

/** The spoken language's name only: "Cantonese", "Mandarin". Falls back to the tag itself. */
export function spokenName(tag: string, names: LanguageNames): string {
  const code = spokenLanguage(tag);
  if (code === undefined) return tag;
  return names.own(code) ?? names.platform('language', code) ?? tag;
}

/** The full name of a tag: "Cantonese (Traditional)", "Persian (Afghanistan)". Undefined when the language is unknown. */
export function languageLabel(tag: string, names: LanguageNames): string | undefined {
  const code = spokenLanguage(tag);
  if (code === undefined) return undefined;
  const base = names.own(code) ?? names.platform('language', code);
  if (base === undefined) return undefined;
  const script = tag.split(/[-_]/).find((part) => /^[A-Za-z]{4}$/.test(part));
  const region = regionOf(tag);
  const extras = [
    script ? names.platform('script', script.charAt(0).toUpperCase() + script.slice(1).toLowerCase()) : undefined,
    region ? names.platform('region', region) : undefined,
  ].filter((x): x is string => x !== undefined);
  return extras.length > 0 ? `${base} (${extras.join(', ')})` : base;
}
