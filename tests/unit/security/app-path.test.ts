import { describe, expect, it } from 'vitest';
import { appRequestPath } from '../../../src-main/security/app-path.ts';

describe('appRequestPath', () => {
  it.each([
    ['app://dossier/', ['index.html']],
    ['app://dossier/index.html', ['index.html']],
    ['app://dossier/assets/index-B3x_a9.js', ['assets', 'index-B3x_a9.js']],
    ['app://dossier/assets/logo.svg?v=1#top', ['assets', 'logo.svg']],
    ['app://dossier/fonts/Noto%20Sans.woff2', ['fonts', 'Noto Sans.woff2']],
  ])('accepts %s', (url, segments) => {
    expect(appRequestPath(url)).toEqual({ ok: true, segments });
  });

  it.each([
    ['javascript:alert(1)', 'not-app-url'],
    ['file:///etc/passwd', 'not-app-url'],
    ['http://dossier/index.html', 'not-app-url'],
    ['https://example.com/', 'not-app-url'],
    ['data:text/html,<script>alert(1)</script>', 'not-app-url'],
    ['app://evil/index.html', 'not-app-url'],
    ['app://dossier@evil/index.html', 'not-app-url'],
    ['app://dossier:8080/index.html', 'not-app-url'],
    ['app:///etc/passwd', 'not-app-url'],
    ['app://dossier/../../etc/passwd', 'dot-segment'],
    ['app://dossier/assets/../../../etc/passwd', 'dot-segment'],
    ['app://dossier/./index.html', 'dot-segment'],
    ['app://dossier/%2e%2e/%2e%2e/etc/passwd', 'dot-segment'],
    ['app://dossier/%2E%2e/etc/passwd', 'dot-segment'],
    ['app://dossier/.%2e/etc/passwd', 'dot-segment'],
    ['app://dossier/..%2f..%2fetc%2fpasswd', 'encoded-separator'],
    ['app://dossier/%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'encoded-separator'],
    ['app://dossier/..%5c..%5cwindows%5cwin.ini', 'encoded-separator'],
    ['app://dossier/index.html%00.png', 'control-character'],
    ['app://dossier/index.html\u0000', 'control-character'],
    ['app://dossier/a%0d%0ab', 'control-character'],
    ['app://dossier/..\\..\\windows\\win.ini', 'backslash'],
    ['app://dossier\\..\\secret', 'backslash'],
    ['\\\\server\\share\\x', 'backslash'],
    ['app://dossier//server/share/x', 'bad-segment'],
    ['app://dossier/assets/', 'bad-segment'],
    ['app://dossier/C:/Windows/win.ini', 'bad-segment'],
    ['app://dossier/C%3A%5CWindows', 'encoded-separator'],
    ['app://dossier/index.html::$DATA', 'bad-segment'],
    ['app://dossier/index.html.', 'bad-segment'],
    ['app://dossier/%E0%A4%A', 'bad-encoding'],
    [`app://dossier/${'a'.repeat(3000)}`, 'too-long'],
  ])('refuses %s', (url, reason) => {
    expect(appRequestPath(url)).toEqual({ ok: false, reason });
  });

  it.each([undefined, null, 42, {}, ['app://dossier/index.html']])('refuses a non-string %s', (value) => {
    expect(appRequestPath(value)).toEqual({ ok: false, reason: 'not-app-url' });
  });
});
