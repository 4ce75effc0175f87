import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFontLibrary } from '../../../src-main/render/fonts/library.ts';
import type { OpenPrinter } from '../../../src-main/render/pdf/open-printer.ts';
import { createPrintCache } from '../../../src-main/services/print-cache.ts';
import { counsel, openTestServices, type TestServices } from '../../helpers/services.ts';

const PASSPHRASE = 'print cache passphrase';
const CASE = 'case1-lai-wing-sze';
const fixture = path.resolve(import.meta.dirname, '../../fixtures/cases/case1-lai.json');

/** A printer that counts its prints and answers each with a one-page PDF of its own. */
function countingPrinter(): { open: OpenPrinter; prints: () => number } {
  let prints = 0;
  const open: OpenPrinter = () =>
    Promise.resolve({
      fonts: loadFontLibrary(),
      printer: {
        async print() {
          prints += 1;
          const doc = await PDFDocument.create();
          doc.addPage([200 + prints, 200]);
          return doc.save();
        },
        close: () => Promise.resolve(),
      },
    });
  return { open, prints: () => prints };
}

let work: string;
let t: TestServices;
let printer: ReturnType<typeof countingPrinter>;
const vaultDir = () => path.join(work, 'vault');
const blobFiles = () => readdirSync(path.join(vaultDir(), 'blobs')).filter((n) => n.endsWith('.dsb'));
const render = async (kind = 'letter') =>
  (await t.call('documentRender', { caseId: CASE, kind, lang: 'en', format: 'pdf' })) as { base64: string };
const relock = async () => {
  await t.call('vaultLock');
  await t.call('vaultUnlock', { passphrase: PASSPHRASE });
};

beforeEach(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-print-cache-'));
  printer = countingPrinter();
  t = await openTestServices(vaultDir(), { passphrase: PASSPHRASE, counsel, openDocumentPrinter: printer.open });
  await t.call('caseImport', { file: JSON.parse(readFileSync(fixture, 'utf8')) as unknown });
});

afterEach(async () => {
  await t.services.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('the print cache', () => {
  it('prints an unchanged document once, and again after its case or its template changes', async () => {
    const first = await render();
    expect((await render()).base64).toBe(first.base64);
    expect(printer.prints()).toBe(1);

    const stored = await t.services.vault.readCase(CASE);
    // The letter names the client by the pseudonym for filings.
    const client = { ...stored.case.client, pseudonymForFilings: 'W.L.' };
    await t.call('caseSave', { case: { ...stored.case, client }, revision: stored.revision });
    const edited = await render();
    expect(printer.prints()).toBe(2);
    expect(edited.base64).not.toBe(first.base64);

    const { text } = (await t.call('templateGet', { id: 'letter', lang: 'en' })) as { text: string };
    await t.call('templateSave', { id: 'letter', lang: 'en', text: text.replace('Dear Sir or Madam:', 'To the Tribunal:') });
    await render();
    expect(printer.prints()).toBe(3);
    await render('timeline');
    expect(printer.prints()).toBe(4);
  });

  it('is kept encrypted in the vault, so the first render after an unlock prints nothing', async () => {
    const first = await render();
    await relock();
    expect((await render()).base64).toBe(first.base64);
    expect(printer.prints()).toBe(1);
    const files = [path.join(vaultDir(), 'print-cache.dsv'), ...blobFiles().map((n) => path.join(vaultDir(), 'blobs', n))];
    for (const file of files) expect(readFileSync(file).includes('%PDF')).toBe(false);
    // The vault check counts the stored prints as the vault's own, not as orphans.
    const check = (await t.call('vaultCheck', { clean: false })) as { orphans: unknown[] };
    expect(check.orphans).toEqual([]);
  });

  it('goes with its case: deleting the case deletes its stored prints', async () => {
    const before = blobFiles().length;
    await render();
    await render('timeline');
    await relock();
    await render();
    expect(blobFiles().length).toBe(before + 2);
    await t.call('caseDelete', { id: CASE, confirm: true });
    expect(blobFiles().length).toBe(0);
    const list = JSON.parse(new TextDecoder().decode(await t.services.vault.readRecord('print-cache'))) as { entries: unknown[] };
    expect(list.entries).toEqual([]);
  });

  it('ignores a stored print it cannot read and prints the document again', async () => {
    await render();
    await relock();
    for (const name of blobFiles()) writeFileSync(path.join(vaultDir(), 'blobs', name), 'not a print');
    await render();
    expect(printer.prints()).toBe(2);
    await relock();
    await render();
    expect(printer.prints()).toBe(2);
  });

  it('keeps within its bounds: the least recently used print leaves memory, the oldest leaves the disk', async () => {
    let clock = 0;
    const cache = createPrintCache({
      vault: t.services.vault,
      now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, (clock += 1))),
      memoryBytes: 2500,
      diskBytes: 2500,
    });
    const pdf = (n: number) => new Uint8Array(1000).fill(n);
    cache.put('a', 'one', pdf(1));
    cache.put('a', 'two', pdf(2));
    expect(await cache.get('a', 'one')).toEqual(pdf(1));
    cache.put('b', 'three', pdf(3));
    await cache.flush();
    // In memory "two" was the least recently used; on disk "one" was the oldest stored.
    expect(await cache.get('a', 'one')).toEqual(pdf(1));
    expect(await cache.get('b', 'three')).toEqual(pdf(3));
    cache.clear();
    expect(await cache.get('a', 'one')).toBeUndefined();
    expect(await cache.get('a', 'two')).toEqual(pdf(2));
    expect(await cache.get('b', 'three')).toEqual(pdf(3));
    expect([...(await cache.blobIds())]).toHaveLength(2);
  });
});
