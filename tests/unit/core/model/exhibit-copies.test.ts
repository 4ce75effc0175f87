import { describe, expect, it } from 'vitest';
import { exhibitSchema, filedCopy, type AppliedRedaction, type RedactionMark } from '../../../../src-main/core/model/case.ts';

const sha = (c: string) => c.repeat(64);
const base = { id: 'ex-1', title: 'Police report', blobId: 'blob-original', sha256: sha('a') };
const ocr = {
  blobId: 'blob-ocr',
  sha256: sha('b'),
  langs: ['en'],
  pages: [1, 2],
  madeAt: '2026-12-07T08:00:00Z',
  engine: 'tesseract.js 7.0.0',
};
const mark: RedactionMark = {
  id: 'mark-1',
  page: 1,
  rect: { left: 72, bottom: 700, right: 180, top: 720 },
  reason: 'thirdParty',
  source: 'area',
  markedAt: '2026-12-07T08:10:00Z',
};

describe('the copy of an exhibit a packet files', () => {
  it('is the redacted copy once marks are applied, else the searchable copy, else the original', () => {
    expect(filedCopy(base)).toEqual({ blobId: 'blob-original', sha256: sha('a'), kind: 'original' });
    expect(filedCopy({ ...base, ocr })).toEqual({ blobId: 'blob-ocr', sha256: sha('b'), kind: 'ocr' });
    expect(filedCopy({ ...base, ocr, redaction: { marks: [mark] } })?.kind).toBe('ocr');
    const applied: AppliedRedaction = {
      blobId: 'blob-redacted',
      sha256: sha('c'),
      appliedAt: '2026-12-07T08:20:00Z',
      basedOn: 'ocr',
      log: [mark],
    };
    expect(filedCopy({ ...base, ocr, redaction: { marks: [], applied } })).toEqual({
      blobId: 'blob-redacted',
      sha256: sha('c'),
      kind: 'redacted',
    });
    expect(filedCopy(exhibitSchema.parse({ id: 'ex-2', title: 'Described, not imported' }))).toBeUndefined();
  });

  it('stores marks and copies in the case, refusing a mark without width or height and an unknown reason', () => {
    expect(exhibitSchema.safeParse({ ...base, ocr, redaction: { marks: [mark] } }).success).toBe(true);
    expect(
      exhibitSchema.safeParse({ ...base, redaction: { marks: [{ ...mark, rect: { left: 72, bottom: 700, right: 72, top: 720 } }] } })
        .success,
    ).toBe(false);
    expect(exhibitSchema.safeParse({ ...base, redaction: { marks: [{ ...mark, reason: 'because' }] } }).success).toBe(false);
  });
});
