import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, isAppUrl } from '../../../src-main/security/origin.ts';

describe('app origin', () => {
  it('is app://dossier', () => {
    expect(APP_HOST).toBe('dossier');
    expect(APP_ORIGIN).toBe('app://dossier');
    expect(APP_ENTRY_URL).toBe('app://dossier/index.html');
  });

  it.each(['app://dossier/', 'app://dossier/index.html', 'app://dossier/a/b.js?x#y'])('recognises %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://evil/',
    'app://dossier.evil/',
    'app://user@dossier/',
    'app://dossier@evil/',
    'app://dossier:99/',
    'apps://dossier/',
    'https://dossier/',
    'dossier',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
