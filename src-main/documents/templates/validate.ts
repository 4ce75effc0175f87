import type { BlockNode, InlineNode, Pos, TemplateAst, TemplateError } from './ast.ts';
import { fieldSpec, type FieldMap, type FieldSpec } from './fields.ts';

export interface TemplateRules {
  readonly documentType: string;
  readonly fields: FieldMap;
  /** Block directives this document type provides, e.g. letterhead, signature, chronology-table. */
  readonly partials: readonly string[];
  /** Front matter labels its directives need. */
  readonly strings: readonly string[];
}

/** Looks a path up through the scopes, innermost first (an {{#each}} item, then the document). */
export function lookupSpec(scopes: readonly FieldMap[], path: readonly string[]): FieldSpec | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  for (let i = scopes.length - 1; i >= 0; i -= 1) {
    let spec = fieldSpec(scopes[i] ?? {}, head);
    if (spec === undefined) continue;
    for (const name of rest) {
      spec = spec.kind === 'group' ? fieldSpec(spec.fields, name) : undefined;
      if (spec === undefined) return undefined;
    }
    return spec;
  }
  return undefined;
}

/** Checks fields, loops, directives and labels against the document type; returns every error. */
export function validateTemplate(ast: TemplateAst, rules: TemplateRules): TemplateError[] {
  const errors: TemplateError[] = [];
  const at = (pos: Pos, message: string, field?: string) =>
    errors.push({ file: ast.file, line: pos.line, column: pos.column, message, ...(field === undefined ? {} : { field }) });
  if (ast.front.documentType !== rules.documentType)
    at({ line: 1, column: 1 }, `documentType is "${ast.front.documentType}" but this template is used for "${rules.documentType}"`);
  for (const key of rules.strings)
    if (!Object.hasOwn(ast.front.strings, key)) at({ line: 1, column: 1 }, `the front matter needs "${key}: …"`);

  const checkPath = (
    scopes: readonly FieldMap[],
    path: readonly string[],
    pos: Pos,
    use: 'field' | 'if' | 'each',
  ): FieldMap | undefined => {
    const name = path.join('.');
    const spec = lookupSpec(scopes, path);
    if (spec === undefined) return void at(pos, `unknown field {{${name}}}`, name);
    if (use === 'field' && spec.kind !== 'text') {
      const hint = spec.kind === 'list' ? `use {{#each ${name}}}` : spec.kind === 'flag' ? `use {{#if ${name}}}` : 'name one of its fields';
      return void at(pos, `{{${name}}} is a ${spec.kind}, not text: ${hint}`, name);
    }
    if (use === 'each') {
      if (spec.kind !== 'list') return void at(pos, `{{#each ${name}}} needs a list; ${name} is ${spec.kind}`, name);
      return spec.item;
    }
    return undefined;
  };

  const inline = (nodes: readonly InlineNode[], scopes: readonly FieldMap[], inEach: boolean): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'field':
          checkPath(scopes, node.path, node.pos, 'field');
          break;
        case 'number':
          if (!inEach) at(node.pos, '{{@number}} is only meaningful inside {{#each}}');
          break;
        case 'if':
          checkPath(scopes, node.path, node.pos, 'if');
          inline(node.then, scopes, inEach);
          inline(node.else, scopes, inEach);
          break;
        case 'each': {
          const item = checkPath(scopes, node.path, node.pos, 'each');
          inline(node.body, item ? [...scopes, item] : scopes, true);
          break;
        }
        case 'strong':
        case 'em':
          inline(node.children, scopes, inEach);
          break;
        case 'text':
          break;
      }
    }
  };

  const blocks = (nodes: readonly BlockNode[], scopes: readonly FieldMap[], inEach: boolean): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
        case 'item':
          inline(node.content, scopes, inEach);
          break;
        case 'paragraph':
          for (const line of node.lines) inline(line, scopes, inEach);
          break;
        case 'if':
          checkPath(scopes, node.path, node.pos, 'if');
          blocks(node.then, scopes, inEach);
          blocks(node.else, scopes, inEach);
          break;
        case 'each': {
          const item = checkPath(scopes, node.path, node.pos, 'each');
          blocks(node.body, item ? [...scopes, item] : scopes, true);
          break;
        }
        case 'container':
          blocks(node.body, scopes, inEach);
          break;
        case 'partial':
          if (!rules.partials.includes(node.name)) {
            const known = rules.partials.length > 0 ? `; this document offers ${rules.partials.map((p) => `{{> ${p}}}`).join(', ')}` : '';
            at(node.pos, `unknown block {{> ${node.name}}}${known}`);
          }
          break;
        case 'page-break':
          break;
      }
    }
  };

  inline(ast.front.title, [rules.fields], false);
  blocks(ast.body, [rules.fields], false);
  return errors.toSorted((a, b) => a.line - b.line || a.column - b.column);
}
