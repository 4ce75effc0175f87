import type { TFunction } from 'i18next';
import type { CaseKind } from '../../../src-main/core/model/case.ts';
import { formatDateWords } from '../../../src-main/core/text/date-words.ts';

export function caseKindLabel(t: TFunction, kind: CaseKind): string {
  return t(`caseKind.${kind}`);
}

/** A stored instant (ISO with zone) shown in the UI language and the local zone. */
export function formatUpdated(language: string, iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return formatDateWords(when.getTime(), language, { dateStyle: 'medium', timeStyle: 'short' });
}
