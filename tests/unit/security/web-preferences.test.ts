import { describe, expect, it } from 'vitest';
import { secureWebPreferences, UI_PARTITION } from '../../../src-main/security/web-preferences.ts';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and strips Node from every window', () => {
    expect(secureWebPreferences({ preload: '/app/out/preload/index.cjs', devTools: false })).toEqual({
      preload: '/app/out/preload/index.cjs',
      partition: UI_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('enables DevTools only when asked (development builds)', () => {
    expect(secureWebPreferences({ preload: 'p', devTools: true }).devTools).toBe(true);
  });

  it('never sets options that widen the page', () => {
    const preferences = secureWebPreferences({ preload: 'p', devTools: true });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
  });

  it('uses an in-memory session (no persist: prefix)', () => {
    expect(UI_PARTITION.startsWith('persist:')).toBe(false);
  });
});
