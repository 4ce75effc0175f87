import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './tests/setup/longest-first.ts';

const shared = { environment: 'node' as const, setupFiles: ['tests/setup/no-network.ts'] };

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine.
    // Most integration files wait on child processes and Chromium, so one worker per core.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      { test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { ...shared, name: 'property', include: ['tests/property/**/*.test.ts'] } },
      { test: { ...shared, name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 120_000 } },
    ],
  },
});
