/**
 * A source's pages could not be copied or stamped into a volume. Carries the source's key so the
 * build can name the exhibit (and, when asked to, build again without it) instead of reporting
 * an unexplained failure.
 */
export class PartAssemblyError extends Error {
  readonly key: string;

  constructor(key: string, cause: unknown) {
    super(`pages of ${key} could not be assembled: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PartAssemblyError';
    this.key = key;
  }
}

/** Runs one step on one source's pages; a failure becomes a PartAssemblyError naming the source. */
export function forPart<T>(key: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new PartAssemblyError(key, error);
  }
}
