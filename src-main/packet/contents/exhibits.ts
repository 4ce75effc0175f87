import { filedCopy, type Case } from '../../core/model/case.ts';
import type { PartialDate } from '../../core/model/partial-date.ts';
import { factDateText, type DocLang } from '../../documents/builders/format-date.ts';
import type { PacketSource } from '../request.ts';

/**
 * A date as the list of documents shows it: in the packet's language and the Gregorian calendar
 * ("March 3, 2026", "mars 2026", "c. 2019"), never as a year standing for a whole day; the
 * words as the source wrote them only where the date has no Gregorian range at all.
 */
export function displayDate(date: PartialDate | undefined, lang: DocLang): string | undefined {
  if (!date) return undefined;
  const text = factDateText(date, lang).trim();
  return text === '' ? undefined : text;
}

/** Where the exhibits' files are read from (the vault, in the app): given by the build's service. */
export interface ExhibitBlobs {
  getBlob(blobId: string): Promise<Uint8Array>;
}

/**
 * The case's imported exhibits in their order, each read from its blob only when needed: the copy
 * a packet files (`filedCopy`: redacted, else searchable, else the original).
 */
export function exhibitSources(value: Case, blobs: ExhibitBlobs): PacketSource[] {
  return value.exhibits.flatMap((e): PacketSource[] => {
    const copy = filedCopy(e);
    if (copy === undefined) return [];
    const date = displayDate(e.date, value.matter.languageOfProceedings);
    return [
      {
        kind: 'exhibit',
        exhibitId: e.id,
        title: e.title,
        sha256: copy.sha256,
        original: () => blobs.getBlob(copy.blobId),
        ...(date === undefined ? {} : { date }),
        ...(e.author === undefined ? {} : { author: e.author }),
        ...(e.partOf === undefined ? {} : { partOf: e.partOf }),
      },
    ];
  });
}
