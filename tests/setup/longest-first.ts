import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The integration files that run longest: each kills a child process at least 200 times. */
const longRunning = /-kill\.test\.ts$/;

/**
 * Vitest runs the files it has timings for longest first; on a fresh clone it has none and falls
 * back to the largest file first, which can start a several-minute kill test last and leave one
 * worker running it alone at the end. Without timings, the kill tests go first (in Vitest's
 * order), then the rest as Vitest orders them; projects keep their order.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const timed = files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec) !== undefined);
    if (timed) return sorted;
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    return projects.flatMap((name) => {
      const mine = sorted.filter((spec) => spec.project.name === name);
      return [...mine.filter((spec) => longRunning.test(spec.moduleId)), ...mine.filter((spec) => !longRunning.test(spec.moduleId))];
    });
  }
}
