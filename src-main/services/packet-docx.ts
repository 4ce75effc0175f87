import type { DocLang } from '../documents/builders/format-date.ts';
import { placedFromManifest } from '../packet/contents/placed.ts';
import type { PacketDocument } from '../packet/contents/generated.ts';
import { safeFileStem } from '../packet/plan/file-names.ts';
import { stampWords } from '../packet/plan/labels.ts';
import { sha256Hex, type ManifestOutput, type PacketManifest } from '../packet/report/manifest.ts';
import { documentToDocx } from '../render/document-to-docx.ts';
import { loadFontLibrary } from '../render/fonts/library.ts';
import type { ImageResolver } from '../render/html/blocks.ts';

/**
 * A DOCX of every generated document in the packet, as the document stands alone (its own
 * running footer), named after its tab in the language of the proceedings: "[file number] – [division] – Tab 1 – Chronology….docx",
 * "… – SI – Onglet 1 – Chronologie….docx".
 */
export async function docxOfDocuments(
  documents: readonly PacketDocument[],
  manifest: PacketManifest,
  naming: { fileNumber: string; division: string; lang: DocLang },
  images: ImageResolver,
): Promise<{ output: ManifestOutput; bytes: Uint8Array }[]> {
  const fonts = loadFontLibrary();
  const out: { output: ManifestOutput; bytes: Uint8Array }[] = [];
  for (const d of documents) {
    const placed = manifest.inputs.find((i) => i.key === d.key);
    if (!placed) continue;
    // A certification names the pages and hash of what it certifies, as the PDF does.
    const doc = d.certifies !== undefined && d.cited !== undefined ? d.cited(new Map(), placedFromManifest(manifest)) : d.doc;
    const bytes = await documentToDocx(doc, { fonts, images });
    out.push({
      bytes,
      output: {
        format: 'docx',
        fileName: `${safeFileStem([naming.fileNumber, naming.division, ...(placed.tab === '' ? [] : [stampWords[naming.lang].tab(placed.tab)]), d.title].join(' – '))}.docx`,
        sha256: sha256Hex(bytes),
        bytes: bytes.length,
        pages: placed.pages,
        firstLabel: placed.firstLabel,
        lastLabel: placed.lastLabel,
      },
    });
  }
  return out;
}
