import { foldForSearch } from '../pdf-engine/search.ts';

/** One place a query was found in a text: where it starts and a line of context around it. */
export interface TextMatch {
  readonly start: number;
  readonly snippet: string;
}

const CONTEXT = 60;
const MAX_MATCHES_PER_TEXT = 50;

/**
 * Every place `query` occurs in `text`, folded for case and accents as the PDF search folds them
 * ("montreal" finds "Montréal"), each with a snippet of the original text around it.
 */
export function findText(text: string, query: string): TextMatch[] {
  const needle = foldForSearch(query.trim());
  if (needle === '') return [];
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldForSearch(char);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) origin.push(index);
    index += char.length;
  }
  const matches: TextMatch[] = [];
  for (let at = folded.indexOf(needle); at >= 0 && matches.length < MAX_MATCHES_PER_TEXT; at = folded.indexOf(needle, at + needle.length)) {
    const start = origin[at] ?? 0;
    const end = (origin[at + needle.length - 1] ?? start) + 1;
    const from = Math.max(0, start - CONTEXT);
    const to = Math.min(text.length, end + CONTEXT);
    const snippet = `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/gu, ' ').trim()}${to < text.length ? '…' : ''}`;
    matches.push({ start, snippet });
  }
  return matches;
}
