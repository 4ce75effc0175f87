import type { Exhibit } from '../../../src-main/core/model/case.ts';

/** A date as the exhibit gives it: the words as written, else its Gregorian bounds. */
export function exhibitDateText(exhibit: Exhibit): string {
  const date = exhibit.date;
  if (!date) return '';
  if (date.original.trim() !== '') return date.original.trim();
  if (date.earliest && date.latest) return date.earliest === date.latest ? date.earliest : `${date.earliest} – ${date.latest}`;
  return date.year === undefined ? '' : String(date.year);
}

/** Removes an exhibit; its translations and declarations stay, as tabs of their own. */
export function withoutExhibit(exhibits: readonly Exhibit[], id: string): Exhibit[] {
  return exhibits
    .filter((e) => e.id !== id)
    .map((e) => {
      if (e.partOf !== id) return e;
      const { partOf, ...rest } = e;
      void partOf;
      return rest;
    });
}

/** "a, b ,c" → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
