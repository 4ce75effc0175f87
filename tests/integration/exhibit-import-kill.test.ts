import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCase } from '../../src-main/core/model/interchange.ts';
import { BLOBS_DIR } from '../../src-main/vault/file-names.ts';
import { createVault } from '../../src-main/vault/vault.ts';
import { writeLargePdf } from '../fixtures/exhibits/make-large.ts';
import { bundleChild } from './helpers/bundle-child.ts';
import { eventsOf, runAndKill as killChild } from './helpers/kill-child.ts';

/**
 * SIGKILL at random moments while exhibits are imported from a file: proved, streamed into the
 * vault frame by frame, recorded in the case. After each kill the vault opens, every exhibit the
 * case names has its whole attachment, nothing half-written is kept under an attachment's name,
 * and the private folder the killed import proved its file in is removed by the next import.
 */
/** As many kills as every other write path's kill test, though each round is a real import (proof and all). */
const KILLS = 200;
const PASSPHRASE = 'import kill passphrase';
const CASE_ID = 'case-import-kill';
const scrypt = { N: 2 ** 10, r: 8, p: 1 };
const root = mkdtempSync(path.join(tmpdir(), 'dossier-import-kill-'));
const dir = path.join(root, 'vault');
const temp = path.join(root, 'tmp');
let importer = '';
let file = '';
let sha256 = '';

beforeAll(async () => {
  // sharp is native: the bundle imports it from where it is installed.
  importer = await bundleChild(path.join(import.meta.dirname, 'helpers', 'exhibit-importer.ts'), path.join(root, 'child'), ['sharp']);
  // A scan of about 1.2 MB: a full frame and part of another, so kills land inside the streamed write.
  const scan = writeLargePdf(path.join(root, 'scan.pdf'), 1, 1_100);
  file = scan.path;
  sha256 = scan.sha256;
  mkdirSync(temp);
  const vault = createVault({ dir, scrypt });
  await vault.init({ method: 'passphrase', passphrase: PASSPHRASE });
  await vault.writeCase(
    parseCase({
      id: CASE_ID,
      kind: 'detention-review',
      matter: { forum: 'IRB-ID', openedAt: '2026-03-10' },
      client: { familyName: 'Tremblay', givenNames: 'Ana' },
    }),
    0,
  );
  vault.lock();
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the importer, kills it with SIGKILL at a random moment, returns what it said, in order. */
async function runAndKill(): Promise<{ events: [string, string][]; stderr: string }> {
  const { lines, stderr } = await killChild({
    script: importer,
    args: [dir, PASSPHRASE, CASE_ID, file],
    name: 'the importer',
    env: { ...process.env, TMPDIR: temp },
    // Often before the first import is acknowledged (start-up, proof, streamed write, case save), else during a later one.
    timing: { earlyChance: 0.4, earlyWithinMs: 1_200, afterFirstLineMs: 300, stuckMs: 20_000 },
  });
  return { events: eventsOf(lines), stderr };
}

describe('exhibit import under SIGKILL', () => {
  it(`keeps every recorded exhibit's attachment whole, and no half attachment, after each of ${KILLS} kills`, async () => {
    const acknowledged = new Set<string>();
    /** Exhibits a save was dropping (there or not, if the child died mid-save) or had dropped. */
    const dropping = new Set<string>();
    for (let round = 0; round < KILLS; round += 1) {
      const { events, stderr } = await runAndKill();
      expect(stderr).toBe('');
      for (const [event, id] of events) (event === 'imported' ? acknowledged : dropping).add(id);

      const vault = createVault({ dir, scrypt });
      expect(await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked', recovered: [] });
      const exhibits = (await vault.readCase(CASE_ID)).case.exhibits;
      for (const exhibit of exhibits) {
        expect(exhibit).toMatchObject({ sha256, pages: 1 });
        const bytes = await vault.getBlob(exhibit.blobId ?? '');
        expect([exhibit.id, createHash('sha256').update(bytes).digest('hex')]).toEqual([exhibit.id, sha256]);
      }
      // Durable: an acknowledged import is in the case until the child began to drop it.
      const listed = new Set(exhibits.map((e) => e.id));
      for (const id of acknowledged) if (!dropping.has(id)) expect([id, listed.has(id)]).toEqual([id, true]);
      // No half attachment: the unlock removed any temp file, and every attachment file reads whole.
      expect(readdirSync(path.join(dir, BLOBS_DIR)).filter((n) => !/^b-[0-9a-f]{32}\.dsb$/u.test(n))).toEqual([]);
      if (round % 10 === 9) {
        // Every attachment file, case-held or orphaned by a kill before the case save, reads whole.
        const report = await vault.check({ clean: round % 30 === 29, keep: new Set() });
        expect(report.unreadable).toEqual([]);
      }
      vault.lock();
      // At most the killed import's own private folder is left; the next import removes it.
      expect(readdirSync(temp).length).toBeLessThanOrEqual(1);
    }
    console.info(`exhibit import kill test: ${KILLS} kills, ${acknowledged.size} acknowledged imports`);
    expect(acknowledged.size).toBeGreaterThan(KILLS / 4);
  }, 600_000);
});
