import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, isAllowedNavigation, type DeniedNavigation } from '../../../src-main/security/navigation.ts';

class FakeContents extends EventEmitter {
  windowOpenHandler: (() => { action: string }) | undefined;
  setWindowOpenHandler(handler: () => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

function guarded() {
  const contents = new FakeContents();
  const denied: DeniedNavigation[] = [];
  // The fake implements only what the guard touches.
  guardWebContents(contents as unknown as Parameters<typeof guardWebContents>[0], (what) => denied.push(what));
  return { contents, denied };
}

const hostile = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'http://example.com/',
  'https://example.com/',
  'data:text/html,<h1>phish</h1>',
  'app://evil/index.html',
  'ms-msdt:/id PCWDiagnostic',
  'smb://server/share',
  '\\\\server\\share',
];

describe('navigation guard', () => {
  it.each(hostile)('stops will-navigate, will-frame-navigate and will-redirect to %s', (url) => {
    const { contents, denied } = guarded();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const details = { url, preventDefault: vi.fn() };
      contents.emit(event, details);
      expect(details.preventDefault).toHaveBeenCalledOnce();
    }
    expect(denied).toEqual(['navigate', 'frame-navigate', 'redirect']);
  });

  it('lets the app move within app://dossier', () => {
    const { contents, denied } = guarded();
    const details = { url: 'app://dossier/index.html', preventDefault: vi.fn() };
    contents.emit('will-navigate', details);
    expect(details.preventDefault).not.toHaveBeenCalled();
    expect(denied).toEqual([]);
  });

  it('denies every window.open, even to our own origin', () => {
    const { contents, denied } = guarded();
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    expect(denied).toEqual(['window-open']);
  });

  it('prevents any webview from attaching', () => {
    const { contents, denied } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'app://dossier/index.html' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(denied).toEqual(['webview']);
  });

  it('judges URLs purely', () => {
    expect(isAllowedNavigation('app://dossier/')).toBe(true);
    for (const url of hostile) expect(isAllowedNavigation(url)).toBe(false);
    expect(isAllowedNavigation(undefined)).toBe(false);
  });
});
