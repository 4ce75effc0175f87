import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { forPacket } from '../../../../src-main/packet/contents/generated.ts';
import { build, load } from './helpers.ts';

const lai = load('case1-lai');
const NBSP = '\u00a0';

describe('the matter on every page of a generated document', () => {
  it("prints the file numbers as the running header, in the document's language, and keeps the footer", () => {
    const en = build(lai, 'letter');
    expect(en.page.header).toEqual({ center: `ID file no.${NBSP}0003-B6-01234 · CBSA file no.${NBSP}CBSA-TOR-2026-5531`, lang: 'en' });
    expect(en.page.footer?.center).toBe('Page {page} of {pages}');
    const fr = build(lai, 'timeline', { lang: 'fr' });
    expect(fr.page.header?.center).toBe(`Dossier de la SI nº${NBSP}0003-B6-01234 · Dossier de l’ASFC nº${NBSP}CBSA-TOR-2026-5531`);
  });

  it('gives the PDF a subject naming the forum and keywords carrying the file number', () => {
    const doc = build(lai, 'release-plan');
    expect(doc.meta.subject).toBe(
      `Immigration and Refugee Board of Canada – Immigration Division – ID file no.${NBSP}0003-B6-01234 · CBSA file no.${NBSP}CBSA-TOR-2026-5531`,
    );
    expect(doc.meta.keywords).toEqual(['0003-B6-01234', 'CBSA-TOR-2026-5531']);
  });

  it("keeps the header inside a packet, where only the footer gives way to the packet's page numbers", () => {
    const printed = forPacket(build(lai, 'letter'));
    expect(printed.page.header?.center).toContain('0003-B6-01234');
    expect(printed.page.footer).toBeUndefined();
  });

  it('leaves the page alone for a case without numbers', () => {
    const bare: Case = { ...lai, matter: { ...lai.matter, fileNumbers: [] } };
    const doc = build(bare, 'letter');
    expect(doc.page.header).toBeUndefined();
    expect(doc.meta.keywords).toBeUndefined();
  });
});
