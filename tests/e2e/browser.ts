import { CHROMIUM_ARGS } from '../../src-main/render/pdf/playwright-printer.ts';

/** Debian's Chromium and the flags that keep it from calling home. Shared by the config and the fixtures. */
export const chromiumPath = process.env['DOSSIER_CHROMIUM'] ?? '/usr/bin/chromium';

/** The same flags the document printer launches Chromium with. */
export const chromiumArgs = CHROMIUM_ARGS;

export const viewport = { width: 1280, height: 860 };
