import { MAX_DEPTH, type InlineNode, type Pos } from './ast.ts';
import type { Token } from './tokens.ts';

type Frame =
  | { readonly kind: 'root'; readonly out: InlineNode[] }
  | { readonly kind: 'strong' | 'em'; readonly out: InlineNode[]; readonly pos: Pos }
  | {
      readonly kind: 'if';
      out: InlineNode[];
      readonly then: InlineNode[];
      readonly else: InlineNode[];
      inElse: boolean;
      readonly path: readonly string[];
      readonly pos: Pos;
    }
  | { readonly kind: 'each'; readonly out: InlineNode[]; readonly path: readonly string[]; readonly pos: Pos };

export type InlineResult =
  { readonly ok: true; readonly nodes: readonly InlineNode[] } | { readonly ok: false; readonly message: string; readonly pos: Pos };

const opener: Record<'strong' | 'em' | 'if' | 'each', string> = { strong: '**', em: '*', if: '{{#if …}}', each: '{{#each …}}' };

function close(frame: Frame): InlineNode | undefined {
  switch (frame.kind) {
    case 'strong':
    case 'em':
      return { type: frame.kind, children: frame.out };
    case 'if':
      return { type: 'if', path: frame.path, then: frame.then, else: frame.else, pos: frame.pos };
    case 'each':
      return { type: 'each', path: frame.path, body: frame.out, pos: frame.pos };
    case 'root':
      return undefined;
  }
}

/**
 * Builds the inline tree of one line. Emphasis and inline {{#if}}/{{#each}} must open and
 * close on the same line and nest properly; a marker closing across another is an error.
 */
export function parseInline(tokens: readonly Token[]): InlineResult {
  const root: Frame = { kind: 'root', out: [] };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1] ?? root;
  const push = (frame: Frame, pos: Pos): InlineResult | undefined => {
    if (stack.length > MAX_DEPTH) return { ok: false, message: `nesting deeper than ${MAX_DEPTH} levels`, pos };
    stack.push(frame);
    return undefined;
  };
  const pop = (): void => {
    const frame = stack.pop();
    const node = frame ? close(frame) : undefined;
    if (node) top().out.push(node);
  };
  for (const token of tokens) {
    const current = top();
    let failed: InlineResult | undefined;
    switch (token.kind) {
      case 'text':
        current.out.push({ type: 'text', text: token.text });
        break;
      case 'field':
        current.out.push({ type: 'field', path: token.path, pos: token.pos });
        break;
      case 'number':
        current.out.push({ type: 'number', pos: token.pos });
        break;
      case 'strong':
      case 'em':
        if (current.kind === token.kind) pop();
        else if (stack.some((f) => f.kind === token.kind))
          return {
            ok: false,
            message: `${opener[token.kind]} closes across ${opener[current.kind as 'strong']}: close the inner one first`,
            pos: token.pos,
          };
        else failed = push({ kind: token.kind, out: [], pos: token.pos }, token.pos);
        break;
      case 'if': {
        const then: InlineNode[] = [];
        failed = push({ kind: 'if', out: then, then, else: [], inElse: false, path: token.path, pos: token.pos }, token.pos);
        break;
      }
      case 'each':
        failed = push({ kind: 'each', out: [], path: token.path, pos: token.pos }, token.pos);
        break;
      case 'else':
        if (current.kind !== 'if' || current.inElse)
          return { ok: false, message: '{{else}} without an open {{#if}} on this line', pos: token.pos };
        current.inElse = true;
        current.out = current.else;
        break;
      case 'end-if':
      case 'end-each': {
        const want = token.kind === 'end-if' ? 'if' : 'each';
        if (current.kind !== want) {
          const what = current.kind === 'root' ? `no open {{#${want}}} on this line` : `${opener[current.kind]} is still open`;
          return { ok: false, message: `{{/${want}}}: ${what}`, pos: token.pos };
        }
        pop();
        break;
      }
      case 'partial':
        return { ok: false, message: `{{> ${token.name}}} must be on a line of its own`, pos: token.pos };
    }
    if (failed) return failed;
  }
  const open = top();
  if (open.kind !== 'root') return { ok: false, message: `${opener[open.kind]} is not closed on this line`, pos: open.pos };
  return { ok: true, nodes: root.out };
}
