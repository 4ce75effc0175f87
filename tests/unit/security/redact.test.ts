import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src-main/security/redact.ts';

const redactor = createRedactor([
  { path: '/home/ana', label: '~' },
  { path: '/home/ana/.config/Dossier', label: '<userData>' },
  { path: 'C:\\Users\\Ana', label: '~' },
]);

describe('createRedactor', () => {
  it('replaces the longest sensitive path first', () => {
    expect(redactor.text('opened /home/ana/.config/Dossier/vault/x and /home/ana/Downloads/Nguyen.pdf')).toBe(
      'opened <userData>/vault/x and ~/Downloads/Nguyen.pdf',
    );
  });

  it('matches Windows paths in either slash style and any case', () => {
    expect(redactor.text('c:\\users\\ana\\Documents')).toBe('~\\Documents');
    expect(redactor.text('C:/Users/Ana/Documents')).toBe('~/Documents');
  });

  it('treats the path as text, not as a pattern', () => {
    const tricky = createRedactor([{ path: '/home/a.b (x)', label: '~' }]);
    expect(tricky.text('/home/a.b (x)/f and /home/aXb (x)/f')).toBe('~/f and /home/aXb (x)/f');
  });

  it('redacts string fields and leaves numbers and booleans', () => {
    expect(redactor.fields({ file: '/home/ana/x', count: 3, ok: true })).toEqual({ file: '~/x', count: 3, ok: true });
  });

  it('ignores empty and root paths, which would redact everything', () => {
    const none = createRedactor([
      { path: '', label: '?' },
      { path: '/', label: '?' },
    ]);
    expect(none.text('/etc/hosts')).toBe('/etc/hosts');
  });
});
