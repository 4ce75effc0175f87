import { open } from 'node:fs/promises';
import {
  decodePDFRawStream,
  parsePDFAConformanceFromXmp,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFStreamWriter,
  PDFWriter,
  type PDFDocument,
  type PDFObject,
  type PDFRef,
} from '@cantoo/pdf-lib';

/** Anything pdf-lib can write: it knows its size and copies its bytes into a buffer. */
interface Serialisable {
  sizeInBytes(): number;
  copyBytesInto(buffer: Uint8Array, offset: number): number;
}

type IndirectObject = [PDFRef, PDFObject];

/** What pdf-lib's writers plan before they fill their one buffer: the parts of the file, in order. */
interface WriterPlan {
  readonly header: Serialisable;
  readonly indirectObjects: IndirectObject[];
  readonly xref?: Serialisable;
  readonly trailerDict?: Serialisable;
  readonly trailer: Serialisable;
}

/**
 * The writer's own steps, public in JavaScript and marked protected in its types: the plan, and
 * which objects a full save leaves out (an old cross-reference stream, copied object streams).
 */
interface WriterSteps {
  computeBufferSize(incremental: boolean): Promise<WriterPlan>;
  shouldSave(incremental: boolean, objectNumber: number, objects: IndirectObject[]): boolean;
  shouldSkipCopiedObjectStream(object: PDFObject): boolean;
}

const SCRATCH_BYTES = 2 ** 20;
const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');

/**
 * pdf-lib's save, written to `file` part by part instead of into one buffer the size of the
 * document (see `writePdf`). The file is not synced to disk: tests compare it with `save`.
 */
export async function writePdfFile(doc: PDFDocument, file: string): Promise<number> {
  const handle = await open(file, 'wx', 0o600);
  try {
    return await writePdf(doc, async (chunk) => {
      await handle.write(chunk);
    });
  } finally {
    await handle.close();
  }
}

/**
 * pdf-lib's save, handed to `sink` part by part instead of filling one buffer the size of the
 * document: the same writer (object streams or not, decided as `save` decides), the same plan and
 * the same bytes as `doc.save({ updateFieldAppearances: false })`, but a large stream's contents
 * go out from where they already are in memory. Saving a 300 MB scan so holds about 1 MB more,
 * not the file a second time. A chunk is only valid during the sink's call. Returns the bytes
 * written. The document is spent afterwards (the writer adds its object streams to it), as the
 * import that proves a file with it discards the document anyway.
 */
export async function writePdf(doc: PDFDocument, sink: (chunk: Uint8Array) => Promise<void> | void): Promise<number> {
  await doc.flush();
  const [major = 1, minor = 0] = doc.context.header.getVersionString().split('.').map(Number);
  const useObjectStreams = pdfaPart(doc) !== 1 && (major > 1 || minor >= 5);
  const writer = useObjectStreams ? PDFStreamWriter.forContext(doc.context, 50) : PDFWriter.forContext(doc.context, 50);
  const steps = writer as unknown as WriterSteps;
  const plan = await steps.computeBufferSize(false);
  const scratch = Buffer.alloc(SCRATCH_BYTES);
  let used = 0;
  let written = 0;
  const flush = async (): Promise<void> => {
    if (used > 0) await sink(scratch.subarray(0, used));
    written += used;
    used = 0;
  };
  const putBytes = async (bytes: Uint8Array): Promise<void> => {
    if (used + bytes.length > SCRATCH_BYTES) await flush();
    if (bytes.length > SCRATCH_BYTES) {
      await sink(bytes);
      written += bytes.length;
    } else {
      scratch.set(bytes, used);
      used += bytes.length;
    }
  };
  const put = async (part: Serialisable): Promise<void> => {
    const size = part.sizeInBytes();
    if (size > SCRATCH_BYTES) {
      const own = new Uint8Array(size);
      part.copyBytesInto(own, 0);
      return putBytes(own);
    }
    if (used + size > SCRATCH_BYTES) await flush();
    used += part.copyBytesInto(scratch, used);
  };
  /** A stream as PDFStream.copyBytesInto writes it, its contents straight from where they are held. */
  const putStream = async (stream: PDFStream): Promise<void> => {
    stream.updateDict();
    await put(stream.dict);
    await putBytes(ascii('\nstream\n'));
    await putBytes(stream.getContents());
    await putBytes(ascii('\nendstream'));
  };
  await put(plan.header);
  await putBytes(ascii('\n\n'));
  for (const [ref, object] of plan.indirectObjects) {
    if (!steps.shouldSave(false, ref.objectNumber, plan.indirectObjects)) continue;
    if (steps.shouldSkipCopiedObjectStream(object)) continue;
    await putBytes(ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`));
    if (object instanceof PDFStream) await putStream(object);
    else await put(object);
    await putBytes(ascii('\nendobj\n\n'));
  }
  if (plan.xref) {
    await put(plan.xref);
    await putBytes(ascii('\n'));
  }
  if (plan.trailerDict) {
    await put(plan.trailerDict);
    await putBytes(ascii('\n\n'));
  }
  await put(plan.trailer);
  await flush();
  return written;
}

/** The PDF/A part the catalog's XMP declares, as pdf-lib's save reads it (PDF/A-1 forbids object streams). */
function pdfaPart(doc: PDFDocument): number | undefined {
  try {
    const meta = doc.catalog.lookup(PDFName.of('Metadata'));
    if (!(meta instanceof PDFRawStream)) return undefined;
    return parsePDFAConformanceFromXmp(new TextDecoder('utf-8').decode(decodePDFRawStream(meta).decode()))?.part;
  } catch {
    return undefined;
  }
}
