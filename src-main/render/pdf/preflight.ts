import type { DossierDocument } from '../../documents/model.ts';
import { DossierError } from '../../core/errors.ts';
import { checkCoverage } from '../fonts/coverage.ts';
import type { FontLibrary } from '../fonts/library.ts';

/**
 * The coverage pre-flight every output runs first (PDF and DOCX alike): nothing is written if
 * any character lacks a bundled font, and the error names each character and where it is.
 */
export function assertCoverage(doc: DossierDocument, fonts: FontLibrary): void {
  const missing = checkCoverage(doc, fonts);
  if (missing.length > 0) {
    throw new DossierError(
      'VALIDATION',
      `${missing.length} character(s) cannot be shown with the bundled fonts.`,
      missing.map((m) => ({ path: m.path, message: `${m.codePoint} "${m.character}" at offset ${m.offset} has no bundled font` })),
    );
  }
}
