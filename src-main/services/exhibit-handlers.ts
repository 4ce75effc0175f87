import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';
import { exhibitDateFromText } from '../exhibits/exhibit-date.ts';
import { exhibitError } from '../exhibits/exhibit-errors.ts';
import { importExhibit, type ImportExhibitResult } from '../exhibits/import-exhibit.ts';
import { DEFAULT_MAX_EXHIBIT_BYTES } from '../exhibits/read-file.ts';
import type { Handlers } from '../ipc/invoke.ts';
import type { ExhibitBatchDto, ExhibitImportedDto } from '../ipc/contract.ts';
import type { VaultApi } from '../vault/types.ts';
import type { DialogPort, FileFilter } from './ports.ts';

export interface ExhibitHandlerDeps {
  readonly vault: VaultApi;
  readonly newId: () => string;
  /** Absent in plain Node without a stub: the pick channel then answers a typed error. */
  readonly dialog?: DialogPort | undefined;
  readonly maxExhibitBytes?: number;
}

/** What the open dialog offers; files are still recognised by their first bytes, never by extension. */
export const EXHIBIT_FILTERS: readonly FileFilter[] = [
  { name: 'PDF and images', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'tif', 'tiff'] },
  { name: 'All files', extensions: ['*'] },
];

/** The edits that ride along with an import; metadata edits afterwards go through caseSave (exhibits live in the case). */
interface Details {
  readonly title?: string | undefined;
  readonly date?: string | undefined;
  readonly author?: string | undefined;
  readonly lang?: string | undefined;
  readonly supports?: readonly string[] | undefined;
  readonly exhibitId?: string | undefined;
}

function toDto(result: ImportExhibitResult): ExhibitImportedDto {
  return { exhibit: result.exhibit, warnings: result.warnings.map((w) => ({ code: w.code, message: w.message })) };
}

function failureOf(error: unknown): { code: DossierError['code']; message: string } {
  if (isDossierError(error)) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: 'Something went wrong inside Dossier. Your saved data was not changed.' };
}

export function createExhibitHandlers(deps: ExhibitHandlerDeps): Pick<Handlers, 'exhibitImport' | 'exhibitPickAndImport'> {
  const maxBytes = deps.maxExhibitBytes ?? DEFAULT_MAX_EXHIBIT_BYTES;

  /** From bytes the window sent, or from a file picked on disk (read once, then streamed into the vault). */
  const importOne = async (caseId: string, fileName: string, file: { bytes: Uint8Array } | { path: string }, details: Details) => {
    if ('bytes' in file && file.bytes.byteLength > maxBytes) {
      throw exhibitError(
        'TOO_LARGE',
        fileName,
        `the file is ${Math.ceil(file.bytes.byteLength / 2 ** 20)} MB, over the ${Math.floor(maxBytes / 2 ** 20)} MB limit per exhibit.`,
        'Scan it again at a lower resolution, or split it into parts and import each part.',
      );
    }
    const result = await importExhibit(
      {
        caseId,
        ...('bytes' in file ? { bytes: file.bytes } : { path: file.path, maxBytes }),
        fileName,
        ...(details.title === undefined || details.title.trim() === '' ? {} : { title: details.title.trim() }),
        ...(details.date === undefined ? {} : { date: exhibitDateFromText(details.date) }),
        ...(details.author === undefined ? {} : { author: details.author }),
        ...(details.lang === undefined ? {} : { lang: details.lang }),
        ...(details.supports === undefined ? {} : { supports: details.supports }),
        ...(details.exhibitId === undefined ? {} : { exhibitId: details.exhibitId }),
      },
      { vault: deps.vault, newId: deps.newId },
    );
    return toDto(result);
  };

  return {
    exhibitImport: async ({ caseId, fileName, bytes, ...details }) => importOne(caseId, fileName, { bytes }, details),

    exhibitPickAndImport: async ({ caseId, exhibitId }) => {
      if (!deps.dialog) {
        throw new DossierError('NOT_FOUND', 'The file dialog is not available here. Drop the files on the window instead.');
      }
      // The case must exist before a dialog is shown for it.
      await deps.vault.readCase(caseId);
      const picked = await deps.dialog.pickFiles(EXHIBIT_FILTERS);
      // A file attached to a described exhibit: only the first one chosen.
      const files = exhibitId === undefined ? picked : picked.slice(0, 1);
      const batch: { -readonly [K in keyof ExhibitBatchDto]: ExhibitBatchDto[K] } = { chosen: files.length > 0, imported: [], failed: [] };
      // One at a time: each import writes the case.
      for (const file of files) {
        const fileName = path.basename(file);
        try {
          const details = exhibitId === undefined ? {} : { exhibitId };
          batch.imported.push({ fileName, ...(await importOne(caseId, fileName, { path: file }, details)) });
        } catch (error) {
          if (isDossierError(error) && error.code === 'LOCKED') throw error;
          batch.failed.push({ fileName, error: failureOf(error) });
        }
      }
      return batch;
    },
  };
}
