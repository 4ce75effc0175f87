import type { Typeface } from './fonts.ts';
import type { ImageResolver } from '../html/blocks.ts';

/** What block rendering needs besides the block: fonts, images, the width it has, list counters. */
export interface BlockContext {
  readonly typeface: Typeface;
  readonly images: ImageResolver;
  /** Width available to the block, in twentieths of a point (twips). */
  readonly width: number;
  /** Gives each list its own numbering instance, so every list starts again at 1. */
  readonly nextListInstance: () => number;
}
