/**
 * Repeats one vault write in an endless loop so the kill tests can SIGKILL it at random moments.
 * Usage: node vault-op-child.ts <mode> <vault dir> <passphrase>
 *   template       saves a template override (the Settings → Templates path); prints `saved <round>`
 *   passphrase     changes the passphrase from <passphrase> to its successor; prints `changed <passphrase>`
 *   restore-case   saves a case, then restores it alone from the newest backup; prints `saved|restored <revision>`
 *   restore-vault  saves two cases and a backup, then restores the whole vault from a random backup; prints `restored <id>`
 * Imports only the vault and the template-overrides store, so each start is quick.
 */
import { createVaultOverrides } from '../../../src-main/services/template-overrides.ts';
import { createVault } from '../../../src-main/vault/vault.ts';
import { markedNotes, nextPassphrase, notesRevision, opCase, writerScrypt } from './vault-kill-shared.ts';

const [mode, dir, passphrase] = process.argv.slice(2);
if (!mode || !dir || !passphrase) throw new Error('usage: vault-op-child.ts <mode> <dir> <passphrase>');

const vault = createVault({ dir, scrypt: writerScrypt });
await vault.unlock({ method: 'passphrase', passphrase });
const emit = (line: string) => process.stdout.write(`${line}\n`);

async function saveCase(id: string): Promise<number> {
  const current = await vault.readCase(id);
  const next = current.revision + 1;
  const saved = await vault.writeCase(opCase(id, next), current.revision);
  return saved.revision;
}

if (mode === 'template') {
  const overrides = createVaultOverrides(vault);
  await overrides.load();
  let round = (notesRevision(overrides.get('en', 'letterhead')?.text) ?? 0) + 1;
  for (;;) {
    await overrides.set('en', 'letterhead', { text: markedNotes(round), baseVersion: '1' });
    emit(`saved ${String(round)}`);
    round += 1;
  }
}

if (mode === 'passphrase') {
  let current = passphrase;
  for (;;) {
    const next = nextPassphrase(current);
    await vault.changePassphrase(current, next);
    emit(`changed ${next}`);
    current = next;
  }
}

if (mode === 'restore-case') {
  for (;;) {
    const [newest] = await vault.listBackups();
    if (!newest) throw new Error('the setup makes a backup first');
    const { revision } = await vault.restoreCase(newest.id, 'case-op-a');
    emit(`restored ${String(revision)}`);
    emit(`saved ${String(await saveCase('case-op-a'))}`);
  }
}

if (mode === 'restore-vault') {
  for (;;) {
    await saveCase('case-op-a');
    await saveCase('case-op-b');
    await vault.backup('manual');
    const readable = (await vault.listBackups()).filter((b) => b.readable);
    const pick = readable[Math.floor(Math.random() * readable.length)];
    if (!pick) throw new Error('a backup was just made');
    await vault.restoreVault(pick.id);
    emit(`restored ${pick.id}`);
  }
}
throw new Error(`unknown mode ${mode}`);
