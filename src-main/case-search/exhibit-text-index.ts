import { z } from 'zod';
import type { Case } from '../core/model/case.ts';
import { filedCopy } from '../core/model/exhibit-copies.ts';
import { normaliseExhibit } from '../exhibits/normalise.ts';
import { PdfDocument } from '../pdf-engine/pdfium.ts';
import type { VaultApi } from '../vault/types.ts';

/**
 * The text of every exhibit's pages, as PDFium reads the copy a packet files (the OCR copy of a
 * scan), kept so a search does not open every PDF again. It is a vault record: encrypted like a
 * case, never on disk in clear. Entries are keyed by case and by the filed copy's SHA-256, so a
 * new OCR or redacted copy is read afresh, and an exhibit or case removed drops out at the next
 * refresh. A missing or unreadable index is rebuilt.
 */
const indexSchema = z.object({
  version: z.literal(1),
  cases: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
});

export type ExhibitTextIndex = z.infer<typeof indexSchema>;

type IndexVault = Pick<VaultApi, 'readRecord' | 'writeRecord' | 'getBlob' | 'listCases'>;

async function readIndex(vault: IndexVault): Promise<ExhibitTextIndex> {
  const bytes = await vault.readRecord('search-index').catch(() => undefined);
  if (bytes === undefined) return { version: 1, cases: {} };
  try {
    return indexSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return { version: 1, cases: {} };
  }
}

/** The pages' text of one filed copy, from the clean copy a packet would file. */
async function pageTexts(bytes: Uint8Array, title: string): Promise<string[]> {
  const clean = await normaliseExhibit(bytes, title);
  return PdfDocument.with(clean.pdf, (doc) => Array.from({ length: doc.pageCount }, (_, i) => doc.pageText(i)));
}

/**
 * Brings the case's entry up to date with its exhibits (reading only copies not yet indexed),
 * saves the index when anything changed, and returns the case's texts by filed-copy SHA-256.
 */
export async function refreshExhibitTexts(vault: IndexVault, c: Case): Promise<ReadonlyMap<string, readonly string[]>> {
  const index = await readIndex(vault);
  const before = index.cases[c.id] ?? {};
  const after: Record<string, string[]> = {};
  let changed = false;
  for (const exhibit of c.exhibits) {
    const copy = filedCopy(exhibit);
    if (!copy) continue;
    const known = before[copy.sha256];
    if (known) {
      after[copy.sha256] = known;
      continue;
    }
    try {
      after[copy.sha256] = await pageTexts(await vault.getBlob(copy.blobId), exhibit.title);
    } catch {
      // A file that cannot be read is reported by the import and the build; search skips it.
      after[copy.sha256] = [];
    }
    changed = true;
  }
  if (Object.keys(before).some((sha) => !(sha in after))) changed = true;
  const live = new Set((await vault.listCases()).map((s) => s.id));
  for (const id of Object.keys(index.cases))
    if (!live.has(id)) {
      delete index.cases[id];
      changed = true;
    }
  index.cases[c.id] = after;
  if (changed) await vault.writeRecord('search-index', new TextEncoder().encode(JSON.stringify(index)));
  return new Map(Object.entries(after));
}
