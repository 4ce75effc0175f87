import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { mimeFor, sniffFormat } from './formats.ts';
import { normaliseExhibit, type ExhibitFacts, type NormaliseOptions } from './normalise.ts';
import { cleanOrRepair, cleanPdf } from './pdf-clean.ts';
import { writePdfFile } from './pdf-file-writer.ts';
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
 * Only the facts are kept. A PDF's clean copy is saved to a file in a private folder, part by
 * part, and removed: it is made again from the original at build time. So a 300 MB scan is held
 * once, as read, and not a second time as its saved copy.
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
  let saves = 0;
  const saveToFile = async (doc: PDFDocument): Promise<number> => {
    saves += 1;
    const file = path.join(folder, `clean-${saves}.pdf`);
    let written: number;
    try {
      written = await writePdfFile(doc, file);
      await unlink(file);
    } catch (error) {
      // The temp folder's disk failing is no fault of the file: told as such, never as damage.
      if (typeof error === 'object' && error !== null && 'syscall' in error) throw tempFolderError(error);
      throw error;
    }
    return written;
  };
  const clean = await quietPdfLib(() =>
    cleanOrRepair(
      exhibit,
      () => cleanPdf(need(held), exhibit, saveToFile),
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
      async (repaired) => cleanPdf(await readFile(repaired), exhibit, saveToFile),
    ),
  );
  const { pages, pagesWithoutText, removed, repaired } = clean;
  return { pages, mime: mimeFor.pdf, pagesWithoutText, removed, ...(repaired ? { repaired } : {}) };
}

function need(held: Held): Uint8Array {
  if (!held.bytes) throw new Error('The exhibit bytes were let go before the proof was done.');
  return held.bytes;
}
