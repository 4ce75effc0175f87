/**
 * Whether the OS keychain really protects a wrapped key. On Linux without a secret service,
 * Electron falls back to `basic_text`, a hard-coded password: that is no protection, so it
 * counts as unavailable (and `unknown`, reported before the app is ready, is not trusted either).
 */
const untrustedLinuxBackends = new Set(['basic_text', 'unknown']);

export function isProtectiveKeychainBackend(platform: NodeJS.Platform, backend: string): boolean {
  if (platform === 'linux') return !untrustedLinuxBackends.has(backend);
  return platform === 'darwin' || platform === 'win32';
}

/** The backend name recorded beside a wrapped key, so a later change is detected rather than guessed. */
export function keychainBackendName(platform: NodeJS.Platform, linuxBackend: () => string): string {
  if (platform === 'linux') return linuxBackend();
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  return 'unknown';
}
