import { DossierError } from '../../src-main/core/errors.ts';

/** Runs `fn` and returns the DossierError it throws; anything else (or nothing) fails the test. */
export function caught(fn: () => unknown): DossierError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a DossierError');
}
