import { exhibitDateFromText } from '../exhibits/exhibit-date.ts';
import { importExhibit, type ImportExhibitResult } from '../exhibits/import-exhibit.ts';
import type { VaultApi } from '../vault/types.ts';
import path from 'node:path';

export interface ExhibitServiceDeps {
  readonly vault: VaultApi;
  readonly newId: () => string;
  /** Per-file size limit; quality.md asks that a 300 MB scan import. */
  readonly maxExhibitBytes?: number;
}

/** What the import form and `dossier exhibit add` send; the IPC channel will carry the same shape. */
export interface ExhibitImportRequest {
  readonly caseId: string;
  readonly path: string;
  readonly title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string;
  readonly author?: string;
  readonly lang?: string;
  readonly supports?: readonly string[];
  readonly partOf?: string;
  /** Attach to this exhibit already described in the case. */
  readonly exhibitId?: string;
}

export interface ExhibitService {
  importFile(input: ExhibitImportRequest): Promise<ImportExhibitResult>;
}

export function createExhibitService(deps: ExhibitServiceDeps): ExhibitService {
  return {
    importFile: async (input) => {
      const result = await importExhibit(
        {
          caseId: input.caseId,
          path: input.path,
          ...(deps.maxExhibitBytes === undefined ? {} : { maxBytes: deps.maxExhibitBytes }),
          fileName: path.basename(input.path),
          ...(input.title === undefined ? {} : { title: input.title }),
          ...(input.date === undefined ? {} : { date: exhibitDateFromText(input.date) }),
          ...(input.author === undefined ? {} : { author: input.author }),
          ...(input.lang === undefined ? {} : { lang: input.lang }),
          ...(input.supports === undefined ? {} : { supports: input.supports }),
          ...(input.partOf === undefined ? {} : { partOf: input.partOf }),
          ...(input.exhibitId === undefined ? {} : { exhibitId: input.exhibitId }),
        },
        { vault: deps.vault, newId: deps.newId },
      );
      return result;
    },
  };
}
