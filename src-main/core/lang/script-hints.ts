import type { Case, ScriptName } from '../core/model/case.ts';
import { languageSubtags } from '../core/lang/direction.ts';
import { groupsOfScriptCode, scriptsOfLang, type ScriptGroup } from './scripts.ts';
import type { ScriptHints } from './tag-scripts.ts';

/** The language a name in this script code is in when no language of the person writes it. */
const LANG_OF_SCRIPT_CODE: Readonly<Record<string, string>> = {
  hant: 'zh-Hant',
  hans: 'zh-Hans',
  hani: 'zh',
  jpan: 'ja',
  hira: 'ja',
  kana: 'ja',
  kore: 'ko',
  hang: 'ko',
};

/** Regions whose Chinese is written in Traditional characters. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/** "Hant" or "Hans" for a Chinese language tag, from its script subtag or its usual form. */
function hanVariant(lang: string): string | undefined {
  const { language, script, region } = languageSubtags(lang);
  if (script === 'hant' || script === 'hans') return script;
  if (language === 'yue' || (region !== undefined && TRADITIONAL_REGIONS.has(region))) return 'hant';
  if (scriptsOfLang(lang)?.has('Han') === true && language !== 'ja' && language !== 'ko') return 'hans';
  return undefined;
}

/** Whether a person writing `lang` would write a name in script `code` ("yue-Hant" writes Hant, not Hans). */
function langFitsScript(lang: string, code: string): boolean {
  const groups = groupsOfScriptCode(code);
  const own = scriptsOfLang(lang);
  if (groups.length === 0 || own === undefined || !groups.every((g) => own.has(g))) return false;
  const wanted = code.toLowerCase();
  return wanted === 'hant' || wanted === 'hans' ? hanVariant(lang) === wanted : true;
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
    const lang = own.find((l) => langFitsScript(l, name.script)) ?? LANG_OF_SCRIPT_CODE[name.script.toLowerCase()];
    if (lang !== undefined) set(hints, groupsOfScriptCode(name.script), lang);
  };
  for (const name of c.client.namesInScript) nameHint(name, languages);
  for (const lang of languages) set(hints, scriptsOfLang(lang) ?? [], lang);
  for (const person of c.people) for (const name of person.namesInScript) nameHint(name, []);
  return hints;
}
