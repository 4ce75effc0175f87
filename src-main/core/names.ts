import type { Case, Client } from './model/case.ts';

/**
 * Folds a name for search: NFKC (so NFC/NFD and width variants compare equal), lower case,
 * combining marks on Latin letters removed ("nguyen" finds "Nguyễn"), invisible
 * format characters (zero-width, bidi controls) dropped.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{Mn}+/gu, '$1')
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .toLocaleLowerCase('und')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Every name a case can be found by: Latin names, names in script, aliases, pseudonym. */
export function searchableNames(client: Client): string[] {
  const names = [
    `${client.familyName} ${client.givenNames}`,
    `${client.givenNames} ${client.familyName}`,
    ...client.namesInScript.map((n) => n.value),
    ...client.aliases,
  ];
  if (client.pseudonymForFilings) names.push(client.pseudonymForFilings);
  return [...new Set(names.map(foldForSearch).filter((n) => n.length > 0))];
}

/** "LAI Wing-sze (黎詠詩)": family name in capitals, as Canadian tribunals write it; for anyone named. */
export function displayName(client: Pick<Client, 'familyName' | 'givenNames' | 'namesInScript'>): string {
  const latin = [client.familyName.toLocaleUpperCase('und'), client.givenNames].filter((p) => p.trim() !== '').join(' ');
  const inScript = client.namesInScript[0]?.value;
  if (latin && inScript) return `${latin} (${inScript})`;
  return latin || inScript || '';
}

/** True when a name holds characters that are invisible or reorder text; shown with a warning. */
export function hasInvisibleControls(value: string): boolean {
  return /[\p{Cf}]/u.test(value.replace(/\u200C|\u200D/gu, ''));
}

export function matchesQuery(c: Pick<Case, 'client'>, query: string): boolean {
  const q = foldForSearch(query);
  if (q === '') return true;
  return searchableNames(c.client).some((name) => name.includes(q));
}
