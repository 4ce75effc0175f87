import type { BlockedRequestCounter, BlockedRequestSnapshot } from '../security/request-filter.ts';

/**
 * Read-only counters for the Electron end-to-end test, which reads them from the main process
 * with `electronApp.evaluate`. Main-process globals are out of the page's reach, and the counter
 * holds schemes and counts only.
 */
export const SHELL_DIAGNOSTICS_KEY = '__dossierShell';

export interface ShellDiagnostics {
  blockedRequests(): BlockedRequestSnapshot;
}

export function exposeShellDiagnostics(counter: BlockedRequestCounter): void {
  const diagnostics: ShellDiagnostics = Object.freeze({ blockedRequests: () => counter.snapshot() });
  Object.defineProperty(globalThis, SHELL_DIAGNOSTICS_KEY, { value: diagnostics, enumerable: false, writable: false, configurable: false });
}
