import type { LadderStep } from '../../core/rules/portal-rules.ts';
import type { SkipReason } from '../portal/classify.ts';

/** One side of an image change: its pixels, resolution where drawn largest, colour and stream size. */
export interface ImageState {
  readonly width: number;
  readonly height: number;
  /** Rounded; for an image never drawn, a lower bound from the page size. */
  readonly dpi: number;
  readonly colour: 'colour' | 'greyscale';
  readonly bytes: number;
}

/** An image that was re-encoded, and the ladder step whose setting it now has. */
export interface ImageChange {
  /** 1-based page numbers of the slot's PDF that show the image. */
  readonly pages: readonly number[];
  readonly before: ImageState;
  readonly after: ImageState;
  /** Index into the ladder. */
  readonly step: number;
  readonly setting: LadderStep;
}

/** An image left exactly as it was, and why. */
export interface ImageKept {
  readonly pages: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly reason: SkipReason;
}

/** A ladder step that was tried: how many images it re-encoded and the file's size after it. */
export interface StepTried {
  readonly index: number;
  readonly setting: LadderStep;
  readonly reencoded: number;
  readonly bytes: number;
  readonly fits: boolean;
}

export interface FitResult {
  /** The PDF to upload: the input itself when it was already under the cap. */
  readonly bytes: Uint8Array;
  readonly before: number;
  readonly after: number;
  readonly maxBytes: number;
  readonly changed: readonly ImageChange[];
  readonly kept: readonly ImageKept[];
  readonly steps: readonly StepTried[];
  /** The last step applied, when any image changed. */
  readonly step: number | undefined;
}
