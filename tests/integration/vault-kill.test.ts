import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../src-main/vault/vault.ts';
import { bundleChild } from './helpers/bundle-child.ts';
import { runAndKill as killChild } from './helpers/kill-child.ts';
import { notesRevision, steadyIds, writerScrypt } from './helpers/vault-kill-shared.ts';

const KILLS = 200;
const PASSPHRASE = 'kill test passphrase';
const root = mkdtempSync(path.join(tmpdir(), 'dossier-vault-kill-'));
const dir = path.join(root, 'vault');
/** The writer, bundled once: started 200 times, it then loads in a fraction of the sources' time. */
let writer = '';
beforeAll(async () => {
  writer = await bundleChild(path.join(import.meta.dirname, 'helpers', 'vault-writer.ts'), path.join(root, 'child'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the writer, kills it with SIGKILL at a random moment, returns what it acknowledged. */
async function runAndKill(): Promise<{ acked: Map<string, number>; record: number; stderr: string }> {
  const { lines, stderr } = await killChild({
    script: writer,
    args: [dir, PASSPHRASE],
    name: 'the writer',
    // Most kills land mid-save (after the first acknowledged save); some land during start-up and unlock.
    timing: { earlyChance: 0.15, earlyWithinMs: 150, afterFirstLineMs: 40 },
  });
  const acked = new Map<string, number>();
  let record = -1;
  for (const line of lines) {
    const [event, id, revision] = line.split(' ');
    if (event === 'saved' && id) acked.set(id, Number(revision));
    if (event === 'deleted' && id) acked.set(id, -1);
    if (event === 'record' && id) record = Number(id);
  }
  return { acked, record, stderr };
}

describe('vault under SIGKILL', () => {
  it(`opens with a complete earlier or later state after each of ${KILLS} kills`, async () => {
    const durable = new Map<string, number>();
    let durableRecord = -1;
    let midWrite = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const { acked, record, stderr } = await runAndKill();
      expect(stderr).toBe('');
      for (const [id, revision] of acked) durable.set(id, revision);
      durableRecord = Math.max(durableRecord, record);

      // A temp file or a missing current generation means the kill landed inside an atomic write.
      if (existsSync(dir)) {
        const names = readdirSync(dir);
        if (names.some((n) => n.endsWith('.tmp') || (n.endsWith('.prev') && !names.includes(n.slice(0, -'.prev'.length))))) midWrite += 1;
      }
      const vault = createVault({ dir, scrypt: writerScrypt });
      if ((await vault.status()).state === 'absent') continue; // killed before the vault existed
      const status = await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
      expect(status).toMatchObject({ state: 'unlocked', recovered: [] });
      const listed = await vault.listCases();
      for (const summary of listed) {
        const stored = await vault.readCase(summary.id);
        // Complete: the marker at both ends of the body agrees with the revision it was saved at.
        const marked = notesRevision(stored.case.notes);
        expect([summary.id, marked]).toEqual([summary.id, stored.case.id.startsWith('case-extra-') ? 1 : stored.revision]);
        expect(stored.case.client.familyName).toBe(`Family${marked ?? 'x'}`);
      }
      // Durable: nothing acknowledged before the kill is lost or rolled back.
      for (const id of steadyIds) {
        const revision = durable.get(id);
        if (revision !== undefined) expect([id, (await vault.readCase(id)).revision >= revision]).toEqual([id, true]);
      }
      for (const [id, revision] of durable) if (revision === -1) expect(listed.some((c) => c.id === id)).toBe(false);
      // The vault-wide record (edited templates) is whole, and no older than its last acknowledged write.
      const bytes = await vault.readRecord('templates');
      if (durableRecord >= 0) expect(bytes).toBeDefined();
      if (bytes !== undefined) {
        const { round, body } = JSON.parse(new TextDecoder().decode(bytes)) as { round: number; body: string };
        expect(notesRevision(body)).toBe(round);
        expect(round).toBeGreaterThanOrEqual(durableRecord);
      }
      vault.lock();
    }
    expect(durable.get(steadyIds[0])).toBeGreaterThan(KILLS / 2);
    console.info(`vault kill test: ${KILLS} kills, ${midWrite} inside an atomic write`);
    expect(midWrite).toBeGreaterThan(KILLS / 10);
  });
});
