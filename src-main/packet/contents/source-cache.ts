import { PDFDocument } from '@cantoo/pdf-lib';
import type { NormalisedExhibit } from '../../exhibits/normalise.ts';
import { EncodedImages } from '../portal/encoded-images.ts';

interface Entry {
  readonly normalised: NormalisedExhibit;
  doc: PDFDocument | undefined;
}

/**
 * Normalised exhibits (and their parsed PDFs) kept in memory by the original's SHA-256, so a
 * rebuild after editing one document reuses every exhibit that did not change. Bounded by the
 * normalised PDFs' size, least recently used first out. Memory only: nothing here reaches disk.
 * The scans re-encoded to fit the portal's cap are kept beside them and forgotten with them.
 */
export class SourceCache {
  readonly encodedImages = new EncodedImages();
  readonly #entries = new Map<string, Entry>();
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxBytes = 512 * 2 ** 20) {
    this.#maxBytes = maxBytes;
  }

  get(sha256: string): NormalisedExhibit | undefined {
    const entry = this.#entries.get(sha256);
    if (!entry) return undefined;
    this.#entries.delete(sha256);
    this.#entries.set(sha256, entry);
    return entry.normalised;
  }

  set(sha256: string, normalised: NormalisedExhibit): void {
    const old = this.#entries.get(sha256);
    if (old) this.#bytes -= old.normalised.pdf.length;
    this.#entries.set(sha256, { normalised, doc: undefined });
    this.#bytes += normalised.pdf.length;
    for (const [key, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes || key === sha256) break;
      this.#entries.delete(key);
      this.#bytes -= entry.normalised.pdf.length;
    }
  }

  /** The parsed PDF of a cached exhibit; copying pages out of it never modifies it. */
  async parsed(sha256: string): Promise<PDFDocument | undefined> {
    const entry = this.#entries.get(sha256);
    if (!entry) return undefined;
    entry.doc ??= await PDFDocument.load(entry.normalised.pdf, { updateMetadata: false });
    return entry.doc;
  }

  clear(): void {
    this.encodedImages.clear();
    this.#entries.clear();
    this.#bytes = 0;
  }
}
