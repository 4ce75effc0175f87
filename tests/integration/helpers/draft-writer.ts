/**
 * Saves one interpreter draft again and again, each save a new generation, so the kill test can
 * SIGKILL it at random moments. Imports only the interpreter's draft vault.
 * Usage: node draft-writer.ts <drafts dir> <passphrase> <request id> <start generation>
 * Prints `saving <n>` before each save and `saved <n>` after it.
 */
import { createDraftVault } from '../../../src-main/vault/draft-vault.ts';

const [dir, passphrase, requestId, start] = process.argv.slice(2);
if (!dir || !passphrase || !requestId || !start) throw new Error('usage: draft-writer.ts <dir> <pass> <request id> <start>');

const drafts = createDraftVault({ dir, scrypt: { N: 2 ** 10, r: 8, p: 1 } });
await drafts.unlock(passphrase);
const emit = (line: string) => process.stdout.write(`${line}\n`);
/** A translation of some length, so a save takes long enough to be cut in the middle. */
const text = 'Zyxwquantrell translated this paragraph. '.repeat(2000);

for (let n = Number(start); ; n += 1) {
  emit(`saving ${n}`);
  await drafts.save({ requestId, title: 'Statement of the client', work: { generation: n, translations: { item: [text] } } });
  emit(`saved ${n}`);
}
