import { DossierError } from '../core/errors.ts';
import type { Exhibit } from '../core/model/case.ts';
import type { PartialDate } from '../core/model/partial-date.ts';
import type { BlobRef, VaultApi } from '../vault/types.ts';
import type { ExhibitFacts, NormaliseOptions } from './normalise.ts';
import { pageList } from './page-list.ts';
import { proveExhibit, proveExhibitFile } from './prove-exhibit.ts';
import { DEFAULT_MAX_EXHIBIT_BYTES, readExhibitChunks } from './read-file.ts';

export interface ExhibitDetails {
  readonly title?: string;
  readonly date?: PartialDate;
  readonly author?: string;
  readonly lang?: string;
  /** Detention grounds or H&C factors the exhibit supports. */
  readonly supports?: readonly string[];
  /** The exhibit this one is a translation or declaration of (it becomes a sub-tab). */
  readonly partOf?: string;
}

interface ImportTarget extends ExhibitDetails {
  readonly caseId: string;
  /**
   * An exhibit already described in the case (a bondsperson's T4s listed before the file came
   * in): the file is attached to it, keeping its id, so everything linked to it stays linked.
   */
  readonly exhibitId?: string;
  /** The file's own name: a default title and the name used in error messages. */
  readonly fileName: string;
}

/**
 * The file itself: bytes already in memory (a drop on the window, a part of a split), or a path
 * on disk, which is read once for the proof and then streamed into the vault in chunks.
 */
export type ImportExhibitInput = ImportTarget &
  (
    { readonly bytes: Uint8Array } | { readonly path: string; /** Per-file limit, checked before it is read. */ readonly maxBytes?: number }
  );

export interface ImportWarning {
  readonly code: 'NOT_SEARCHABLE' | 'ACTIVE_CONTENT_REMOVED' | 'REPAIRED';
  readonly message: string;
}

export interface ImportExhibitResult {
  readonly exhibit: Exhibit;
  readonly warnings: readonly ImportWarning[];
}

export interface ImportDeps {
  readonly vault: VaultApi;
  readonly newId: () => string;
  readonly normalise?: NormaliseOptions;
}

/**
 * Checks the file can go into a packet (nothing is stored if it cannot), keeps the untouched
 * original as an encrypted blob with its SHA-256, and records the exhibit in the case.
 */
export async function importExhibit(input: ImportExhibitInput, deps: ImportDeps): Promise<ImportExhibitResult> {
  const stored = await deps.vault.readCase(input.caseId);
  const described = input.exhibitId === undefined ? undefined : stored.case.exhibits.find((e) => e.id === input.exhibitId);
  if (input.exhibitId !== undefined && !described)
    throw new DossierError('NOT_FOUND', `Exhibit ${input.exhibitId} is not in this case; the file was not imported.`);
  if (described?.blobId !== undefined)
    throw new DossierError(
      'DUPLICATE',
      `Exhibit "${described.title}" already has a file. Remove that exhibit and describe it again to replace its file; nothing was imported.`,
    );
  if (input.partOf !== undefined && !stored.case.exhibits.some((e) => e.id === input.partOf)) {
    throw new DossierError('NOT_FOUND', `Exhibit ${input.partOf} is not in this case; import the original first.`);
  }
  // Only the facts are kept: the normalised copy (as large as the original) is made again from
  // the original at build time. A file on disk is then sealed into the vault from the disk, chunk
  // by chunk, and must be the very bytes proved.
  let normalised: ExhibitFacts;
  let blob: BlobRef;
  if ('path' in input) {
    const proven = await proveExhibitFile(input.path, input.fileName, input.maxBytes ?? DEFAULT_MAX_EXHIBIT_BYTES, deps.normalise);
    normalised = proven;
    blob = await deps.vault.putBlobStream(readExhibitChunks(input.path, proven));
  } else {
    normalised = await proveExhibit(input.bytes, input.fileName, deps.normalise);
    blob = await deps.vault.putBlob(input.bytes);
  }
  const repaired = normalised.repaired ?? [];
  const exhibit: Exhibit = {
    id: `ex-${deps.newId()}`.toLowerCase().slice(0, 64),
    title: (input.title ?? input.fileName.replace(/\.[A-Za-z0-9]{1,5}$/u, '')).slice(0, 500),
    supports: [...(input.supports ?? [])],
    blobId: blob.blobId,
    sha256: blob.sha256,
    mime: normalised.mime,
    pages: normalised.pages,
    ...(input.date ? { date: input.date } : {}),
    ...(input.author === undefined ? {} : { author: input.author }),
    ...(input.lang === undefined ? {} : { lang: input.lang }),
    ...(input.partOf === undefined ? {} : { partOf: input.partOf }),
    ...(normalised.pagesWithoutText.length > 0 ? { pagesWithoutText: [...normalised.pagesWithoutText] } : {}),
  };
  const attached: Exhibit | undefined = described && {
    ...described,
    ...(input.title === undefined ? {} : { title: exhibit.title }),
    ...(input.date ? { date: input.date } : {}),
    ...(input.author === undefined ? {} : { author: input.author }),
    ...(input.lang === undefined ? {} : { lang: input.lang }),
    ...(input.partOf === undefined ? {} : { partOf: input.partOf }),
    supports: input.supports === undefined ? described.supports : [...input.supports],
    blobId: exhibit.blobId,
    sha256: exhibit.sha256,
    mime: exhibit.mime,
    pages: exhibit.pages,
    ...(exhibit.pagesWithoutText ? { pagesWithoutText: exhibit.pagesWithoutText } : {}),
  };
  const exhibits = attached ? stored.case.exhibits.map((e) => (e.id === attached.id ? attached : e)) : [...stored.case.exhibits, exhibit];
  await deps.vault.writeCase({ ...stored.case, exhibits }, stored.revision);
  const warnings: ImportWarning[] = [];
  if (normalised.pagesWithoutText.length > 0) {
    warnings.push({
      code: 'NOT_SEARCHABLE',
      message: `${normalised.pagesWithoutText.length} of ${normalised.pages} page(s) have no text layer and cannot be searched (pages ${pageList(normalised.pagesWithoutText)}). Run OCR on the original if the tribunal asks for searchable PDFs.`,
    });
  }
  if (normalised.removed.length > 0) {
    warnings.push({
      code: 'ACTIVE_CONTENT_REMOVED',
      message: `Removed from the packet copy (the original is kept as received): ${normalised.removed.join(', ')}.`,
    });
  }
  if (repaired.length > 0) {
    warnings.push({
      code: 'REPAIRED',
      message: `Repaired in the packet copy (the original is kept as received): ${repaired.join('; ')}. Check its pages in the built packet.`,
    });
  }
  return { exhibit: attached ?? exhibit, warnings };
}
