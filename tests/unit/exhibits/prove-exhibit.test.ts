import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../../../src-main/core/errors.ts';
import { normaliseExhibit } from '../../../src-main/exhibits/normalise.ts';
import { withPrivateFolder } from '../../../src-main/exhibits/private-folder.ts';
import { proveExhibit, proveExhibitFile } from '../../../src-main/exhibits/prove-exhibit.ts';
import { DEFAULT_MAX_EXHIBIT_BYTES, readExhibitChunks } from '../../../src-main/exhibits/read-file.ts';
import { makeExhibitFixtures } from '../../fixtures/exhibits/make-exhibits.ts';

const corpusDir = path.resolve(import.meta.dirname, '../../fixtures/exhibit-corpus');
let work: string;
let fixtures: Record<string, string>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-prove-'));
  fixtures = await makeExhibitFixtures(work, { bigPages: 3 });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An outcome in comparable form: the facts, or the typed error's code and message. */
async function outcome(work: Promise<object>): Promise<unknown> {
  try {
    const { pages, mime, pagesWithoutText, removed, repaired } = (await work) as Awaited<ReturnType<typeof proveExhibit>>;
    return { pages, mime, pagesWithoutText, removed, repaired };
  } catch (error) {
    return isDossierError(error) ? { code: error.code, message: error.message } : { crash: String(error) };
  }
}

describe('what import proves of an exhibit', () => {
  it('is what a build finds: the same facts, or the same refusal in the same words, for every corpus and fixture file', async () => {
    // A temp folder of this test's own, so other programs' files cannot mix with what is counted.
    const temp = path.join(work, 'tmp');
    mkdirSync(temp);
    const systemTemp = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    const files = [
      ...readdirSync(corpusDir)
        .filter((n) => n.endsWith('.pdf'))
        .map((n) => path.join(corpusDir, n)),
      ...Object.values(fixtures).filter((f) => !f.endsWith('bomb.png')),
    ];
    const outcomes: unknown[] = [];
    try {
      // The proofs' private folders are made there, owner-only.
      expect(await withPrivateFolder((folder) => Promise.resolve([path.dirname(folder), statSync(folder).mode & 0o777]))).toEqual([
        temp,
        0o700,
      ]);
      for (const file of files) {
        const name = path.basename(file);
        const bytes = new Uint8Array(readFileSync(file));
        const built = await outcome(normaliseExhibit(bytes, name));
        expect([name, await outcome(proveExhibitFile(file, name, DEFAULT_MAX_EXHIBIT_BYTES))]).toEqual([name, built]);
        expect([name, await outcome(proveExhibit(bytes, name))]).toEqual([name, built]);
        outcomes.push(built);
      }
    } finally {
      if (systemTemp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = systemTemp;
    }
    // Damaged files went through qpdf's repair on disk; a password and XFA were refused.
    expect(outcomes).toContainEqual(
      expect.objectContaining({ repaired: expect.arrayContaining(['damaged file structure rebuilt']) as unknown }),
    );
    expect(outcomes).toContainEqual(expect.objectContaining({ code: 'PASSWORD_PROTECTED' }));
    // Every private folder is gone, after the accepted files and the refused ones alike.
    expect(readdirSync(temp)).toEqual([]);
  }, 60_000);

  it('fingerprints the file it read, and the vault stream then refuses a file changed since', async () => {
    const file = path.join(work, 'changing.pdf');
    writeFileSync(file, readFileSync(fixtures['plain.pdf'] ?? ''));
    const proven = await proveExhibitFile(file, 'changing.pdf', DEFAULT_MAX_EXHIBIT_BYTES);
    expect(proven).toMatchObject({ pages: 3, bytes: readFileSync(file).length });
    const drain = async (): Promise<number> => {
      let total = 0;
      for await (const chunk of readExhibitChunks(file, proven)) total += chunk.length;
      return total;
    };
    expect(await drain()).toBe(proven.bytes);
    appendFileSync(file, '%% appended after the proof\n');
    await expect(drain()).rejects.toThrow(/"changing\.pdf": the file changed while it was being imported, so nothing was stored\./u);
    writeFileSync(file, readFileSync(fixtures['plain.pdf'] ?? '').subarray(0, 100));
    await expect(drain()).rejects.toMatchObject({ code: 'BAD_EXHIBIT' });
  });

  it('refuses a file over the limit before reading it', async () => {
    await expect(proveExhibitFile(fixtures['plain.pdf'] ?? '', 'plain.pdf', 100)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});
