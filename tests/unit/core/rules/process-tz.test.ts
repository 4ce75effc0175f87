import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './load.ts';

/** Runs the engine over Case 1 in a child Node process with the given TZ and returns its JSON output. */
function runWith(tz: string): { hostOffset: number; deadlines: unknown[] } {
  const out = execFileSync(process.execPath, [path.join(root, 'tests/unit/core/rules/print-case1.ts')], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { hostOffset: number; deadlines: unknown[] };
}

describe('results never depend on the process time zone', () => {
  it('Pacific/Auckland, America/Toronto, UTC and Asia/Kolkata print identical deadlines', () => {
    const outputs = ['Pacific/Auckland', 'America/Toronto', 'UTC', 'Asia/Kolkata'].map(runWith);
    // The children really ran in different zones…
    expect(outputs.map((o) => o.hostOffset)).toEqual([-780, 240, 0, -330]);
    // …and computed the same thing.
    const [first, ...rest] = outputs.map((o) => JSON.stringify(o.deadlines));
    expect(first).toContain('"2026-05-09"');
    for (const other of rest) expect(other).toBe(first);
    // Four child processes: on a loaded 2-core machine they take longer than the default 5 s.
  }, 60_000);
});
