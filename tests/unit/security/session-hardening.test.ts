import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createBlockedRequestCounter, type BeforeRequestListener } from '../../../src-main/security/request-filter.ts';
import {
  hardenNewSessions,
  hardenSession,
  type HardenableSession,
  type SessionHardeningOptions,
} from '../../../src-main/security/session-hardening.ts';

class FakeSession extends EventEmitter implements HardenableSession {
  beforeRequest: BeforeRequestListener | undefined;
  requestHandler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  checkHandler: ((webContents: unknown, permission: string) => boolean) | undefined;
  deviceHandler: ((details: unknown) => boolean) | undefined;
  spellcheck = true;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: NonNullable<FakeSession['requestHandler']>) {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: NonNullable<FakeSession['checkHandler']>) {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: NonNullable<FakeSession['deviceHandler']>) {
    this.deviceHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellcheck = enabled;
  }
}

const permissions = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'fullscreen',
  'openExternal',
  'hid',
  'serial',
  'usb',
  'display-capture',
  'unknown',
];

function options(): SessionHardeningOptions {
  return { policy: { allowDevTools: false }, counter: createBlockedRequestCounter() };
}

describe('hardenSession', () => {
  it.each(permissions)('denies the %s permission request and check', (permission) => {
    const session = new FakeSession();
    hardenSession(session, options());
    const callback = vi.fn();
    session.requestHandler?.({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(session.checkHandler?.({}, permission)).toBe(false);
  });

  it('denies device access, turns spellcheck off and installs the kill-switch', () => {
    const session = new FakeSession();
    const hardening = options();
    hardenSession(session, hardening);
    expect(session.deviceHandler?.({ deviceType: 'usb' })).toBe(false);
    expect(session.spellcheck).toBe(false);
    const callback = vi.fn();
    session.beforeRequest?.({ url: 'https://example.com/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
    expect(hardening.counter.snapshot().total).toBe(1);
  });

  it('refuses downloads', () => {
    const session = new FakeSession();
    const onDownloadRefused = vi.fn();
    hardenSession(session, { ...options(), onDownloadRefused });
    const event = { preventDefault: vi.fn() };
    session.emit('will-download', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(onDownloadRefused).toHaveBeenCalledOnce();
  });

  it('hardens a session once even when called twice', () => {
    const session = new FakeSession();
    hardenSession(session, options());
    hardenSession(session, options());
    expect(session.listenerCount('will-download')).toBe(1);
  });
});

describe('hardenNewSessions', () => {
  it('hardens every session created after it is installed', () => {
    const app = new EventEmitter();
    hardenNewSessions(app as EventEmitter & { on(event: 'session-created', listener: (session: FakeSession) => void): unknown }, options());
    const later = new FakeSession();
    app.emit('session-created', later);
    expect(later.spellcheck).toBe(false);
    expect(later.beforeRequest).toBeTypeOf('function');
    expect(later.checkHandler?.({}, 'media')).toBe(false);
  });
});
