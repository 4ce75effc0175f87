import {
  MAX_DEPTH,
  MAX_TEMPLATE_CHARS,
  type BlockNode,
  type ContainerKind,
  type InlineNode,
  type ParseResult,
  type Pos,
  type TemplateError,
} from './ast.ts';
import { frenchPunctuation } from '../french.ts';
import { readFrontMatter } from './front-matter.ts';
import { parseInline } from './inline.ts';
import { tokenizeLine, type Token } from './tokens.ts';

type Frame =
  | { readonly kind: 'root'; out: BlockNode[] }
  | {
      readonly kind: 'if';
      out: BlockNode[];
      readonly then: BlockNode[];
      readonly else: BlockNode[];
      inElse: boolean;
      readonly path: readonly string[];
      readonly pos: Pos;
    }
  | { readonly kind: 'each'; readonly out: BlockNode[]; readonly path: readonly string[]; readonly pos: Pos }
  | { readonly kind: 'container'; readonly out: BlockNode[]; readonly container: ContainerKind; readonly pos: Pos };

const CONTAINER = /^:::\s*(center|right|signature)?\s*$/u;
const HEADING = /^(#{1,4})\s+/u;
const BULLET = /^[-•]\s+/u;
const NUMBERED = /^\d{1,3}[.)]\s+/u;
const BLOCK_TAGS = new Set<Token['kind']>(['if', 'each', 'else', 'end-if', 'end-each', 'partial']);

function closeFrame(frame: Frame): BlockNode | undefined {
  switch (frame.kind) {
    case 'if':
      return { type: 'if', path: frame.path, then: frame.then, else: frame.else, pos: frame.pos };
    case 'each':
      return { type: 'each', path: frame.path, body: frame.out, pos: frame.pos };
    case 'container':
      return { type: 'container', kind: frame.container, body: frame.out, pos: frame.pos };
    case 'root':
      return undefined;
  }
}

/** A line holding nothing but one block tag ({{#if x}}, {{/each}}, {{> letterhead}}...). */
function soleBlockTag(tokens: readonly Token[]): Token | undefined {
  const meaningful = tokens.filter((t) => !(t.kind === 'text' && t.text.trim() === ''));
  const only = meaningful[0];
  return meaningful.length === 1 && only !== undefined && BLOCK_TAGS.has(only.kind) ? only : undefined;
}

/**
 * Parses template text into an AST, or returns every error found with its line and column.
 * Never throws and never executes anything: unknown syntax is an error, not code.
 */
