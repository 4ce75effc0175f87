import { groupOfCluster, type ScriptGroup } from './script-groups.ts';

/** The ISO 15924 code a name written only in one group is given ("Thai", "Arab", "Cyrl"). */
const CODE_OF_GROUP: Readonly<Partial<Record<ScriptGroup, string>>> = {
  Greek: 'Grek',
  Cyrillic: 'Cyrl',
  Armenian: 'Armn',
  Hebrew: 'Hebr',
  Arabic: 'Arab',
  Syriac: 'Syrc',
  Thaana: 'Thaa',
  Devanagari: 'Deva',
  Bengali: 'Beng',
  Gurmukhi: 'Guru',
  Gujarati: 'Gujr',
  Oriya: 'Orya',
  Tamil: 'Taml',
  Telugu: 'Telu',
  Kannada: 'Knda',
  Malayalam: 'Mlym',
  Sinhala: 'Sinh',
  Thai: 'Thai',
  Lao: 'Laoo',
  Tibetan: 'Tibt',
  Myanmar: 'Mymr',
  Georgian: 'Geor',
  Hangul: 'Hang',
  Ethiopic: 'Ethi',
  Khmer: 'Khmr',
  Mongolian: 'Mong',
  Cherokee: 'Cher',
  Tifinagh: 'Tfng',
  CanadianAboriginal: 'Cans',
  Kana: 'Jpan',
};

/**
 * Characters of names that are written one way in Traditional Chinese and another in
 * Simplified, pair by pair (陳/陈, 劉/刘, 詩/诗): the common surnames and given-name characters.
 */
const TRADITIONAL =
  '陳劉黃張楊吳趙孫馬鄭謝羅許鄧馮韓葉蔣蘇盧賈廖魏鍾譚陸錢湯嚴龔顧萬賴龍偉國華麗鳳紅軍東蘭寶書樂雲凱鵬嬌詠詩傑強輝穎聰賢鴻維發鋒濤達誠義慧靜瑩齊麥區鄺';
const SIMPLIFIED =
  '陈刘黄张杨吴赵孙马郑谢罗许邓冯韩叶蒋苏卢贾廖魏钟谭陆钱汤严龚顾万赖龙伟国华丽凤红军东兰宝书乐云凯鹏娇咏诗杰强辉颖聪贤鸿维发锋涛达诚义慧静莹齐麦区邝';

function chineseForm(text: string): 'Hant' | 'Hans' | undefined {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    const t = TRADITIONAL.includes(ch);
    const s = SIMPLIFIED.includes(ch);
    if (t && !s) traditional += 1;
    if (s && !t) simplified += 1;
  }
  if (traditional > simplified) return 'Hant';
  if (simplified > traditional) return 'Hans';
  return undefined;
}

/**
 * The ISO 15924 code of a name typed in its own script, guessed from its characters: "สมศรี" →
 * "Thai", "김지은" → "Hang", "黎詠詩" → "Hant", "陈国伟" → "Hans", Han with kana → "Jpan", Hangul
 * with Han → "Kore". Undefined when the name is in Latin letters, mixes unrelated scripts, or is
 * Chinese whose characters do not tell Traditional from Simplified.
 */
export function guessScriptCode(text: string): string | undefined {
  const groups = new Set<ScriptGroup>();
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const group = groupOfCluster(segment);
    if (group !== undefined && group !== 'Latin') groups.add(group);
  }
  if (groups.size === 0) return undefined;
  if (groups.has('Kana') && [...groups].every((g) => g === 'Kana' || g === 'Han')) return 'Jpan';
  if (groups.has('Hangul') && [...groups].every((g) => g === 'Hangul' || g === 'Han')) return groups.has('Han') ? 'Kore' : 'Hang';
  if (groups.size > 1) return undefined;
  if (groups.has('Han')) return chineseForm(text);
  const [only] = groups;
  return only === undefined ? undefined : CODE_OF_GROUP[only];
}

/**
 * The script code to keep when a name in script changes from `before` to `after`: the one
 * guessed from its characters while the code is empty or still the guess for `before`, else the
 * one the user chose (which is never overwritten).
 */
export function scriptAfterEdit(script: string, before: string, after: string): string {
  if (script !== '' && script !== guessScriptCode(before)) return script;
  return guessScriptCode(after) ?? script;
}
