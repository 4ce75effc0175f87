/**
 * Saves cases in an endless loop so the kill test can SIGKILL it at random moments.
 * Usage: node vault-writer.ts <vault dir> <passphrase>
 * Prints `saved <id> <revision>` after each acknowledged save, `deleted <id>` after a delete and
 * `record <n>` after the vault-wide templates record is written with round n (growing across runs).
 */
import { parseCase } from '../../../src-main/core/model/interchange.ts';
import { createVault } from '../../../src-main/vault/vault.ts';
import { steadyIds, writerScrypt, markedNotes } from './vault-kill-shared.ts';

const [dir, passphrase] = process.argv.slice(2);
if (!dir || !passphrase) throw new Error('usage: vault-writer.ts <dir> <passphrase>');

const vault = createVault({ dir, scrypt: writerScrypt });
const status = await vault.status();
if (status.state === 'absent') await vault.init({ method: 'passphrase', passphrase });
else await vault.unlock({ method: 'passphrase', passphrase });

const emit = (line: string) => process.stdout.write(`${line}\n`);
const known = new Set((await vault.listCases()).map((c) => c.id));
let extra = 0;
// Rounds of the templates record only grow, across runs too, so a rollback would show.
const stored = await vault.readRecord('templates');
let round = stored ? (JSON.parse(new TextDecoder().decode(stored)) as { round: number }).round + 1 : 0;

function newCase(id: string, revision: number) {
  return parseCase({
    id,
    kind: 'detention-review',
    matter: { forum: 'IRB-ID', openedAt: '2026-03-10' },
    client: { familyName: `Family${revision}`, givenNames: 'Test', aliases: [`alias-${revision}`] },
    notes: markedNotes(revision),
  });
}

for (let i = 0; ; i += 1) {
  const id = steadyIds[i % steadyIds.length] ?? 'case-steady-a';
  if (known.has(id)) {
    const current = await vault.readCase(id);
    const next = current.revision + 1;
    const saved = await vault.writeCase(
      { ...newCase(id, next), client: { ...current.case.client, familyName: `Family${next}` } },
      current.revision,
    );
    emit(`saved ${id} ${saved.revision}`);
  } else {
    await vault.writeCase(newCase(id, 1), 0);
    known.add(id);
    emit(`saved ${id} 1`);
  }
  if (i % 5 === 0) {
    extra += 1;
    const extraId = `case-extra-${process.pid}-${extra}`;
    await vault.writeCase(newCase(extraId, 1), 0);
    emit(`saved ${extraId} 1`);
    const older = (await vault.listCases()).filter((c) => c.id.startsWith('case-extra-') && c.id !== extraId);
    for (const c of older.slice(0, Math.max(0, older.length - 3))) {
      await vault.deleteCase(c.id);
      emit(`deleted ${c.id}`);
    }
  }
  if (i % 3 === 0) {
    await vault.writeRecord('templates', new TextEncoder().encode(JSON.stringify({ round, body: markedNotes(round) })));
    emit(`record ${round}`);
    round += 1;
  }
  if (i % 7 === 0) await vault.putBlob(new Uint8Array(Buffer.from(markedNotes(i))));
}
