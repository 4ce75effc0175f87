import type { Pos } from './ast.ts';

/** A piece of one template line: literal text, an emphasis marker, or a {{tag}}. */
export type Token =
  | { readonly kind: 'text'; readonly text: string; readonly pos: Pos }
  | { readonly kind: 'strong' | 'em'; readonly pos: Pos }
  | { readonly kind: 'field' | 'if' | 'each'; readonly path: readonly string[]; readonly pos: Pos }
  | { readonly kind: 'else' | 'end-if' | 'end-each' | 'number'; readonly pos: Pos }
  | { readonly kind: 'partial'; readonly name: string; readonly pos: Pos };

export type TokenResult =
  { readonly ok: true; readonly tokens: readonly Token[] } | { readonly ok: false; readonly message: string; readonly pos: Pos };

const PATH = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*){0,7}$/u;
const NAME = /^[a-z][a-z0-9-]{0,40}$/u;
const ESCAPABLE = new Set(['\\', '*', '{', '}']);

function tag(inner: string, pos: Pos): Token | string {
  const body = inner.trim();
  const words = body.split(/\s+/u);
  const [head = '', arg, extra] = words;
  if (extra !== undefined) return `cannot read {{${body}}}: too many words`;
  if (head === '#if' || head === '#each') {
    if (arg === undefined) return `{{${head}}} needs a field, e.g. {{${head} client.uci}}`;
    if (!PATH.test(arg)) return `{{${head} ${arg}}}: "${arg}" is not a field name`;
    return { kind: head === '#if' ? 'if' : 'each', path: arg.split('.'), pos };
  }
  if (arg === undefined && head === 'else') return { kind: 'else', pos };
  if (arg === undefined && head === '/if') return { kind: 'end-if', pos };
  if (arg === undefined && head === '/each') return { kind: 'end-each', pos };
  if (arg === undefined && head === '@number') return { kind: 'number', pos };
  if (head === '>') {
    if (arg === undefined || !NAME.test(arg)) return `{{> …}} needs a block name, e.g. {{> signature}}`;
    return { kind: 'partial', name: arg, pos };
  }
  if (arg === undefined && PATH.test(head)) return { kind: 'field', path: head.split('.'), pos };
  return `cannot read {{${body.slice(0, 60)}}}`;
}

/**
 * Splits one line into tokens. `\` escapes `\ * { }`. Everything between `{{` and `}}` must be
 * one of the few tag forms; anything else is an error, never passed through as code.
 */
export function tokenizeLine(line: string, lineNo: number, startColumn = 1): TokenResult {
  const tokens: Token[] = [];
  let text = '';
  let textPos: Pos = { line: lineNo, column: startColumn };
  const flush = () => {
    if (text !== '') tokens.push({ kind: 'text', text, pos: textPos });
    text = '';
  };
  let i = 0;
  while (i < line.length) {
    const pos = { line: lineNo, column: startColumn + i };
    const ch = line[i] ?? '';
    if (text === '') textPos = pos;
    if (ch === '\\' && ESCAPABLE.has(line[i + 1] ?? '')) {
      text += line[i + 1] ?? '';
      i += 2;
    } else if (line.startsWith('{{', i)) {
      const close = line.indexOf('}}', i + 2);
      if (close < 0) return { ok: false, message: 'this {{ is never closed with }}', pos };
      const parsed = tag(line.slice(i + 2, close), pos);
      if (typeof parsed === 'string') return { ok: false, message: parsed, pos };
      flush();
      tokens.push(parsed);
      i = close + 2;
    } else if (line.startsWith('}}', i)) {
      return { ok: false, message: '}} without a matching {{ (write \\}} for the characters themselves)', pos };
    } else if (line.startsWith('**', i)) {
      flush();
      tokens.push({ kind: 'strong', pos });
      i += 2;
    } else if (ch === '*') {
      flush();
      tokens.push({ kind: 'em', pos });
      i += 1;
    } else {
      text += ch;
      i += 1;
    }
  }
  flush();
  return { ok: true, tokens };
}
