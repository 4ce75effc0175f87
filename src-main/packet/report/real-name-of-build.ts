import type { Case } from '../../core/model/case.ts';
import { realNameForms } from '../../core/names.ts';
import { isPossiblyPublic, isPublicForum } from '../../documents/builders/document-audience.ts';
import type { PacketDocument } from '../contents/generated.ts';
import type { PacketSource } from '../request.ts';
import type { PacketManifest } from './manifest.ts';
import { realNameReport, type RealNameEntry } from './real-name.ts';

const statementKinds: ReadonlySet<string> = new Set(['statement-bilingual', 'statement-translation', 'statement-transcription']);

/**
 * The real-name report of a built packet, when the client has a pseudonym (undefined otherwise):
 * every generated document as printed, every title of the list of documents and outline with the
 * exhibits' authors, and every file written are searched for each form of the real name.
 */
export function buildRealNameReport(
  value: Case,
  documents: readonly PacketDocument[],
  exhibits: readonly PacketSource[],
  manifest: PacketManifest,
): RealNameEntry[] | undefined {
  if ((value.client.pseudonymForFilings?.trim() ?? '') === '') return undefined;
  const placed = new Map(manifest.inputs.map((i) => [i.key, i]));
  const authors = new Map(exhibits.flatMap((e) => (e.kind === 'exhibit' && e.author !== undefined ? [[e.exhibitId, e.author]] : [])));
  return realNameReport({
    forms: realNameForms(value.client),
    packetPublic: isPublicForum(value.matter.forum),
    documents: documents.flatMap((d) => {
      const at = placed.get(d.key);
      if (at === undefined) return [];
      return [
        {
          tab: at.tab,
          title: d.title,
          doc: d.doc,
          possiblyPublic: isPossiblyPublic(d.kind, value.matter.forum),
          statement: statementKinds.has(d.kind),
        },
      ];
    }),
    listed: manifest.inputs.map((i) => {
      const author = i.exhibitId === undefined ? undefined : authors.get(i.exhibitId);
      return { tab: i.tab, title: i.title, ...(author === undefined ? {} : { author }) };
    }),
    fileNames: manifest.outputs.map((o) => o.fileName),
    exhibits: manifest.inputs.filter((i) => i.kind === 'exhibit').length,
  });
}
