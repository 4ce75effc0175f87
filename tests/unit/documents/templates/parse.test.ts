import { describe, expect, it } from 'vitest';
import { formatTemplateError, MAX_DEPTH } from '../../../../src-main/documents/templates/ast.ts';
import { evaluateTemplate } from '../../../../src-main/documents/templates/evaluate.ts';
import type { FieldMap } from '../../../../src-main/documents/templates/fields.ts';
import { parseTemplate } from '../../../../src-main/documents/templates/parse.ts';
import { validateTemplate } from '../../../../src-main/documents/templates/validate.ts';

const front = (body: string) => `---\nid: t\ntitle: T\ndocumentType: test\nlanguage: en\nversion: 1\n---\n${body}`;
const fields: FieldMap = {
  client: { kind: 'group', doc: '', fields: { displayName: { kind: 'text', doc: '' }, uci: { kind: 'text', doc: '' } } },
  events: { kind: 'list', doc: '', item: { summary: { kind: 'text', doc: '' } } },
  flagged: { kind: 'flag', doc: '' },
};
const rules = { documentType: 'test', fields, partials: ['signature'], strings: [] };

function errorsOf(body: string): string[] {
  const parsed = parseTemplate(front(body), 'letter.md');
  if (!parsed.ok) return parsed.errors.map(formatTemplateError);
  return validateTemplate(parsed.ast, rules).map(formatTemplateError);
}

