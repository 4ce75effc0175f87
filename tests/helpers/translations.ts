import type { Statement, Translation } from '../../src-main/core/model/case.ts';

/** The statement with its first translation changed (unchanged when it has none). */
export function editFirstTranslation(s: Statement, change: (t: Translation) => Translation): Statement {
  return { ...s, translations: s.translations.map((t, i) => (i === 0 ? change(t) : t)) };
}
