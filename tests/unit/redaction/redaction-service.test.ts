import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../src-main/ipc/contract.ts';
import { PdfDocument } from '../../../src-main/pdf-engine/pdfium.ts';
import { redactionExhibit, SECRET_NAME } from '../../fixtures/redaction/make-redaction-exhibit.ts';
import { counsel, openTestServices, type TestServices } from '../../helpers/services.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-redaction-service-'));
let t: TestServices;
let caseId = '';
let exhibitId = '';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const allText = (bytes: Uint8Array) =>
  PdfDocument.with(bytes, (doc) => Array.from({ length: doc.pageCount }, (_, i) => doc.pageText(i)).join('\n'));

beforeAll(async () => {
  t = await openTestServices(path.join(work, 'vault'), { passphrase: 'correct horse battery staple', counsel });
  const file = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/cases/case1-lai.json'), 'utf8')) as unknown;
  caseId = ((await t.call('caseImport', { file })) as { id: string }).id;
  const notes = path.join(work, 'notes.pdf');
  writeFileSync(notes, await redactionExhibit(2));
  exhibitId = (await t.services.exhibits.importFile({ caseId, path: notes, title: 'CBSA notes' })).exhibit.id;
});
afterAll(async () => {
  await t.services.dispose();
  rmSync(work, { recursive: true, force: true });
});

type Review = Output<'redactionReview'>;

describe('the redaction service', () => {
  it('marks by search and area, removes a mark, applies, applies again from the same base, and removes the redaction', async () => {
    const target = { caseId, exhibitId };
    const original = (await t.services.vault.readCase(caseId)).case.exhibits.find((e) => e.id === exhibitId)!;
    const originalBytes = sha256(await t.services.vault.getBlob(original.blobId!));

    const searched = (await t.call('redactionMarkSearch', { ...target, query: { text: SECRET_NAME }, reason: 'thirdParty' })) as {
      review: Review;
      added: number;
      hits: number;
    };
    expect([searched.hits, searched.added]).toEqual([2, 2]);
    expect(searched.review.marks.map((m) => [m.page, m.source, m.by])).toEqual([
      [1, 'search', counsel.name],
      [2, 'search', counsel.name],
    ]);
    // Shown where the name is printed: a little under a sixth of the way down a letter page,
    // and read in points from the top-left corner (the line's baseline is 132 pt from the top).
    const first = searched.review.marks[0]!;
    expect(first.view.y).toBeGreaterThan(0.15);
    expect(first.view.y + first.view.height).toBeLessThan(0.18);
    expect(first.area.y).toBeGreaterThan(118);
    expect(first.area.y + first.area.height).toBeGreaterThan(132);
    expect(first.area.y + first.area.height).toBeLessThan(138);

    // An area typed in points from the top-left corner is stored in page space for the engine,
    // with the same figures kept for the log, and reads back as typed.
    const typed = { x: 306, y: 396, width: 61.2, height: 39.6 };
    let review = (await t.call('redactionMarkArea', { ...target, page: 2, area: typed, reason: 'other' })) as Review;
    expect(review.marks).toHaveLength(3);
    expect(review.marks[2]!.area).toEqual(typed);
    const stored = (await t.services.vault.readCase(caseId)).case.exhibits.find((e) => e.id === exhibitId)!.redaction!.marks[2]!;
    expect(stored.shown).toEqual(typed);
    expect(stored.rect.left).toBeCloseTo(306, 1);
    expect(stored.rect.right).toBeCloseTo(367.2, 1);
    expect(stored.rect.top).toBeCloseTo(396, 1);
    expect(stored.rect.bottom).toBeCloseTo(356.4, 1);
    review = (await t.call('redactionRemoveMark', { ...target, markId: review.marks[2]!.id })) as Review;
    expect(review.marks).toHaveLength(2);

    const applied = (await t.call('redactionApply', target)) as { review: Review };
    expect(applied.review.marks).toEqual([]);
    expect(applied.review.applied?.log).toHaveLength(2);
    const firstCopy = (await t.services.vault.readCase(caseId)).case.exhibits.find((e) => e.id === exhibitId)!.redaction!.applied!;
    const redacted = await t.services.vault.getBlob(firstCopy.blobId);
    expect(await allText(redacted)).not.toContain('Vandermolen');
    expect(await allText(redacted)).toContain('514-555-0199');

    // More marks: the base is redacted again with every mark so far; the first copy's blob goes.
    await t.call('redactionMarkSearch', { ...target, query: { pattern: 'phone' }, reason: 'contact' });
    const again = (await t.call('redactionApply', target)) as { review: Review };
    expect(again.review.applied?.log.map((m) => m.reason)).toEqual(['thirdParty', 'thirdParty', 'contact', 'contact']);
    const secondCopy = (await t.services.vault.readCase(caseId)).case.exhibits.find((e) => e.id === exhibitId)!.redaction!.applied!;
    const text = await allText(await t.services.vault.getBlob(secondCopy.blobId));
    expect(text).not.toContain('Vandermolen');
    expect(text).not.toContain('514-555-0199');
    expect(text).toContain('interview notes of the officer');
    await expect(t.services.vault.getBlob(firstCopy.blobId)).rejects.toThrow();

    const page = (await t.call('redactionPage', { ...target, page: 1, copy: 'redacted', scale: 0.5 })) as { dataUrl: string };
    expect(page.dataUrl).toMatch(/^data:image\/png;base64,/u);

    // Removing the redaction drops the copy and its blob; the marks come back for review.
    const removed = (await t.call('redactionRemove', target)) as Review;
    expect(removed.applied).toBeNull();
    expect(removed.marks).toHaveLength(4);
    await expect(t.services.vault.getBlob(secondCopy.blobId)).rejects.toThrow();
    expect(sha256(await t.services.vault.getBlob(original.blobId!))).toBe(originalBytes);
  });

  it('refuses to apply without marks and an area on a page the exhibit lacks', async () => {
    await expect(t.call('redactionApply', { caseId, exhibitId: 'ex-nowhere' })).rejects.toThrow(/NOT_FOUND/u);
    await expect(
      t.call('redactionMarkArea', { caseId, exhibitId, page: 9, area: { x: 0, y: 0, width: 72, height: 72 }, reason: 'other' }),
    ).rejects.toThrow(/VALIDATION: Page 9/u);
  });

  it('gives a mark made before its shown area was kept that area when it is next applied', async () => {
    const stored = await t.services.vault.readCase(caseId);
    const older = {
      id: 'rm-older-mark',
      page: 1,
      rect: { left: 72, bottom: 380, right: 432, top: 470 },
      reason: 'other' as const,
      source: 'area' as const,
      markedAt: '2026-01-05T10:00:00.000Z',
    };
    const exhibits = stored.case.exhibits.map((e) => (e.id === exhibitId ? { ...e, redaction: { marks: [older] } } : e));
    await t.services.vault.writeCase({ ...stored.case, exhibits }, stored.revision);
    await t.call('redactionApply', { caseId, exhibitId });
    const log = (await t.services.vault.readCase(caseId)).case.exhibits.find((e) => e.id === exhibitId)!.redaction!.applied!.log;
    expect(log.map((m) => [m.id, m.shown])).toEqual([['rm-older-mark', { x: 72, y: 322, width: 360, height: 90 }]]);
  });
});
