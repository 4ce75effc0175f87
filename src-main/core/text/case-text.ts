import { DossierError, type FieldIssue } from '../errors.ts';
import type { Case, Person } from '../model/case.ts';
import { fieldIssue } from '../issues/text.ts';
import { findBrokenCharacters, invisibleCodePoints, withoutInvisible } from './invisible.ts';

/**
 * The rule for hostile text in a case, applied wherever a case enters the vault (import, the CLI,
 * the app's save): invisible and reordering characters in a name, a file number or a title are
 * removed, with a warning naming the field; half a surrogate pair or a noncharacter anywhere is
 * refused, with the field named. Body text (statements, notes) keeps bidi controls and
 * zero-width characters a translator may need.
 */

/** Where a name, a file number or a title lives in a case: dotted paths, as field issues name them. */
function identifyingFields(value: Case): { path: string; get: () => string | undefined; set: (text: string) => void }[] {
  const fields: { path: string; get: () => string | undefined; set: (text: string) => void }[] = [];
  const add = <T extends object, K extends keyof T>(path: string, owner: T, key: K) => {
    fields.push({ path, get: () => owner[key] as string | undefined, set: (text) => ((owner as Record<K, unknown>)[key] = text) });
  };
  const names = (prefix: string, person: Pick<Person, 'familyName' | 'givenNames' | 'namesInScript' | 'aliases'>) => {
    add(`${prefix}.familyName`, person, 'familyName');
    add(`${prefix}.givenNames`, person, 'givenNames');
    person.namesInScript.forEach((n, i) => add(`${prefix}.namesInScript.${i}.value`, n, 'value'));
    person.aliases.forEach((_, i) => add(`${prefix}.aliases.${i}`, person.aliases, i));
  };
  names('client', value.client);
  add('client.pseudonymForFilings', value.client, 'pseudonymForFilings');
  add('client.uci', value.client, 'uci');
  add('client.cbsaId', value.client, 'cbsaId');
  value.people.forEach((p, i) => names(`people.${i}`, p));
  value.matter.fileNumbers.forEach((f, i) => {
    add(`matter.fileNumbers.${i}.value`, f, 'value');
    add(`matter.fileNumbers.${i}.label`, f, 'label');
  });
  add('matter.presidingMember', value.matter, 'presidingMember');
  value.exhibits.forEach((e, i) => add(`exhibits.${i}.title`, e, 'title'));
  value.statements.forEach((s, i) => add(`statements.${i}.title`, s, 'title'));
  return fields;
}

/** Every string anywhere in `value` holding a lone surrogate or a noncharacter, as refusals naming the field. */
export function brokenTextIssues(value: unknown, path = ''): FieldIssue[] {
  if (typeof value === 'string') {
    const codes = [...new Set(findBrokenCharacters(value).map((c) => c.codePoint))];
    return codes.length === 0 ? [] : [fieldIssue(path === '' ? '(root)' : path, 'brokenCharacter', { codes: codes.join(', ') })];
  }
  if (typeof value !== 'object' || value === null) return [];
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (Array.isArray(value)) return value.flatMap((item: unknown, i) => brokenTextIssues(item, at(String(i))));
  return Object.entries(value).flatMap(([key, item]) => [
    ...brokenTextIssues(key, at(key)).map((issue) => ({ ...issue, path: `${at(key)} (its name)` })),
    ...brokenTextIssues(item, at(key)),
  ]);
}

/** Refuses `value` when any string in it holds a lone surrogate or a noncharacter, every such field named. */
export function refuseBrokenText(value: unknown, subject: string): void {
  const issues = brokenTextIssues(value);
  if (issues.length === 0) return;
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  throw new DossierError(
    'VALIDATION',
    `${subject} is not valid (${issues.length} field${issues.length === 1 ? '' : 's'}): ${summary}`,
    issues,
  );
}

/**
 * The case with invisible and reordering characters removed from its names, file numbers and
 * titles, and one warning per field changed. The input is not modified.
 */
export function withoutInvisibleInNames(value: Case): { readonly value: Case; readonly warnings: FieldIssue[] } {
  const copy = JSON.parse(JSON.stringify(value)) as Case;
  const warnings: FieldIssue[] = [];
  for (const field of identifyingFields(copy)) {
    const text = field.get();
    if (text === undefined) continue;
    const codes = invisibleCodePoints(text);
    if (codes.length === 0) continue;
    field.set(withoutInvisible(text));
    warnings.push(fieldIssue(field.path, 'invisibleRemoved', { codes: codes.join(', ') }));
  }
  return { value: warnings.length === 0 ? value : copy, warnings };
}
