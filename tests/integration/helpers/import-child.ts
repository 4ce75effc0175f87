/**
 * Imports one file into a fresh vault through the exhibit service, then prints one JSON line:
 * the exhibit (or the typed error) and the process's peak resident memory, so a test can bound
 * what an import costs without its own heap in the way.
 * Usage: node import-child.ts <vault dir> <file>
 */
import { createHash } from 'node:crypto';
import { isDossierError } from '../../../src-main/core/errors.ts';
import { parseCase } from '../../../src-main/core/model/interchange.ts';
import { createExhibitService } from '../../../src-main/services/exhibit-service.ts';
import { createVault } from '../../../src-main/vault/vault.ts';

const [dir, file] = process.argv.slice(2);
if (!dir || !file) throw new Error('usage: import-child.ts <vault dir> <file>');

const vault = createVault({ dir, scrypt: { N: 2 ** 10, r: 8, p: 1 } });
await vault.init({ method: 'passphrase', passphrase: 'large exhibit passphrase' });
const caseId = 'case-large';
await vault.writeCase(
  parseCase({
    id: caseId,
    kind: 'detention-review',
    matter: { forum: 'IRB-ID', openedAt: '2026-03-10' },
    client: { familyName: 'Tremblay', givenNames: 'Ana' },
  }),
  0,
);

const started = performance.now();
let outcome: Record<string, unknown>;
let blobId: string | undefined;
try {
  const { exhibit } = await createExhibitService({ vault, newId: () => 'large' }).importFile({ caseId, path: file });
  blobId = exhibit.blobId;
  outcome = { ok: true, pages: exhibit.pages, sha256: exhibit.sha256 };
} catch (error) {
  outcome = isDossierError(error)
    ? { ok: false, code: error.code, message: error.message }
    : { ok: false, code: 'CRASH', message: String(error) };
}
// Measured before the check below, which decrypts the stored original again.
const measured = { seconds: (performance.now() - started) / 1000, maxRssKb: process.resourceUsage().maxRSS };
const blobSha256 =
  blobId === undefined
    ? null
    : createHash('sha256')
        .update(await vault.getBlob(blobId))
        .digest('hex');
process.stdout.write(`${JSON.stringify({ ...outcome, blobSha256, ...measured })}\n`);