describe('template parser', () => {
  it('reads front matter, headings, paragraphs, lists and emphasis', () => {
    const parsed = parseTemplate(front('# Title\n\nHello **bold** and *it*\nsecond line\n\n- one\n1. two'), 'x.md');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.ast.front.id).toBe('t');
    expect(parsed.ast.body.map((n) => n.type)).toEqual(['heading', 'paragraph', 'item', 'item']);
  });

  it('names the file, line and column of an unknown field', () => {
    expect(errorsOf('Dear\n\n{{client.nmae}}')).toEqual(['letter.md line 10, column 1: unknown field {{client.nmae}}']);
  });

  it('reports syntax errors with line and column', () => {
    expect(errorsOf('abc {{client.displayName')).toEqual(['letter.md line 8, column 5: this {{ is never closed with }}']);
    expect(errorsOf('x {{#if flagged}} y')[0]).toMatch(/line 8, column 3: \{\{#if …\}\} is not closed on this line/u);
    expect(errorsOf('{{#if flagged}}\ntext')[0]).toMatch(/line 8, column 1: \{\{#if flagged\}\} is never closed/u);
    expect(errorsOf('{{/each}}')[0]).toMatch(/line 8, column 1: \{\{\/each\}\} does not match/u);
    expect(errorsOf('**a *b** c*')[0]).toMatch(/line 8/u);
    expect(errorsOf('{{__proto__}}')[0]).toMatch(/cannot read/u);
    expect(errorsOf('{{ constructor.prototype }}')[0]).toMatch(/unknown field/u);
    expect(errorsOf('{{> nope}}')[0]).toMatch(/unknown block \{\{> nope\}\}/u);
    expect(errorsOf('{{events}}')[0]).toMatch(/is a list, not text: use \{\{#each events\}\}/u);
    expect(errorsOf('{{#each client}}x{{/each}}')[0]).toMatch(/needs a list/u);
  });

  it('rejects prototype paths: only the allow-list resolves', () => {
    expect(errorsOf('{{constructor}} {{client.constructor}} {{toString}}')).toHaveLength(3);
  });

  it('requires front matter', () => {
    const parsed = parseTemplate('Hello', 'a.md');
    expect(parsed.ok).toBe(false);
  });

  it('stops deep nesting with an error instead of recursing without end', () => {
    const deep = `${'{{#if flagged}}\n'.repeat(MAX_DEPTH + 5)}x\n${'{{/if}}\n'.repeat(MAX_DEPTH + 5)}`;
    expect(errorsOf(deep).some((e) => e.includes('nesting deeper'))).toBe(true);
    const inline = `${'**'.repeat(1)}${'{{#if flagged}}'.repeat(MAX_DEPTH + 2)}x${'{{/if}}'.repeat(MAX_DEPTH + 2)}**`;
    expect(errorsOf(inline).some((e) => e.includes('nesting deeper'))).toBe(true);
  });

  it('keeps escaped markers literal', () => {
    const parsed = parseTemplate(front('5 \\* 3 \\{{x\\}}'), 'a.md');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const out = evaluateTemplate(parsed.ast, { fields, data: {}, partials: {} });
    expect(out.blocks).toEqual([{ type: 'paragraph', runs: [{ text: '5 * 3 {{x}}' }] }]);
  });
});

describe('template evaluator', () => {
  const evaluate = (body: string, data: Record<string, unknown>) => {
    const parsed = parseTemplate(front(body), 'a.md');
    if (!parsed.ok) throw new Error(parsed.errors.map(formatTemplateError).join('\n'));
    expect(validateTemplate(parsed.ast, rules)).toEqual([]);
    return evaluateTemplate(parsed.ast, { fields, data: data as never, partials: { signature: () => [{ type: 'page-break' }] } }).blocks;
  };

  it('keeps hostile values literal', () => {
    const hostile = '**x** {{client.uci}} <script>alert(1)</script> {{#if flagged}}';
    expect(evaluate('Name: {{client.displayName}}', { client: { displayName: hostile } })).toEqual([
      { type: 'paragraph', runs: [{ text: `Name: ${hostile}` }] },
    ]);
  });

  it('keeps a value holding a bidi control or a right-to-left letter as a run of its own, marked inserted', () => {
    const reversed = '\u202eezs-gniW IAL';
    expect(evaluate('Re: {{client.displayName}} (file)', { client: { displayName: reversed } })).toEqual([
      { type: 'paragraph', runs: [{ text: 'Re: ' }, { text: reversed, inserted: true }, { text: ' (file)' }] },
    ]);
    expect(evaluate('Re: {{client.displayName}}', { client: { displayName: 'LAI Wing-sze' } })).toEqual([
      { type: 'paragraph', runs: [{ text: 'Re: LAI Wing-sze' }] },
    ]);
  });

  it('renders a 200,000-character value whole', () => {
    const long = 'ก'.repeat(200_000);
    const [block] = evaluate('{{client.displayName}}', { client: { displayName: long } });
    expect(block).toEqual({ type: 'paragraph', runs: [{ text: long }] });
  });

  it('evaluates conditionals, else branches, loops and numbering', () => {
    const blocks = evaluate(
      '{{#if flagged}}\nyes\n{{else}}\nno\n{{/if}}\n\n{{#each events}}\n- {{@number}}. {{summary}}\n{{/each}}\n\n{{> signature}}',
      {
        flagged: false,
        events: [{ summary: 'a' }, { summary: 'b' }],
      },
    );
    expect(blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'no' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          { blocks: [{ type: 'paragraph', runs: [{ text: '1. a' }] }] },
          { blocks: [{ type: 'paragraph', runs: [{ text: '2. b' }] }] },
        ],
      },
      { type: 'page-break' },
    ]);
  });

  it('drops lines whose fields are all empty, and applies emphasis to fields', () => {
    const blocks = evaluate('**{{client.displayName}}**\n{{#if client.uci}}UCI {{client.uci}}{{/if}}\n*end*', {
      client: { displayName: 'A' },
    });
    expect(blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'A', bold: true }, { text: '\n' }, { text: 'end', italic: true }] }]);
  });

  it('reads only own properties of the data', () => {
    const data = Object.create({ client: { displayName: 'inherited' } }) as Record<string, unknown>;
    expect(evaluate('x{{client.displayName}}', data)).toEqual([{ type: 'paragraph', runs: [{ text: 'x' }] }]);
  });

  it('makes centred paragraphs and signature blocks from ::: blocks', () => {
    const blocks = evaluate('::: center\nA\n:::\n::: signature\nName\nDetail\n:::', {});
    expect(blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'A' }], align: 'center' },
      { type: 'signature', label: [{ text: 'Name' }], details: [[{ text: 'Detail' }]] },
    ]);
  });
});
