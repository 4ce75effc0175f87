import type { Case, ScriptName } from '../model/case.ts';
import {
  chineseVariant,
  groupsOfScriptCode,
  langOfScriptCode,
  scriptsOfLang,
  USUAL_LANG_OF_GROUP,
  type ScriptGroup,
} from './script-groups.ts';

/**
 * Which language a piece of text in a given script is in, as far as the case says (a Cantonese
 * client's Han is "yue-Hant", a Persian speaker's Arabic script "fa"). Built by
 * `scriptHintsFromCase`; a hint for a language that does not write the group is ignored.
 */
export type ScriptHints = Readonly<Partial<Record<ScriptGroup, string>>>;

/** Whether a person writing `lang` would write a name in script `code` ("yue-Hant" writes Hant, not Hans). */
function langFitsScript(lang: string, code: string): boolean {
  const groups = groupsOfScriptCode(code);
  const own = scriptsOfLang(lang);
  if (groups.length === 0 || own === undefined || !groups.every((g) => own.has(g))) return false;
  const wanted = code.toLowerCase();
  return wanted === 'hant' || wanted === 'hans' ? chineseVariant(lang) === wanted : true;
}

function set(hints: Partial<Record<ScriptGroup, string>>, groups: Iterable<ScriptGroup>, lang: string): void {
  for (const g of groups) if (g !== 'Latin' && hints[g] === undefined) hints[g] = lang;
}

/**
 * The language of each script the case's client text may be in. The client's names in script
 * come first, in the client's own language for that script when they have one (a Cantonese
 * client's Han name → "yue-Hant"), else the script code's language (Hant → "zh-Hant"); then the
 * client's other languages, those they write or read and the hearing language first (a Persian
 * speaker's Arabic script → "fa", a Ukrainian's Cyrillic → "uk"); then the names in script of
 * the other people in the case, for scripts still open.
 */
export function scriptHintsFromCase(c: Case): ScriptHints {
  const hints: Partial<Record<ScriptGroup, string>> = {};
  const languages = [...c.client.languages]
    .map((skill, order) => ({ skill, order }))
    .sort(
      (a, b) =>
        Number(b.skill.preferredForHearing) - Number(a.skill.preferredForHearing) ||
        Number(b.skill.writes || b.skill.reads) - Number(a.skill.writes || a.skill.reads) ||
        a.order - b.order,
    )
    .map(({ skill }) => skill.lang);
  const nameHint = (name: ScriptName, own: readonly string[]): void => {
    const lang = own.find((l) => langFitsScript(l, name.script)) ?? langOfScriptCode(name.script);
    if (lang !== undefined) set(hints, groupsOfScriptCode(name.script), lang);
  };
  for (const name of c.client.namesInScript) nameHint(name, languages);
  for (const lang of languages) set(hints, scriptsOfLang(lang) ?? [], lang);
  for (const person of c.people) for (const name of person.namesInScript) nameHint(name, []);
  return hints;
}

function writes(lang: string, groups: readonly ScriptGroup[]): boolean {
  const own = scriptsOfLang(lang);
  return own !== undefined && groups.every((g) => own.has(g));
}

/**
 * The language of a piece written in `groups`: the first hint that writes all of them, else the
 * script's usual language; "und" when none writes them all. Han beside kana is Japanese.
 */
export function languageOfPiece(groups: readonly ScriptGroup[], hints: ScriptHints): string {
  const candidates = groups.includes('Kana')
    ? [hints.Kana, hints.Han, USUAL_LANG_OF_GROUP.Kana]
    : groups.flatMap((g) => (g === 'Latin' ? [] : [hints[g], USUAL_LANG_OF_GROUP[g]]));
  for (const lang of candidates) if (lang !== undefined && writes(lang, groups)) return lang;
  return 'und';
}
