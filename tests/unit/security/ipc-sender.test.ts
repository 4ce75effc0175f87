import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderEventLike } from '../../../src-main/security/ipc-sender.ts';

const OURS = 7;
const trusted = { has: (id: number) => id === OURS };
const topFrame = { url: 'app://dossier/index.html', parent: null, detached: false };
const event = (overrides: Partial<SenderEventLike> = {}): SenderEventLike => ({
  sender: { id: OURS },
  senderFrame: topFrame,
  ...overrides,
});

describe('isTrustedSender', () => {
  it('accepts the top frame of our window on app://dossier', () => {
    expect(isTrustedSender(event(), trusted)).toBe(true);
    expect(isTrustedSender(event({ senderFrame: { url: 'app://dossier/', parent: null } }), trusted)).toBe(true);
  });

  it('refuses a subframe, even one on our origin', () => {
    expect(isTrustedSender(event({ senderFrame: { url: 'app://dossier/index.html', parent: topFrame } }), trusted)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///home/ana/index.html',
    'app://evil/index.html',
    'app://dossier@evil/index.html',
    'app://dossier:1/index.html',
    'data:text/html,<script></script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses a top frame showing %s', (url) => {
    expect(isTrustedSender(event({ senderFrame: { url, parent: null } }), trusted)).toBe(false);
  });

  it('refuses a null (navigated or destroyed) or detached frame', () => {
    expect(isTrustedSender(event({ senderFrame: null }), trusted)).toBe(false);
    expect(isTrustedSender(event({ senderFrame: { ...topFrame, detached: true } }), trusted)).toBe(false);
  });

  it('refuses a webContents that is not one of our windows', () => {
    expect(isTrustedSender(event({ sender: { id: 99 } }), trusted)).toBe(false);
  });

  it('refuses a frame that throws when read', () => {
    const exploding = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(event({ senderFrame: exploding }), trusted)).toBe(false);
  });
});
