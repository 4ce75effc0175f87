import { isolatesWhole } from '../../core/lang/bidi.ts';
import type { Block, ListItem, ParagraphBlock, SignatureBlock, TextRun } from '../model.ts';
import type { BlockNode, InlineNode, TemplateAst } from './ast.ts';
import { elideBefore, frenchPunctuation } from '../french.ts';
import { fieldSpec, type FieldMap, type FieldSpec, type TemplateRecord, type TemplateValue } from './fields.ts';

export interface EvaluateInput {
  readonly fields: FieldMap;
  readonly data: TemplateRecord;
  /** Block directives: `{{> name}}` is replaced by what the function returns. */
  readonly partials: Readonly<Record<string, () => readonly Block[]>>;
}

interface Scope {
  readonly fields: FieldMap;
  readonly data: TemplateRecord;
  readonly index: number;
}

interface Style {
  readonly bold: boolean;
  readonly italic: boolean;
  /** A French template: its own wording gets French typography (documents/french.ts); case values never do. */
  readonly french: boolean;
}

type Emitted =
  | Block
  | { readonly type: 'item'; readonly ordered: boolean; readonly runs: TextRun[] }
  | { readonly type: 'lines'; readonly lines: TextRun[][] };

function asRecord(value: TemplateValue): TemplateRecord | undefined {
  return typeof value === 'object' && !Array.isArray(value) ? (value as TemplateRecord) : undefined;
}

/** Resolves a validated path: only names the field map lists, only own properties of the data. */
function resolve(scopes: readonly Scope[], path: readonly string[]): { spec: FieldSpec; value: TemplateValue } | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  for (let i = scopes.length - 1; i >= 0; i -= 1) {
    const scope = scopes[i];
    if (scope === undefined) continue;
    let spec = fieldSpec(scope.fields, head);
    if (spec === undefined) continue;
    let value: TemplateValue = Object.hasOwn(scope.data, head) ? scope.data[head] : undefined;
    for (const name of rest) {
      spec = spec.kind === 'group' ? fieldSpec(spec.fields, name) : undefined;
      if (spec === undefined) return undefined;
      const record = asRecord(value);
      value = record && Object.hasOwn(record, name) ? record[name] : undefined;
    }
    return { spec, value };
  }
  return undefined;
}

/** A text field's value as a run's text and language; anything else reads as no text. */
function asText(value: TemplateValue): { text: string; lang?: string } | undefined {
  if (typeof value === 'string') return { text: value };
  const record = asRecord(value);
  const text = record?.['text'];
  const lang = record?.['lang'];
  return typeof text === 'string' ? { text, ...(typeof lang === 'string' ? { lang } : {}) } : undefined;
}

function truthy(found: { spec: FieldSpec; value: TemplateValue } | undefined): boolean {
  if (found === undefined || found.value === undefined) return false;
  const { spec, value } = found;
  switch (spec.kind) {
    case 'flag':
      return value === true;
    case 'text':
      return (asText(value)?.text.trim() ?? '') !== '';
    case 'list':
      return Array.isArray(value) && value.length > 0;
    case 'group':
      return asRecord(value) !== undefined;
  }
}

function items(value: TemplateValue): readonly TemplateRecord[] {
  return Array.isArray(value) ? (value as readonly TemplateRecord[]) : [];
}

function run(text: string, style: Style, lang?: string, unbroken = false, inserted = false): TextRun {
  return {
    text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(lang === undefined ? {} : { lang }),
    ...(unbroken ? { unbroken: true } : {}),
    ...(inserted ? { inserted: true } : {}),
  };
}

/** Adjacent runs with the same style and language become one. */
function merge(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    const whole = (x: TextRun): boolean => x.unbroken === true || x.inserted === true;
    if (last && last.bold === r.bold && last.italic === r.italic && last.lang === r.lang && !whole(last) && !whole(r))
      out[out.length - 1] = { ...last, text: last.text + r.text };
    else out.push(r);
  }
  return out;
}

