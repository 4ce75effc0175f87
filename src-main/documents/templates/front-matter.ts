import type { TemplateError } from './ast.ts';

export interface RawFrontMatter {
  readonly fields: ReadonlyMap<string, { readonly value: string; readonly line: number }>;
  /** 0-based index of the first body line. */
  readonly bodyStart: number;
}

const KEY = /^([A-Za-z][A-Za-z0-9._-]{0,60}):(?:\s(.*))?$/u;

/**
 * `---` on the first line opens the front matter and the next `---` line closes it. Each line
 * inside is `key: value`; the value is plain text (it may hold {{fields}} only in `title`).
 */
export function readFrontMatter(lines: readonly string[], file: string, errors: TemplateError[]): RawFrontMatter {
  const fields = new Map<string, { value: string; line: number }>();
  if (lines[0]?.trim() !== '---') {
    errors.push({
      file,
      line: 1,
      column: 1,
      message: 'a template starts with a --- line, then id, title, documentType, language and version',
    });
    return { fields, bodyStart: 0 };
  }
  for (let i = 1; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '---') return { fields, bodyStart: i + 1 };
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const match = KEY.exec(raw.trim());
    if (!match) {
      errors.push({ file, line: i + 1, column: 1, message: 'front matter lines are "key: value"' });
      continue;
    }
    const key = match[1] ?? '';
    if (fields.has(key)) errors.push({ file, line: i + 1, column: 1, message: `"${key}" is given twice` });
    fields.set(key, { value: (match[2] ?? '').trim(), line: i + 1 });
  }
  errors.push({ file, line: 1, column: 1, message: 'the front matter is never closed with a --- line' });
  return { fields, bodyStart: lines.length };
}
