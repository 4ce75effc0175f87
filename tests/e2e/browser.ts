/** Debian's Chromium and the flags that keep it from calling home. Shared by the config and the fixtures. */
export const chromiumPath = process.env['DOSSIER_CHROMIUM'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const viewport = { width: 1280, height: 860 };
