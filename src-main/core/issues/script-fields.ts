import type { FieldIssue } from '../errors.ts';
import { unprintableScripts } from '../lang/script.ts';
import { fieldIssue } from './text.ts';

/** Field names a message can name in words, in English and French (validation.fieldName.*). */
const NAMED_FIELDS: ReadonlySet<string> = new Set([
  'familyName',
  'givenNames',
  'namesInScript',
  'aliases',
  'paragraphs',
  'title',
  'address',
  'notes',
  'text',
]);

interface Leaf {
  readonly path: string;
  readonly value: string;
}

function leaves(value: unknown, path: string, out: Leaf[]): void {
  if (typeof value === 'string') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((item, i) => leaves(item, path === '' ? String(i) : `${path}.${i}`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) leaves(item, path === '' ? key : `${path}.${key}`, out);
}

/** The person or statement a path is under, in words a user recognises ("Client", "LAI Wing", a statement's title). */
function owner(root: Readonly<Record<string, unknown>>, parts: readonly string[]): string {
  const [head, index] = parts;
  if (head === 'client') return '$t(validation.fieldName.client)';
  const list = head === undefined ? undefined : root[head];
  const item = Array.isArray(list) && index !== undefined ? (list[Number(index)] as Record<string, unknown> | undefined) : undefined;
  if (item !== undefined) {
    const name = [item['familyName'], item['givenNames']].filter((s) => typeof s === 'string' && s !== '').join(' ');
    if (name !== '') return name;
    if (typeof item['title'] === 'string' && item['title'] !== '') return item['title'];
  }
  return head ?? '';
}

/** "client.namesInScript.0.value" → "Client — name in script 1" (the field's words from the catalog, numbered from 1). */
function label(root: Readonly<Record<string, unknown>>, path: string): string {
  const parts = path.split('.');
  const start = parts[0] === 'client' ? 1 : 2;
  const rest = parts.slice(start);
  const words: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const part = rest[i] ?? '';
    if (/^\d+$/u.test(part)) words.push(String(Number(part) + 1));
    else if (NAMED_FIELDS.has(part)) words.push(`$t(validation.fieldName.${part})`);
    else if (i === 0 || !(NAMED_FIELDS.has(rest[i - 2] ?? '') && part === 'value')) words.push(part);
  }
  return `${owner(root, parts)} — ${words.join(' ')}`;
}

/**
 * Every text of a case (or any record) written in a script no bundled font draws: one issue per
 * field and script, naming the field as the user knows it ("Client — name in script 1"), the
 * script and what to do. For the import and a refused PDF alike; `only` keeps the fields a
 * document printed (those holding one of its refused characters).
 */
export function unprintableFieldIssues(record: Readonly<Record<string, unknown>>, only?: (value: string) => boolean): FieldIssue[] {
  const found: Leaf[] = [];
  leaves(record, '', found);
  return found
    .filter(({ value }) => only === undefined || only(value))
    .flatMap(({ path, value }) =>
      [...unprintableScripts(value)].map((script) => fieldIssue(path, 'fieldNoFont', { field: label(record, path), script })),
    );
}
