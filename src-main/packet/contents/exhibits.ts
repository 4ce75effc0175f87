import type { Case, Exhibit } from '../../core/model/case.ts';
import type { PartialDate } from '../../core/model/partial-date.ts';
import type { PacketSource } from '../request.ts';

/** A date as the list of documents shows it: as the source wrote it, else its Gregorian bounds. */
export function displayDate(date: PartialDate | undefined): string | undefined {
  if (!date) return undefined;
  if (date.original.trim() !== '') return date.original.trim();
  if (date.earliest && date.latest) return date.earliest === date.latest ? date.earliest : `${date.earliest} – ${date.latest}`;
  return date.year === undefined ? undefined : String(date.year);
}

/** Where the exhibits' files are read from (the vault, in the app): given by the build's service. */
export interface ExhibitBlobs {
  getBlob(blobId: string): Promise<Uint8Array>;
}

/** The case's imported exhibits in their order, each read from its blob only when needed. */
export function exhibitSources(value: Case, blobs: ExhibitBlobs): PacketSource[] {
  return value.exhibits
    .filter((e): e is Exhibit & { blobId: string; sha256: string } => e.blobId !== undefined && e.sha256 !== undefined)
    .map((e) => {
      const date = displayDate(e.date);
      return {
        kind: 'exhibit',
        exhibitId: e.id,
        title: e.title,
        sha256: e.sha256,
        original: () => blobs.getBlob(e.blobId),
        ...(date === undefined ? {} : { date }),
        ...(e.author === undefined ? {} : { author: e.author }),
        ...(e.partOf === undefined ? {} : { partOf: e.partOf }),
      };
    });
}
