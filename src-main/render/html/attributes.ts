import type { LangDir } from '../../documents/model.ts';
import { directionForLang } from '../../core/lang/direction.ts';
import { fontScriptForLang } from '../../core/lang/script.ts';
import { safeLang } from './escape.ts';

/**
 * lang, dir and font-group class for an element that sets its own language or direction.
 * An element that sets neither inherits everything from its parent, so nothing is written.
 * A language without an explicit dir gets that language's direction, so a Persian paragraph in
 * an English letter is right-to-left without every builder having to say so.
 */
export function langDirAttrs(node: LangDir, extraClass?: string): string {
  const lang = safeLang(node.lang);
  const classes = [extraClass, lang === undefined ? undefined : `f-${fontScriptForLang(lang)}`].filter((c) => c !== undefined);
  const dir = node.dir ?? (lang === undefined ? undefined : directionForLang(lang));
  return (
    (lang === undefined ? '' : ` lang="${lang}"`) +
    (dir === undefined ? '' : ` dir="${dir}"`) +
    (classes.length === 0 ? '' : ` class="${classes.join(' ')}"`)
  );
}

/** A node's language as written out (a malformed tag counts as none) and its own direction. */
export function safeLangDir(node: LangDir): { lang: string | undefined; dir: LangDir['dir'] } {
  return { lang: safeLang(node.lang), dir: node.dir };
}
