import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { entryLink } from '../../../../src-main/packet/assemble/link-uri.ts';
import { resolveEntryLinks } from '../../../../src-main/packet/assemble/links.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A one-page PDF whose page carries a link to the list's placeholder address for entry 0. */
async function listWithLink(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const annot = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [72, 700, 300, 720],
    A: { S: 'URI', URI: PDFString.of(entryLink(0)) },
  });
  page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(annot)]));
  return doc;
}

describe('links from the list of documents to another volume', () => {
  it('name a file with any character, and the PDF stays sound with object streams', async () => {
    const name = 'SRISUK Kanokwan (กนกวรรณ ศรีสุข) – IRCC – 02 Establishment in Canada.pdf';
    const doc = await listWithLink();
    expect(resolveEntryLinks(doc, [0], () => ({ fileName: name, pageIndex: 3 }))).toBe(1);
    const file = path.join(work, 'list.pdf');
    writeFileSync(file, await doc.save({ useObjectStreams: true }));
    // qpdf reads every object, those in object streams too: a raw Thai name in a literal string broke them.
    execFileSync('qpdf', ['--check', file], { stdio: 'pipe' });

    const again = await PDFDocument.load(await doc.save());
    const annots = again.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
    const action = annots.lookup(0, PDFDict).lookup(PDFName.of('A'), PDFDict);
    expect(action.lookup(PDFName.of('S'))).toEqual(PDFName.of('GoToR'));
    const spec = action.lookup(PDFName.of('F'), PDFDict);
    expect(spec.lookup(PDFName.of('UF'), PDFHexString).decodeText()).toBe(name);
    const bytes = spec.lookup(PDFName.of('F'), PDFHexString).asBytes();
    expect(new TextDecoder().decode(bytes)).toBe(name);
  });
});
