import { placeNames } from './place-data.ts';
import { provinces, type Province } from './regions.ts';

/** Lower case, accents dropped, anything not a letter or digit a single space, padded with spaces. */
export function foldPlace(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{Mn}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${plain} `;
}

const needles: readonly { readonly words: string; readonly province: Province }[] = provinces
  .flatMap((province) => placeNames[province].map((name) => ({ words: ` ${name} `, province })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The province a place names ("Laval Immigration Holding Centre", "Montréal", "St. John's"), by
 * its longest known name, so "Richmond Hill" is Ontario and not Richmond, B.C.; nothing when no
 * known name appears in it.
 */
export function placeRegion(text: string | undefined): Province | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const folded = foldPlace(text);
  return needles.find((n) => folded.includes(n.words))?.province;
}
