import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoverBuildFolder, swapFolders } from '../../src-main/services/build-folder.ts';
import { eventsOf, runAndKill as killChild } from './helpers/kill-child.ts';

const KILLS = 100;
/** The kills stop early when the machine is slow: the test stays under half a minute, with at least `MIN_KILLS`. */
const BUDGET_MS = 25_000;
const MIN_KILLS = 25;
const writer = path.join(import.meta.dirname, 'helpers', 'build-writer.ts');
const root = mkdtempSync(path.join(tmpdir(), 'dossier-build-kill-'));
const target = path.join(root, 'packet');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the writer from build `first`, kills it at a random moment, returns the last build it reported in place. */
async function runAndKill(first: number): Promise<{ built: number; stderr: string }> {
  const { lines, stderr } = await killChild({
    script: writer,
    args: [target, String(first)],
    name: 'the writer',
    // Most kills land between and inside builds; some during start-up, before the first build.
    timing: { earlyChance: 0.1, earlyWithinMs: 100, afterFirstLineMs: 30 },
  });
  const built = Math.max(-1, ...eventsOf(lines).flatMap(([event, n]) => (event === 'built' ? [Number(n)] : [])));
  return { built, stderr };
}

/** The build number a folder holds, after checking it is one complete build: every file listed, hashed as listed, nothing else. */
function completeBuild(dir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    buildId: string;
    outputs: { fileName: string; sha256: string }[];
  };
  expect(readdirSync(dir).sort()).toEqual([...manifest.outputs.map((o) => o.fileName), 'manifest.json'].sort());
  for (const o of manifest.outputs) {
    expect(
      createHash('sha256')
        .update(readFileSync(path.join(dir, o.fileName)))
        .digest('hex'),
      o.fileName,
    ).toBe(o.sha256);
  }
  return Number(manifest.buildId);
}

describe('packet output folder under SIGKILL', () => {
  it(`holds one complete build, the last reported or a newer one, after each of up to ${KILLS} kills`, async () => {
    let reported = -1;
    let next = 0;
    let midWrite = 0;
    const started = Date.now();
    let round = 0;
    for (; round < KILLS && (round < MIN_KILLS || Date.now() - started < BUDGET_MS); round += 1) {
      const { built, stderr } = await runAndKill(next);
      expect(stderr).toBe('');
      reported = Math.max(reported, built);
      const { prev, next: half } = swapFolders(target);
      if (existsSync(half) || existsSync(prev)) midWrite += 1;
      let held: number;
      if (existsSync(target)) held = completeBuild(target);
      else if (existsSync(prev)) {
        // Killed between the two renames: the old build waits beside the folder, whole, until the next write puts it back.
        held = completeBuild(prev);
      } else {
        expect(reported, 'the folder vanished after a build was reported').toBe(-1);
        continue;
      }
      expect(held).toBeGreaterThanOrEqual(reported);
      await recoverBuildFolder(target);
      expect(completeBuild(target)).toBe(held);
      expect(readdirSync(root)).toEqual(['packet']);
      next = held + 1;
    }
    // The kills reached inside writes, not only between builds.
    expect(midWrite).toBeGreaterThan(round / 4);
  }, 60_000);
});
