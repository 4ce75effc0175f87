import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../src-main/handoff/app-version.ts';
import { diffParagraphs } from '../../../src-main/handoff/diff.ts';
import { unsafeNameReason } from '../../../src-main/handoff/zip-read.ts';

describe('paragraph differences between the source as sent and as it is now', () => {
  it('finds nothing when only the Unicode form differs', () => {
    expect(diffParagraphs(['Café'], ['Cafe\u0301'])).toEqual([]);
  });

  it('lines up an inserted paragraph instead of calling every later one changed', () => {
    expect(diffParagraphs(['a', 'b', 'c'], ['a', 'new', 'b', 'c'])).toEqual([{ change: 'added', currentNumber: 2, current: 'new' }]);
  });

  it('reports a removed paragraph with its old number and text', () => {
    expect(diffParagraphs(['a', 'b', 'c'], ['a', 'c'])).toEqual([{ change: 'removed', requestedNumber: 2, requested: 'b' }]);
  });

  it('reports an edited paragraph as changed, with both texts', () => {
    expect(diffParagraphs(['a', 'b'], ['a', 'B'])).toEqual([
      { change: 'changed', requestedNumber: 2, currentNumber: 2, requested: 'b', current: 'B' },
    ]);
  });
});

describe('bundle entry names', () => {
  it('accepts the names Dossier writes', () => {
    for (const name of ['manifest.json', 'request.json', 'response.json', 'a/b/c.json']) expect(unsafeNameReason(name)).toBeNull();
  });

  it('refuses control characters, empty folders and names over 255 bytes', () => {
    expect(unsafeNameReason('a\u0007.json')).toBe('contains a control character');
    expect(unsafeNameReason('a//b.json')).toBe('has an empty or "." folder');
    expect(unsafeNameReason('./a.json')).toBe('has an empty or "." folder');
    expect(unsafeNameReason(`${'é'.repeat(128)}.json`)).toBe('is longer than 255 bytes');
  });
});

describe('the version written into bundles', () => {
  it('is the app’s version', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
