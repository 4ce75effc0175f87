import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCaseFile } from '../../src-main/core/model/interchange.ts';
import { createVault } from '../../src-main/vault/vault.ts';
import { createTransferService } from '../../src-main/transfer/service.ts';
import { bundleChild } from './helpers/bundle-child.ts';
import { eventsOf, runAndKill as killChild } from './helpers/kill-child.ts';
import { randomBytes, randomUUID } from 'node:crypto';

const KILLS = 200;
const PASSPHRASE = 'transfer kill passphrase';
const TRANSFER_PASSPHRASE = 'sealed for the colleague';
const scrypt = { N: 2 ** 10, r: 8, p: 1 };
let importer = '';
const root = mkdtempSync(path.join(tmpdir(), 'dossier-transfer-kill-'));
const dir = path.join(root, 'vault');
const file = path.join(root, 'case.dossiercase');
const exhibits = [new Uint8Array(randomBytes(40_000)), new Uint8Array(randomBytes(90_000))];
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A transfer of the Lai fixture with two exhibits, and an empty vault to import it into again and again. */
beforeAll(async () => {
  importer = await bundleChild(path.join(import.meta.dirname, 'helpers', 'transfer-importer.ts'), path.join(root, 'child'));
  const senderDir = path.join(root, 'sender');
  const sender = createVault({ dir: senderDir, scrypt });
  await sender.init({ method: 'passphrase', passphrase: PASSPHRASE });
  const value = parseCaseFile(JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/cases/case1-lai.json'), 'utf8'))).case;
  const refs = [];
  for (const bytes of exhibits) refs.push(await sender.putBlob(bytes));
  await sender.writeCase(
    {
      ...value,
      exhibits: refs.map((r, i) => ({ id: `ex-kill-${i}`, title: `Exhibit ${i}`, supports: [], blobId: r.blobId, sha256: r.sha256 })),
    },
    0,
  );
  const service = createTransferService({
    vault: sender,
    now: () => new Date(),
    newId: randomUUID,
    random: (n) => new Uint8Array(randomBytes(n)),
    scrypt,
  });
  writeFileSync(file, (await service.exportCase(value.id, TRANSFER_PASSPHRASE)).bytes);
  sender.lock();
  const receiver = createVault({ dir, scrypt });
  await receiver.init({ method: 'passphrase', passphrase: PASSPHRASE });
  receiver.lock();
}, 60_000);

/** Runs the importer, kills it with SIGKILL at a random moment, returns what it said, in order. */
async function runAndKill(): Promise<{ events: [string, string][]; stderr: string }> {
  // The child is one bundled module (bundle-child.ts): it starts in a fraction of the time its sources take.
  const { lines, stderr } = await killChild({
    script: importer,
    args: [dir, PASSPHRASE, file, TRANSFER_PASSPHRASE],
    name: 'the importer',
    timing: { earlyChance: 0.15, earlyWithinMs: 150, afterFirstLineMs: 40, stuckMs: 10_000 },
  });
  return { events: eventsOf(lines), stderr };
}

describe('case transfer import under SIGKILL', () => {
  it(`leaves the vault with each imported case whole or absent after each of ${KILLS} kills`, async () => {
    /** What must be true of each id: there, absent, or either (a delete was under way when the child died). */
    const expected = new Map<string, 'present' | 'absent' | 'either'>();
    let imports = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const { events, stderr } = await runAndKill();
      expect(stderr).toBe('');
      for (const [event, id] of events) {
        // The first import takes the case's own id again once its earlier copy is deleted.
        if (event === 'imported') imports += 1;
        expected.set(id, event === 'imported' ? 'present' : event === 'deleted' ? 'absent' : 'either');
      }

      const vault = createVault({ dir, scrypt });
      expect(await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked', recovered: [] });
      const listed = new Set((await vault.listCases()).map((c) => c.id));
      for (const id of listed) {
        // Whole: the case and every exhibit file it refers to, byte for byte.
        const stored = await vault.readCase(id);
        expect(stored.case.client.familyName).toBe('Lai');
        const files = stored.case.exhibits.filter((e) => e.blobId !== undefined);
        expect(files).toHaveLength(2);
        for (const [i, exhibit] of files.entries())
          expect(Buffer.from(await vault.getBlob(exhibit.blobId ?? '')).equals(Buffer.from(exhibits[i] ?? []))).toBe(true);
      }
      // Durable: an acknowledged import is there, an acknowledged delete is final.
      for (const [id, state] of expected) if (state !== 'either') expect([id, listed.has(id)]).toEqual([id, state === 'present']);
      // Interrupted imports leave only attachments no case refers to; the check removes them.
      if (round % 50 === 49) {
        const report = await vault.check({ clean: true, keep: new Set() });
        expect(report.unreadable).toEqual([]);
        expect(report.cleaned).toBe(report.orphans.length);
      }
      vault.lock();
    }
    console.info(`transfer kill test: ${KILLS} kills, ${imports} acknowledged imports`);
    expect(imports).toBeGreaterThan(KILLS / 4);
  });
});
