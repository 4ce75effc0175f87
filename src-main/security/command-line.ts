/**
 * Switches a packaged Dossier refuses to start with: each would open the renderer to a debugger
 * or switch off a web-security boundary. The fuses already ignore `--inspect` and NODE_OPTIONS;
 * these are Chromium switches the fuses do not cover.
 */
export const forbiddenPackagedSwitches = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'disable-web-security',
  'allow-file-access-from-files',
  'disable-site-isolation-trials',
  'load-extension',
  'proxy-server',
  'proxy-pac-url',
  'host-rules',
  'host-resolver-rules',
] as const;

export function findForbiddenSwitches(hasSwitch: (name: string) => boolean): string[] {
  return forbiddenPackagedSwitches.filter((name) => hasSwitch(name));
}
