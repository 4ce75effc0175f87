import type { Case, Client } from './model/case.ts';
import { findInvisibleCharacters } from './text/invisible.ts';

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

/** True when a name holds characters that are invisible or reorder text (text/invisible.ts); shown with a warning. */
export function hasInvisibleControls(value: string): boolean {
  return findInvisibleCharacters(value).length > 0;
}

export function matchesQuery(c: Pick<Case, 'client'>, query: string): boolean {
  const q = foldForSearch(query);
  if (q === '') return true;
  return searchableNames(c.client).some((name) => name.includes(q));
}

/**
 * The client as a document names them: in a possibly-public document with a pseudonym set, the
 * pseudonym replaces every form of the name. It is carried by the given names (so `displayName`
 * prints it exactly as typed, never in capitals) and the family name, names in script and
 * aliases are emptied, so no builder can print the real name by reaching for another field.
 * Everywhere else, and when no pseudonym is set, the client as entered.
 */
export function clientAsNamed(client: Client, possiblyPublic: boolean): Client {
  const pseudonym = client.pseudonymForFilings?.trim() ?? '';
  if (!possiblyPublic || pseudonym === '') return client;
  return { ...client, familyName: '', givenNames: pseudonym, namesInScript: [], aliases: [] };
}

/** Which form of the real name a text holds: full name, family name, given names, a name in script, an alias. */
export type RealNameForm = 'full' | 'family' | 'given' | 'script' | 'alias';

export interface RealNameText {
  readonly form: RealNameForm;
  readonly text: string;
}

/**
 * Every form of the client's real name a document could print: the full name in each order (and
 * as `displayName` writes it), the family name, the given names, each name in its original
 * script, each alias. Empty forms are left out; the pseudonym itself never counts.
 */
export function realNameForms(client: Pick<Client, 'familyName' | 'givenNames' | 'namesInScript' | 'aliases'>): RealNameText[] {
  const family = client.familyName.trim();
  const given = client.givenNames.trim();
  const full = family !== '' && given !== '' ? [displayName(client), `${family} ${given}`, `${given} ${family}`] : [];
  const forms: RealNameText[] = [
    ...full.map((text) => ({ form: 'full' as const, text })),
    { form: 'family', text: family },
    { form: 'given', text: given },
    ...client.namesInScript.map((n) => ({ form: 'script' as const, text: n.value.trim() })),
    ...client.aliases.map((a) => ({ form: 'alias' as const, text: a.trim() })),
  ];
  return forms.filter((f) => f.text !== '');
}
