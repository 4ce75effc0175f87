import { describe, expect, it } from 'vitest';
import {
  createBlockedRequestCounter,
  createRequestKillSwitch,
  isAllowedRequestUrl,
  schemeOf,
} from '../../../src-main/security/request-filter.ts';

const production = { allowDevTools: false };
const development = { allowDevTools: true };

const hostile = [
  'http://example.com/',
  'https://example.com/track?client=Nguyen',
  'ws://127.0.0.1:9222/devtools',
  'wss://example.com/socket',
  'ftp://example.com/file',
  'file:///etc/passwd',
  'file:///C:/Users/ana/Documents/case.pdf',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://example.com/uuid',
  'javascript:alert(1)',
  'chrome://gpu',
  'chrome-extension://abc/page.html',
  'app://evil/index.html',
  'app://dossier@evil/index.html',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
  '',
];

describe('isAllowedRequestUrl', () => {
  it('allows our own app:// origin', () => {
    expect(isAllowedRequestUrl('app://dossier/index.html', production)).toBe(true);
    expect(isAllowedRequestUrl('app://dossier/assets/main.js', production)).toBe(true);
  });

  it.each(hostile)('blocks %s in a packaged app', (url) => {
    expect(isAllowedRequestUrl(url, production)).toBe(false);
  });

  it('allows devtools: only in development', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', development)).toBe(true);
    expect(isAllowedRequestUrl('https://example.com/', development)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAllowedRequestUrl(undefined, development)).toBe(false);
    expect(isAllowedRequestUrl({ url: 'app://dossier/' }, development)).toBe(false);
  });
});

describe('request kill-switch', () => {
  const run = (listener: ReturnType<typeof createRequestKillSwitch>, url: string) => {
    let response: { cancel: boolean } | undefined;
    listener({ url }, (value) => {
      response = value;
    });
    return response;
  };

  it('cancels http, https, ws, wss, ftp and file, allows app:, and counts by scheme only', () => {
    const counter = createBlockedRequestCounter();
    const blocked: string[] = [];
    const listener = createRequestKillSwitch(production, counter, (scheme) => blocked.push(scheme));

    for (const url of ['http://a/', 'https://b/?q=Client%20Name', 'ws://c/', 'wss://d/', 'ftp://e/', 'file:///etc/passwd']) {
      expect(run(listener, url)).toEqual({ cancel: true });
    }
    expect(run(listener, 'app://dossier/index.html')).toEqual({ cancel: false });

    expect(counter.snapshot()).toEqual({ total: 6, byScheme: { http: 1, https: 1, ws: 1, wss: 1, ftp: 1, file: 1 } });
    expect(blocked).toEqual(['http', 'https', 'ws', 'wss', 'ftp', 'file']);
    expect(JSON.stringify(counter.snapshot())).not.toContain('Client');
  });

  it('answers every request exactly once', () => {
    const listener = createRequestKillSwitch(production, createBlockedRequestCounter());
    for (const url of [...hostile, 'app://dossier/']) {
      let calls = 0;
      listener({ url }, () => {
        calls += 1;
      });
      expect(calls).toBe(1);
    }
  });
});

describe('schemeOf', () => {
  it.each([
    ['https://x', 'https'],
    ['WSS://x', 'wss'],
    ['chrome-extension://x', 'chrome-extension'],
    ['no scheme', 'invalid'],
    ['', 'invalid'],
    [`${'a'.repeat(40)}://x`, 'invalid'],
  ])('%s -> %s', (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
  });
});

describe('kill-switch without a listener', () => {
  it('still counts what it blocks', () => {
    const counter = createBlockedRequestCounter();
    createRequestKillSwitch(production, counter)({ url: 'https://example.com/' }, () => undefined);
    expect(counter.snapshot().total).toBe(1);
  });
});