export function parseTemplate(text: string, file: string): ParseResult {
  const errors: TemplateError[] = [];
  if (text.length > MAX_TEMPLATE_CHARS) {
    return { ok: false, errors: [{ file, line: 1, column: 1, message: `the template is longer than ${MAX_TEMPLATE_CHARS} characters` }] };
  }
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const front = readFrontMatter(lines, file, errors);
  const root: Frame = { kind: 'root', out: [] };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1] ?? root;
  let paragraph: { lines: InlineNode[][]; pos: Pos } | undefined;
  const flush = () => {
    if (paragraph) top().out.push({ type: 'paragraph', lines: paragraph.lines, pos: paragraph.pos });
    paragraph = undefined;
  };
  const fail = (pos: Pos, message: string) => errors.push({ file, line: pos.line, column: pos.column, message });
  const push = (frame: Frame, pos: Pos) => {
    if (stack.length > MAX_DEPTH) fail(pos, `nesting deeper than ${MAX_DEPTH} levels`);
    else stack.push(frame);
  };
  const pop = () => {
    const node = closeFrame(stack.pop() ?? root);
    if (node) top().out.push(node);
  };
  const inline = (content: string, lineNo: number, column: number): InlineNode[] | undefined => {
    const tokens = tokenizeLine(content, lineNo, column);
    if (!tokens.ok) return void fail(tokens.pos, tokens.message);
    const tree = parseInline(tokens.tokens);
    if (!tree.ok) return void fail(tree.pos, tree.message);
    return [...tree.nodes];
  };

  for (let i = front.bodyStart; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const pos = { line: lineNo, column: indent + 1 };
    if (body === '') {
      flush();
      continue;
    }
    const container = CONTAINER.exec(body);
    if (container) {
      flush();
      const kind = container[1] as ContainerKind | undefined;
      if (kind !== undefined) push({ kind: 'container', out: [], container: kind, pos }, pos);
      else if (top().kind === 'container') pop();
      else fail(pos, '::: closes nothing: open a block with ::: center, ::: right or ::: signature');
      continue;
    }
    if (body === '{{page-break}}') {
      flush();
      top().out.push({ type: 'page-break', pos });
      continue;
    }
    const tokens = tokenizeLine(body, lineNo, indent + 1);
    if (!tokens.ok) {
      fail(tokens.pos, tokens.message);
      continue;
    }
    const sole = soleBlockTag(tokens.tokens);
    if (sole) {
      flush();
      const current = top();
      switch (sole.kind) {
        case 'if': {
          const then: BlockNode[] = [];
          push({ kind: 'if', out: then, then, else: [], inElse: false, path: sole.path, pos: sole.pos }, sole.pos);
          break;
        }
        case 'each':
          push({ kind: 'each', out: [], path: sole.path, pos: sole.pos }, sole.pos);
          break;
        case 'else':
          if (current.kind === 'if' && !current.inElse) {
            current.inElse = true;
            current.out = current.else;
          } else fail(sole.pos, '{{else}} without an open {{#if}}');
          break;
        case 'end-if':
        case 'end-each': {
          const want = sole.kind === 'end-if' ? 'if' : 'each';
          if (current.kind === want) pop();
          else
            fail(
              sole.pos,
              `{{/${want}}} does not match the open ${current.kind === 'root' ? 'template' : current.kind === 'container' ? ':::' : `{{#${current.kind}}}`}`,
            );
          break;
        }
        case 'partial':
          top().out.push({ type: 'partial', name: sole.name, pos: sole.pos });
          break;
        default:
          break;
      }
      continue;
    }
    const heading = HEADING.exec(body);
    const bullet = heading ? null : (BULLET.exec(body) ?? NUMBERED.exec(body));
    if (heading || bullet) {
      flush();
      const marker = (heading ?? bullet)?.[0] ?? '';
      const content = inline(body.slice(marker.length), lineNo, indent + 1 + marker.length);
      if (!content) continue;
      if (heading) top().out.push({ type: 'heading', level: (heading[1]?.length ?? 1) as 1 | 2 | 3 | 4, content, pos });
      else top().out.push({ type: 'item', ordered: NUMBERED.test(body), content, pos });
      continue;
    }
    const content = inline(body, lineNo, indent + 1);
    if (!content) continue;
    paragraph ??= { lines: [], pos };
    paragraph.lines.push(content);
  }
  flush();
  for (let frame = top(); frame.kind !== 'root'; frame = top()) {
    const what = frame.kind === 'container' ? `::: ${frame.container}` : `{{#${frame.kind} ${frame.path.join('.')}}}`;
    fail(frame.pos, `${what} is never closed`);
    pop();
  }

  const field = (key: string) => front.fields.get(key);
  for (const key of ['id', 'title', 'documentType', 'language', 'version']) {
    if (front.fields.size > 0 && !field(key)?.value)
      errors.push({ file, line: 1, column: 1, message: `the front matter needs "${key}: …"` });
  }
  const language = field('language');
  if (language?.value && language.value !== 'en' && language.value !== 'fr')
    errors.push({ file, line: language.line, column: 1, message: 'language is en or fr' });
  const titleField = field('title');
  const title = titleField ? (inline(titleField.value, titleField.line, 8) ?? []) : [];
  if (errors.length > 0) return { ok: false, errors: errors.toSorted((a, b) => a.line - b.line || a.column - b.column) };
  // Labels are template text like the body: a French template's labels take the no-break spaces
  // of French punctuation ("Lieu : …") here, once, for every builder that prints them.
  const french = language?.value === 'fr';
  const strings: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, { value }] of front.fields)
    if (!['id', 'title', 'documentType', 'language', 'version'].includes(key)) strings[key] = french ? frenchPunctuation(value) : value;
  return {
    ok: true,
    ast: {
      file,
      front: {
        id: field('id')?.value ?? '',
        title,
        documentType: field('documentType')?.value ?? '',
        language: field('language')?.value ?? '',
        version: field('version')?.value ?? '',
        strings,
      },
      body: root.out,
    },
  };
}
