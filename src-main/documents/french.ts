/**
 * French typography, in one place: elision of a short word before a vowel or mute h, and the
 * no-break space before a high punctuation mark and inside guillemets. Applied to the wording
 * Dossier composes (template text, labels, connecting words), never to text typed in the case.
 *
 * The space is U+00A0 everywhere (before `:` `;` `?` `!` and inside « »): the French templates
 * and UI strings already use it, every bundled font and word processor draws it, and a thinner
 * U+202F before `;` `?` `!` would mix two spacings in one line for no gain a reader sees.
 */
export const NBSP = '\u00A0';

/**
 * Words written with an apostrophe before a vowel or mute h ("de" → "d'", "le"/"la" → "l'"). The
 * apostrophe is the straight one the French templates are written with.
 */
const ELIDING: Readonly<Record<string, string>> = {
  de: "d'",
  le: "l'",
  la: "l'",
  que: "qu'",
  ne: "n'",
  se: "s'",
  je: "j'",
  me: "m'",
  te: "t'",
  jusque: "jusqu'",
  lorsque: "lorsqu'",
  puisque: "puisqu'",
};

/** Common words whose h is aspirated (no elision: "le haut", "de Hollande"); other h are mute. */
const ASPIRATED_H = new Set([
  'haine',
  'hall',
  'hameau',
  'hanche',
  'handicap',
  'hangar',
  'hasard',
  'hâte',
  'haut',
  'haute',
  'hauteur',
  'héros',
  'hibou',
  'hollande',
  'homard',
  'hongrie',
  'honte',
  'hors',
  'hurler',
]);

/** True when French elides before `word`: it starts with a vowel, or with an h that is not aspirated. */
export function startsWithVowelSound(word: string): boolean {
  const first = word.trimStart().normalize('NFD').charAt(0).toLowerCase();
  if ('aeiouy'.includes(first) && first !== '') return true;
  if (first !== 'h') return false;
  const head = (/^[\p{L}]+/u.exec(word.trimStart().toLowerCase())?.[0] ?? '').normalize('NFC');
  return !ASPIRATED_H.has(head);
}

/**
 * `prep` joined to `word` the French way: "d'Ahmed", "l'adresse", "de Marie", "le haut".
 * A word that is not elided keeps its own spelling and case ("De" stays capitalised).
 */
export function elide(prep: string, word: string): string {
  const elided = ELIDING[prep.toLowerCase()];
  if (elided === undefined || !startsWithVowelSound(word)) return `${prep} ${word}`;
  const cased = prep.charAt(0) === prep.charAt(0).toUpperCase() ? elided.charAt(0).toUpperCase() + elided.slice(1) : elided;
  return `${cased}${word.trimStart()}`;
}

const TRAILING_ELIDABLE = new RegExp(`(^|[\\s(«${NBSP}])(${Object.keys(ELIDING).join('|')}) $`, 'iu');

/**
 * Template text that ends with an elidable word and a space ("Au nom de "), followed by
 * `next` (a value from the case): the text with the word elided when `next` calls for it
 * ("Au nom d'"). Anything else is returned unchanged.
 */
export function elideBefore(text: string, next: string): string {
  const match = TRAILING_ELIDABLE.exec(text);
  if (!match || !startsWithVowelSound(next)) return text;
  const prep = match[2] ?? '';
  const joined = elide(prep, next);
  return text.slice(0, text.length - prep.length - 1) + joined.slice(0, joined.length - next.trimStart().length);
}

/**
 * The no-break spaces of French punctuation: before `:` `;` `?` `!` (when the mark ends a word,
 * so "10:30", "https://" and "?!" inside a word are left alone) and inside « ». Idempotent.
 * With `fragment`, the text continues other text (a case value before it), so a mark at its very
 * start takes the space too.
 */
export function frenchPunctuation(text: string, fragment = false): string {
  let out = text
    .replace(/(?<=[^\s;:?!«])[ \u00A0\u202F]*([;:?!])(?=[\s»)]|$)/gu, `${NBSP}$1`)
    .replace(/«[ \u00A0\u202F]*/gu, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]*»/gu, `${NBSP}»`);
  if (fragment) out = out.replace(/^([;:?!])(?=\s|$)/u, `${NBSP}$1`);
  return out;
}

/**
 * A connecting mark the builders put between pieces of text ("; ", ": "), spaced for the
 * language: `punctuate('fr', '; ')` is a no-break space and "; ".
 */
export function punctuate(lang: 'en' | 'fr', mark: string): string {
  return lang === 'fr' ? frenchPunctuation(mark, true) : mark;
}
