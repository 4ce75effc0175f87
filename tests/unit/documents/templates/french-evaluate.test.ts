import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from '../../../../src-main/documents/templates/evaluate.ts';
import type { FieldMap } from '../../../../src-main/documents/templates/fields.ts';
import { parseTemplate } from '../../../../src-main/documents/templates/parse.ts';

const NBSP = '\u00A0';
const fields: FieldMap = { client: { kind: 'group', doc: '', fields: { displayName: { kind: 'text', doc: '' } } } };

function evaluate(language: 'en' | 'fr', body: string, displayName: string): string {
  const parsed = parseTemplate(`---\nid: t\ntitle: T\ndocumentType: test\nlanguage: ${language}\nversion: 1\n---\n${body}`, 't.md');
  if (!parsed.ok) throw new Error('template did not parse');
  return evaluateTemplate(parsed.ast, { fields, data: { client: { displayName } }, partials: {} })
    .blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''))
    .join('\n');
}

describe('French typography in French templates', () => {
  it("elides the template's word before a case value that starts with a vowel or mute h", () => {
    expect(evaluate('fr', 'Au nom de {{client.displayName}}.', 'AHMED Omar')).toBe("Au nom d'AHMED Omar.");
    expect(evaluate('fr', 'Au nom de {{client.displayName}}.', 'HASSAN Ali')).toBe("Au nom d'HASSAN Ali.");
    expect(evaluate('fr', 'Au nom de {{client.displayName}}.', 'CHAN Tai-man')).toBe('Au nom de CHAN Tai-man.');
    expect(evaluate('en', 'On behalf of de {{client.displayName}}.', 'AHMED Omar')).toBe('On behalf of de AHMED Omar.');
  });

  it('spaces the template’s punctuation, never the case value', () => {
    expect(evaluate('fr', 'Objet: {{client.displayName}}; fin', 'A: B ;C')).toBe(`Objet${NBSP}: A: B ;C${NBSP}; fin`);
    expect(evaluate('en', 'Re: {{client.displayName}}; end', 'A: B')).toBe('Re: A: B; end');
  });
});
