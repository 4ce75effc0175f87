import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { mimeFor, sniffFormat } from './formats.ts';
import { normaliseExhibit, type ExhibitFacts, type NormaliseOptions } from './normalise.ts';
import { cleanOrRepair, cleanPdf } from './pdf-clean.ts';
import { writePdf } from './pdf-file-writer.ts';
import { repairPdfFile } from './pdf-repair.ts';
import { quietPdfLib } from './quiet-pdf-lib.ts';
import { fingerprint, readExhibitFile, type ProvenBytes } from './read-file.ts';
import { tempFolderError, withPrivateFolder } from './private-folder.ts';

/** The bytes being proved, in a box the proof can empty: a damaged file is let go before its repaired copy is read. */
interface Held {
  bytes: Uint8Array | undefined;
}

export interface ProvenFile extends ExhibitFacts, ProvenBytes {}

/**
 * What import proves of an exhibit before anything is stored, the same as the build will need:
 * the file opens, cleans, has every page copied and stamped as a packet build does, and saves.
 * Only the facts are kept. A PDF's clean copy is saved part by part and counted, never held
 * whole nor written to disk: it is made again from the original at build time. So a 300 MB scan
 * is held once, as read, and not a second time as its saved copy. Only a damaged PDF touches the
 * private folder: qpdf repairs a copy there, on disk, and the folder is removed afterwards.
 */
export async function proveExhibit(bytes: Uint8Array, exhibit: string, options: NormaliseOptions = {}): Promise<ExhibitFacts> {
  return withPrivateFolder((folder) => proveHeld({ bytes }, exhibit, folder, options));
}

/**
 * The same for a file on disk, read once after its size is checked and fingerprinted (SHA-256 and
 * size), so the vault can then store it from the file in chunks and check it is the file proved.
 */
export async function proveExhibitFile(
  file: string,
  exhibit: string,
  maxBytes: number,
  options: NormaliseOptions = {},
): Promise<ProvenFile> {
  return withPrivateFolder(async (folder) => {
    const held: Held = { bytes: await readExhibitFile(file, maxBytes) };
    const proven = fingerprint(need(held));
    return { ...(await proveHeld(held, exhibit, folder, options)), ...proven };
  });
}

async function proveHeld(held: Held, exhibit: string, folder: string, options: NormaliseOptions): Promise<ExhibitFacts> {
  if (sniffFormat(need(held)) !== 'pdf') {
    // Images (bounded by their pixel cap) and the refused formats: as a build normalises them.
    const normalised = await normaliseExhibit(need(held), exhibit, options);
    const { pages, mime, pagesWithoutText, removed, repaired } = normalised;
    return { pages, mime, pagesWithoutText, removed, ...(repaired ? { repaired } : {}) };
  }
  // The clean copy is saved as a build saves it, part by part, and only counted: nothing of it
  // is kept in memory or written anywhere.
  const saveCounted = (doc: PDFDocument): Promise<number> => writePdf(doc, () => undefined);
  const clean = await quietPdfLib(() =>
    cleanOrRepair(
      exhibit,
      () => cleanPdf(need(held), exhibit, saveCounted),
      async () => {
        // qpdf repairs a copy in the private folder (the proved bytes, whatever the original file
        // does meanwhile), reading and writing it on disk; the bytes in memory are let go first.
        try {
          await writeFile(path.join(folder, 'original.pdf'), need(held), { flag: 'wx', mode: 0o600 });
        } catch (error) {
          throw tempFolderError(error);
        }
        held.bytes = undefined;
        const repaired = await repairPdfFile(folder, 'original.pdf', 'repaired.pdf');
        return repaired.ok ? { ok: true, source: path.join(folder, 'repaired.pdf') } : repaired;
      },
      async (repaired) => cleanPdf(await readFile(repaired), exhibit, saveCounted),
    ),
  );
  const { pages, pagesWithoutText, removed, repaired } = clean;
  return { pages, mime: mimeFor.pdf, pagesWithoutText, removed, ...(repaired ? { repaired } : {}) };
}

function need(held: Held): Uint8Array {
  if (!held.bytes) throw new Error('The exhibit bytes were let go before the proof was done.');
  return held.bytes;
}
