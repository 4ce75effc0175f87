/**
 * `npm run demo` end to end, spawned as a user runs it (a fresh Node, the fixture cases, every
 * document and packet written to ./demo-out), against a plain `node -e` start: what the demo
 * costs beyond starting Node.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { medianMs, type BenchRow } from './stats.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

export async function benchDemo(runs = 3): Promise<BenchRow> {
  const demo = await medianMs(() => run(process.execPath, ['scripts/demo.ts'], { cwd: root, maxBuffer: 2 ** 24 }), runs, 0);
  const start = await medianMs(() => run(process.execPath, ['-e', '']), 5, 1);
  return {
    name: '`npm run demo` end to end (spawned)',
    medianMs: demo,
    target: '≤ 15 s',
    targetMs: 15_000,
    peerName: 'a plain `node -e` start',
    peerMedianMs: start,
  };
}
