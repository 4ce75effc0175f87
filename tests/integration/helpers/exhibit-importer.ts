/**
 * Imports one exhibit file again and again into a case, through the exhibit service (a file on
 * disk: proved, then streamed into the vault in chunks), and removes older copies from the case,
 * so the kill test can SIGKILL it at random moments. Imports only the exhibit service and the vault.
 * Usage: node exhibit-importer.ts <vault dir> <passphrase> <case id> <file>
 * Prints `imported <exhibit id>` after each acknowledged import, `removing <exhibit id>` before a
 * case save that drops it and `removed <exhibit id>` after.
 */
import { randomUUID } from 'node:crypto';
import { createExhibitService } from '../../../src-main/services/exhibit-service.ts';
import { createVault } from '../../../src-main/vault/vault.ts';

const [dir, passphrase, caseId, file] = process.argv.slice(2);
if (!dir || !passphrase || !caseId || !file) throw new Error('usage: exhibit-importer.ts <dir> <pass> <case> <file>');

const vault = createVault({ dir, scrypt: { N: 2 ** 10, r: 8, p: 1 } });
await vault.unlock({ method: 'passphrase', passphrase });
const exhibits = createExhibitService({ vault, newId: randomUUID });
const emit = (line: string) => process.stdout.write(`${line}\n`);

for (;;) {
  const { exhibit } = await exhibits.importFile({ caseId, path: file });
  emit(`imported ${exhibit.id}`);
  const stored = await vault.readCase(caseId);
  const dropped = stored.case.exhibits.slice(0, Math.max(0, stored.case.exhibits.length - 2));
  if (dropped.length > 0) {
    for (const e of dropped) emit(`removing ${e.id}`);
    // Dropping an exhibit from the case removes its attachment (deletion that deletes).
    await vault.writeCase({ ...stored.case, exhibits: stored.case.exhibits.slice(dropped.length) }, stored.revision);
    for (const e of dropped) emit(`removed ${e.id}`);
  }
}
