import { describe, expect, it } from 'vitest';
import { isProtectiveKeychainBackend, keychainBackendName } from '../../../src-main/security/keychain-policy.ts';

describe('keychain policy', () => {
  it.each(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])('trusts the Linux %s backend', (backend) => {
    expect(isProtectiveKeychainBackend('linux', backend)).toBe(true);
  });

  it.each(['basic_text', 'unknown'])('treats the Linux %s backend as no keychain', (backend) => {
    expect(isProtectiveKeychainBackend('linux', backend)).toBe(false);
  });

  it('trusts the macOS Keychain and Windows DPAPI, and nothing else', () => {
    expect(isProtectiveKeychainBackend('darwin', 'keychain')).toBe(true);
    expect(isProtectiveKeychainBackend('win32', 'dpapi')).toBe(true);
    expect(isProtectiveKeychainBackend('freebsd', 'unknown')).toBe(false);
  });

  it('names the backend per platform, asking Linux which one it picked', () => {
    expect(keychainBackendName('linux', () => 'kwallet6')).toBe('kwallet6');
    expect(keychainBackendName('darwin', () => 'ignored')).toBe('keychain');
    expect(keychainBackendName('win32', () => 'ignored')).toBe('dpapi');
    expect(keychainBackendName('aix', () => 'ignored')).toBe('unknown');
  });
});
