import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from '../../src-main/documents/templates/evaluate.ts';
import type { FieldMap } from '../../src-main/documents/templates/fields.ts';
import { parseTemplate } from '../../src-main/documents/templates/parse.ts';
import { validateTemplate } from '../../src-main/documents/templates/validate.ts';

const fields: FieldMap = { name: { kind: 'text', doc: '' }, items: { kind: 'list', doc: '', item: { v: { kind: 'text', doc: '' } } } };
const head = '---\nid: t\ntitle: T\ndocumentType: test\nlanguage: en\nversion: 1\n---\n';
const pieces = [
  '{{',
  '}}',
  '{{name}}',
  '{{#if name}}',
  '{{else}}',
  '{{/if}}',
  '{{#each items}}',
  '{{/each}}',
  '{{> x}}',
  '**',
  '*',
  '\\',
  '\n',
  '- ',
  '# ',
  ':::',
  '::: center',
  '---',
  ' ',
  'a',
  'ก',
  '{{@number}}',
  '{{__proto__}}',
];

describe('template properties', () => {
  it('any template text gives an AST or errors, never a crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((p) => head + p.join('')),
        ),
        (text) => {
          const result = parseTemplate(text, 't.md');
          if (result.ok) {
            const errors = validateTemplate(result.ast, { documentType: 'test', fields, partials: [], strings: [] });
            if (errors.length === 0) evaluateTemplate(result.ast, { fields, data: { name: 'n', items: [{ v: 'x' }] }, partials: {} });
          } else {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('any field value renders literally', () => {
    const parsed = parseTemplate(`${head}**{{name}}**`, 't.md');
    if (!parsed.ok) throw new Error('fixture template');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (value) => {
        const { blocks } = evaluateTemplate(parsed.ast, { fields, data: { name: value }, partials: {} });
        const text = blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text) : [])).join('');
        expect(text).toBe(value.trim() === '' ? '' : value);
      }),
      { numRuns: 500 },
    );
  });
});
