import { describe, expect, it } from 'vitest';
import { findText } from '../../../src-main/case-search/find-text.ts';

describe('findText', () => {
  it('finds a word whatever its case and accents, with the original text around it', () => {
    const text = 'Arrested at the Montréal warehouse. The MONTREAL office was told.';
    const matches = findText(text, 'montreal');
    expect(matches.map((m) => m.start)).toEqual([16, 40]);
    expect(matches[0]?.snippet).toContain('Montréal warehouse');
  });

  it('cuts a long text to a snippet around the hit, marked where it was cut', () => {
    const text = `${'a '.repeat(100)}Quintero${' b'.repeat(100)}`;
    const [match] = findText(text, 'quintero');
    expect(match?.snippet.startsWith('…')).toBe(true);
    expect(match?.snippet.endsWith('…')).toBe(true);
    expect(match?.snippet.length).toBeLessThan(150);
  });

  it('finds nothing for an empty query or an absent word', () => {
    expect(findText('anything', '  ')).toEqual([]);
    expect(findText('anything', 'else')).toEqual([]);
  });
});
