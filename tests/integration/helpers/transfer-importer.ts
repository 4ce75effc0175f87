/**
 * Imports one sealed case transfer again and again, deleting older copies, so the kill test can
 * SIGKILL it at random moments. Imports only the transfer service and the vault.
 * Usage: node transfer-importer.ts <vault dir> <vault passphrase> <transfer file> <transfer passphrase>
 * Prints `imported <id>` after each acknowledged import, `deleting <id>` before a delete and
 * `deleted <id>` after it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createTransferService } from '../../../src-main/transfer/service.ts';
import { createVault } from '../../../src-main/vault/vault.ts';

const [dir, passphrase, file, transferPassphrase] = process.argv.slice(2);
if (!dir || !passphrase || !file || !transferPassphrase) throw new Error('usage: transfer-importer.ts <dir> <pass> <file> <transfer pass>');

const scrypt = { N: 2 ** 10, r: 8, p: 1 };
const vault = createVault({ dir, scrypt });
await vault.unlock({ method: 'passphrase', passphrase });
const transfers = createTransferService({
  vault,
  now: () => new Date(),
  newId: randomUUID,
  random: (n) => new Uint8Array(randomBytes(n)),
  scrypt,
});
const bytes = new Uint8Array(readFileSync(file));
const emit = (line: string) => process.stdout.write(`${line}\n`);

for (;;) {
  const { id } = await transfers.importCase(bytes, transferPassphrase);
  emit(`imported ${id}`);
  const copies = (await vault.listCases()).filter((c) => c.id !== id);
  for (const c of copies.slice(0, Math.max(0, copies.length - 2))) {
    emit(`deleting ${c.id}`);
    await vault.deleteCase(c.id);
    emit(`deleted ${c.id}`);
  }
}
