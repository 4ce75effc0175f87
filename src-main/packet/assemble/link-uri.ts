/**
 * The list of documents is printed by Chromium, which turns `<a href>` into URI link
 * annotations with the right rectangles. Each entry links to this placeholder address carrying
 * its index; the assembler rewrites every such annotation into an internal destination, so no
 * web address survives in a filed PDF. The host can never resolve (.invalid).
 */
export const ENTRY_LINK_PREFIX = 'http://dossier.invalid/entry/';

export const entryLink = (index: number): string => `${ENTRY_LINK_PREFIX}${index}`;

export function entryIndexFromUri(uri: string): number | undefined {
  if (!uri.startsWith(ENTRY_LINK_PREFIX)) return undefined;
  const rest = uri.slice(ENTRY_LINK_PREFIX.length);
  return /^\d{1,6}$/u.test(rest) ? Number(rest) : undefined;
}