function inlineRuns(nodes: readonly InlineNode[], scopes: readonly Scope[], style: Style): TextRun[] {
  const out: TextRun[] = [];
  nodes.forEach((node, i) => {
    switch (node.type) {
      case 'text':
        out.push(run(style.french ? frenchPunctuation(node.text, true) : node.text, style));
        break;
      case 'number':
        out.push(run(String((scopes[scopes.length - 1]?.index ?? 0) + 1), style));
        break;
      case 'field': {
        // The value is text, whatever it contains: it is never parsed as template syntax or markup.
        const found = resolve(scopes, node.path);
        const value = found?.spec.kind === 'text' ? asText(found.value) : undefined;
        if (!value) break;
        // "de" + "Ahmed" reads "d'Ahmed": the template's own word before the value is elided.
        const before = out.at(-1);
        if (style.french && before !== undefined && nodes[i - 1]?.type === 'text')
          out[out.length - 1] = { ...before, text: elideBefore(before.text, value.text) };
        // A value that could reorder the words beside it is a run of its own, isolated whole.
        const unbroken = found?.spec.kind === 'text' && found.spec.unbroken === true;
        out.push(run(value.text, style, value.lang, unbroken, isolatesWhole(value.text)));
        break;
      }
      case 'if':
        out.push(...inlineRuns(truthy(resolve(scopes, node.path)) ? node.then : node.else, scopes, style));
        break;
      case 'each': {
        const found = resolve(scopes, node.path);
        if (found?.spec.kind !== 'list') break;
        const item = found.spec.item;
        items(found.value).forEach((data, index) => out.push(...inlineRuns(node.body, [...scopes, { fields: item, data, index }], style)));
        break;
      }
      case 'strong':
        out.push(...inlineRuns(node.children, scopes, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inlineRuns(node.children, scopes, { ...style, italic: true }));
        break;
    }
  });
  return merge(out);
}

function paragraph(lines: readonly (readonly TextRun[])[], align?: ParagraphBlock['align']): ParagraphBlock {
  const runs: TextRun[] = [];
  lines.forEach((line, i) => {
    if (i > 0) runs.push({ text: '\n' });
    runs.push(...line);
  });
  return { type: 'paragraph', runs: merge(runs), ...(align === undefined ? {} : { align }) };
}

/** Consecutive list items become one list; line groups become paragraphs. */
function assemble(emitted: readonly Emitted[]): Block[] {
  const blocks: Block[] = [];
  let list: { ordered: boolean; items: ListItem[] } | undefined;
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
    list = undefined;
  };
  for (const e of emitted) {
    if (e.type === 'item') {
      if (list && list.ordered !== e.ordered) flushList();
      list ??= { ordered: e.ordered, items: [] };
      list.items.push({ blocks: [{ type: 'paragraph', runs: e.runs }] });
      continue;
    }
    flushList();
    blocks.push(e.type === 'lines' ? paragraph(e.lines) : e);
  }
  flushList();
  return blocks;
}

/** A `::: signature` block: a signature line, then the first line (the name) and the others as details. */
function signature(emitted: readonly Emitted[]): SignatureBlock {
  const lines = emitted.flatMap((e) => (e.type === 'lines' ? e.lines : e.type === 'item' ? [e.runs] : []));
  const [label = [], ...details] = lines;
  return { type: 'signature', label, ...(details.length > 0 ? { details } : {}) };
}

function evaluateBlocks(nodes: readonly BlockNode[], scopes: readonly Scope[], input: EvaluateInput, plain: Style): Emitted[] {
  const out: Emitted[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const runs = inlineRuns(node.content, scopes, plain);
        if (runs.length > 0) out.push({ type: 'heading', level: node.level, runs });
        break;
      }
      case 'item': {
        const runs = inlineRuns(node.content, scopes, plain);
        if (runs.length > 0) out.push({ type: 'item', ordered: node.ordered, runs });
        break;
      }
      case 'paragraph': {
        // A line whose fields and conditions all came out empty is dropped, not left blank.
        const lines = node.lines.map((line) => inlineRuns(line, scopes, plain)).filter((runs) => runs.some((r) => r.text.trim() !== ''));
        if (lines.length > 0) out.push({ type: 'lines', lines });
        break;
      }
      case 'if':
        out.push(...evaluateBlocks(truthy(resolve(scopes, node.path)) ? node.then : node.else, scopes, input, plain));
        break;
      case 'each': {
        const found = resolve(scopes, node.path);
        if (found?.spec.kind !== 'list') break;
        const item = found.spec.item;
        items(found.value).forEach((data, index) =>
          out.push(...evaluateBlocks(node.body, [...scopes, { fields: item, data, index }], input, plain)),
        );
        break;
      }
      case 'partial': {
        const partial = Object.hasOwn(input.partials, node.name) ? input.partials[node.name] : undefined;
        if (partial) out.push(...partial());
        break;
      }
      case 'container': {
        const inner = evaluateBlocks(node.body, scopes, input, plain);
        if (node.kind === 'signature') out.push(signature(inner));
        else {
          const align: ParagraphBlock['align'] = node.kind === 'center' ? 'center' : 'end';
          out.push(...assemble(inner).map((b): Block => (b.type === 'paragraph' ? { ...b, align } : b)));
        }
        break;
      }
      case 'page-break':
        out.push({ type: 'page-break' });
        break;
    }
  }
  return out;
}

/** Evaluates a validated template: the document's title as text and its blocks. */
export function evaluateTemplate(ast: TemplateAst, input: EvaluateInput): { readonly title: string; readonly blocks: Block[] } {
  const scopes: Scope[] = [{ fields: input.fields, data: input.data, index: 0 }];
  const plain: Style = { bold: false, italic: false, french: ast.front.language === 'fr' };
  const title = inlineRuns(ast.front.title, scopes, plain)
    .map((r) => r.text)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
  return { title, blocks: assemble(evaluateBlocks(ast.body, scopes, input, plain)) };
}
