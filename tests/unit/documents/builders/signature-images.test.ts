import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { buildDocument } from '../../../../src-main/documents/builders/build-document.ts';
import type { DocumentKind } from '../../../../src-main/documents/builders/document-types.ts';
import {
  COUNSEL_SIGNATURE_ID,
  signatureSize,
  statementSignatureId,
  type SignatureImages,
} from '../../../../src-main/documents/builders/signature-image.ts';
import type { Block, DossierDocument, ImageBlock } from '../../../../src-main/documents/model.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { counsel, load, textOf } from './helpers.ts';
import { editFirstTranslation } from '../../../helpers/translations.ts';

const lai = load('case1-lai');
const store = createTemplateStore();
const statementId = 'st-client-1';
const translatorImage = statementSignatureId(statementId);

/** A wide signature, 600 × 200 px: fitted into the 180 × 54 pt box by its height. */
const wide: SignatureImages = new Map([
  [translatorImage, { mediaType: 'image/png', widthPx: 600, heightPx: 200 }],
  [COUNSEL_SIGNATURE_ID, { mediaType: 'image/png', widthPx: 900, heightPx: 150 }],
]);

function build(c: Case, kind: DocumentKind, signatures?: SignatureImages, lang: 'en' | 'fr' = 'en'): DossierDocument {
  return buildDocument(
    kind,
    { case: c, counsel, lang, today: '2026-03-17', templates: store.set(lang), ...(signatures ? { signatures } : {}) },
    { statementId, letter: { recipient: 'Registry', subject: 'Release', body: ['We ask for release.'] } },
  );
}

const images = (blocks: readonly Block[]): ImageBlock[] => blocks.filter((b): b is ImageBlock => b.type === 'image');

/** The case with the read-back done by the translator of the statement. */
const readBackByTranslator: Case = {
  ...lai,
  statements: lai.statements.map((s) =>
    s.id === statementId && s.translations[0]?.translatorId !== undefined
      ? editFirstTranslation(
          { ...s, readBack: { interpreterId: s.translations[0].translatorId, lang: s.lang, on: '2026-03-12', place: 'Toronto' } },
          (t) => ({
            ...t,
            declaration: {
              translatorName: 'WONG Mei-ling',
              languageAndDialect: '',
              accuracyStatement: '',
              ...t.declaration,
              signatureImage: { mime: 'image/png', base64: 'iVBORw0KGgo=' },
            },
          }),
        )
      : s,
  ),
};

describe('signature images in the documents', () => {
  it("draws the translator's signature right above the signature line of the declaration, fitted into the signature box", () => {
    const doc = build(lai, 'translator-declaration', wide);
    const found = images(doc.blocks);
    expect(found).toEqual([
      {
        type: 'image',
        imageId: translatorImage,
        mediaType: 'image/png',
        alt: expect.stringContaining('WONG Mei-ling') as string,
        widthPt: 162,
        heightPt: 54,
      },
    ]);
    const at = doc.blocks.findIndex((b) => b.type === 'image');
    expect(doc.blocks[at + 1]?.type).toBe('signature');
    // The image stands for the signature: the typed "/s/" line is the fallback only.
    expect(textOf(doc)).not.toContain('/s/');
  });

  it('keeps the typed signature and draws no image when no readable image is on file', () => {
    const doc = build(lai, 'translator-declaration');
    expect(images(doc.blocks)).toEqual([]);
    const typed = lai.statements.find((s) => s.id === statementId)?.translations[0]?.declaration?.typedSignature;
    if (typed !== undefined) expect(textOf(doc)).toContain(`/s/ ${typed}`);
    // An image for another statement is not this translator's signature.
    const other: SignatureImages = new Map([[statementSignatureId('st-other'), { mediaType: 'image/png', widthPx: 10, heightPx: 10 }]]);
    expect(images(build(lai, 'translator-declaration', other).blocks)).toEqual([]);
  });

  it('draws it on the affidavit and the certificate as well, in French too', () => {
    for (const kind of ['translator-declaration', 'translator-affidavit'] as const) {
      const fr = build(lai, kind, wide, 'fr');
      expect(
        images(fr.blocks).map((b) => b.imageId),
        kind,
      ).toEqual([translatorImage]);
    }
  });

  it("draws counsel's signature above the line of a letter's signature block, and nothing without one", () => {
    const doc = build(lai, 'letter', wide);
    const found = images(doc.blocks);
    expect(found).toEqual([
      { type: 'image', imageId: COUNSEL_SIGNATURE_ID, mediaType: 'image/png', alt: counsel.name, widthPt: 180, heightPt: 30 },
    ]);
    const at = doc.blocks.findIndex((b) => b.type === 'image');
    expect(doc.blocks[at + 1]?.type).toBe('signature');
    expect(images(build(lai, 'letter').blocks)).toEqual([]);
    expect(images(build(lai, 'letter', wide, 'fr').blocks).map((b) => b.imageId)).toEqual([COUNSEL_SIGNATURE_ID]);
  });

  it("draws the interpreter's signature on the attestation only when the interpreter translated and signed", () => {
    const signed = build(readBackByTranslator, 'interpreter-attestation', wide);
    expect(images(signed.blocks).map((b) => b.imageId)).toEqual([translatorImage]);
    const other = lai.people.find((p) => p.id !== readBackByTranslator.statements[0]?.translations[0]?.translatorId);
    if (other === undefined) throw new Error('fixture with one person');
    const byAnother: Case = {
      ...readBackByTranslator,
      statements: readBackByTranslator.statements.map((s) =>
        s.readBack ? { ...s, readBack: { ...s.readBack, interpreterId: other.id } } : s,
      ),
    };
    expect(images(build(byAnother, 'interpreter-attestation', wide).blocks)).toEqual([]);
  });

  it('fits any proportions into the box without distorting them', () => {
    expect(signatureSize({ mediaType: 'image/png', widthPx: 100, heightPx: 400 })).toEqual({ widthPt: 13.5, heightPt: 54 });
    expect(signatureSize({ mediaType: 'image/jpeg', widthPx: 2000, heightPx: 100 })).toEqual({ widthPt: 180, heightPt: 9 });
  });
});
