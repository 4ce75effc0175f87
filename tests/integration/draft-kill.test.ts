import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftVault } from '../../src-main/vault/draft-vault.ts';
import { bundleChild } from './helpers/bundle-child.ts';
import { eventsOf, runAndKill as killChild } from './helpers/kill-child.ts';

const KILLS = 200;
const PASSPHRASE = 'interpreter drafts passphrase';
const REQUEST = 'req-4f1c2a';
const CANARY = 'Zyxwquantrell';
const scrypt = { N: 2 ** 10, r: 8, p: 1 };
const root = mkdtempSync(path.join(tmpdir(), 'dossier-draft-kill-'));
const dir = path.join(root, 'interpreter-drafts');
let writer = '';
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  writer = await bundleChild(path.join(import.meta.dirname, 'helpers', 'draft-writer.ts'), path.join(root, 'child'));
  const drafts = createDraftVault({ dir, scrypt });
  await drafts.create(PASSPHRASE);
  await drafts.save({ requestId: REQUEST, title: 'Statement of the client', work: { generation: 0 } });
  drafts.lock();
}, 60_000);

/** Runs the writer from generation `start`, kills it with SIGKILL at a random moment, returns the generations it reported. */
async function runAndKill(start: number): Promise<{ saving: number[]; saved: number[]; stderr: string }> {
  const { lines, stderr } = await killChild({
    script: writer,
    args: [dir, PASSPHRASE, REQUEST, String(start)],
    name: 'the draft writer',
    timing: { earlyChance: 0.15, earlyWithinMs: 100, afterFirstLineMs: 30, stuckMs: 10_000 },
  });
  const numbers = (kind: string) => eventsOf(lines).flatMap(([event, n]) => (event === kind ? [Number(n)] : []));
  return { saving: numbers('saving'), saved: numbers('saved'), stderr };
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

describe('interpreter drafts under SIGKILL', () => {
  it(`keep the old draft or the new one after each of ${KILLS} kills, and no plaintext on disk`, async () => {
    let last = 0;
    let acknowledged = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const { saving, saved, stderr } = await runAndKill(last + 1);
      expect(stderr).toBe('');
      acknowledged += saved.length;
      const drafts = createDraftVault({ dir, scrypt });
      await drafts.unlock(PASSPHRASE);
      const draft = await drafts.read(REQUEST);
      const generation = (draft?.work as { generation?: number } | undefined)?.generation;
      // The last acknowledged save, or the one in flight when the child died: never older, never missing.
      const newest = saved.at(-1) ?? last;
      const inFlight = saving.at(-1) ?? newest;
      expect([newest, inFlight]).toContain(generation);
      expect((await drafts.list()).map((d) => d.requestId)).toEqual([REQUEST]);
      drafts.lock();
      last = Math.max(generation ?? 0, newest);
    }
    // The canary walk: the translation is nowhere in plain text.
    for (const file of walk(dir)) expect(readFileSync(file).includes(Buffer.from(CANARY))).toBe(false);
    console.info(`draft kill test: ${KILLS} kills, ${acknowledged} acknowledged saves`);
    expect(acknowledged).toBeGreaterThan(KILLS / 4);
  }, 180_000);
});
