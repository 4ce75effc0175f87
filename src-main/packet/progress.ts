import { DossierError } from '../core/errors.ts';

export type BuildStage = 'exhibits' | 'generated-pages' | 'assembly' | 'fitting' | 'done';

/** A progress event: the stage and how far through it the build is (for a progress bar). */
export interface BuildProgress {
  readonly stage: BuildStage;
  readonly done: number;
  readonly total: number;
}

export type ProgressListener = (event: BuildProgress) => void;

/** Throws the typed CANCELLED error once the user has cancelled; called between units of work. */
export function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new DossierError('CANCELLED', 'The build was cancelled. Nothing was written.');
}
