/**
 * Caps on what a hand-off bundle may hold. A bundle carries text (a statement's paragraphs, a
 * document's wording) and at most one small signature image, so these sit far above any real
 * bundle and far below what could exhaust memory or disk.
 */
export const bundleLimits = Object.freeze({
  /** The encrypted file as received. */
  maxBundleBytes: 16 * 2 ** 20,
  /** Entries in the zip. */
  maxEntries: 64,
  /** All entries once inflated. */
  maxTotalBytes: 64 * 2 ** 20,
  /** One entry once inflated. */
  maxEntryBytes: 32 * 2 ** 20,
  /** Inflated size over compressed size, for entries above `ratioFloorBytes`. */
  maxRatio: 100,
  ratioFloorBytes: 64 * 2 ** 10,
  /** Folder levels in an entry name ("a/b/c" is 3). */
  maxDepth: 3,
  /** Bytes of an entry name. */
  maxNameBytes: 255,
});

/** The same caps with other values: a case transfer (transfer/format.ts) reads zips with its own. */
export type BundleLimits = { readonly [K in keyof typeof bundleLimits]: number };
