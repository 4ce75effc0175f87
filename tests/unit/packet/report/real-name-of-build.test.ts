import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { packetDocuments } from '../../../../src-main/packet/contents/generated.ts';
import { DEFAULT_PACKET_OPTIONS } from '../../../../src-main/packet/plan/plan.ts';
import type { PacketManifest } from '../../../../src-main/packet/report/manifest.ts';
import { buildRealNameReport } from '../../../../src-main/packet/report/real-name-of-build.ts';
import type { PacketSource } from '../../../../src-main/packet/request.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { counsel, load, withoutPseudonym } from '../../documents/builders/helpers.ts';

const store = createTemplateStore();
const lai = load('case1-lai');

function report(c: Case) {
  const documents = packetDocuments(
    ['cover-letter', 'release-plan', 'chronology'],
    { case: c, counsel, lang: 'en', today: '2026-03-17', templates: store.set('en') },
    new Set(),
  );
  const exhibit: PacketSource = {
    kind: 'exhibit',
    exhibitId: 'x1',
    title: 'Support letter',
    author: 'LAI Wing-sze',
    sha256: '',
    original: () => Promise.resolve(new Uint8Array()),
  };
  const input = (tab: string, key: string, title: string, kind: 'generated' | 'exhibit' = 'generated') => ({
    tab,
    kind,
    key,
    ...(kind === 'exhibit' ? { exhibitId: key } : {}),
    title,
    sha256: '',
    pages: 1,
    volume: 1,
    firstPage: 1,
    lastPage: 1,
    firstLabel: '1',
    lastLabel: '1',
  });
  const manifest: PacketManifest = {
    format: 'dossier-packet-manifest',
    version: 1,
    buildId: 'b',
    builtAt: '2026-03-17T14:00:00.000Z',
    caseId: c.id,
    preset: 'detention-release-plan',
    options: DEFAULT_PACKET_OPTIONS,
    caps: {},
    inputs: [...documents.map((d, i) => input(i === 0 ? '' : String(i), d.key, d.title)), input('3', 'x1', 'Support letter', 'exhibit')],
    outputs: [
      { format: 'pdf', fileName: '0003-B6-01234 – ID – Release plan.pdf', sha256: '', bytes: 1, pages: 4, firstLabel: '1', lastLabel: '4' },
    ],
    skipped: [],
  };
  return buildRealNameReport(c, documents, [exhibit], manifest);
}

describe('the real-name report of a built packet', () => {
  it("lists counsel's typed text, an exhibit's author and the unsearched exhibits, for a client with a pseudonym", () => {
    expect(report(lai)).toEqual([
      { place: 'document', tab: '1', title: 'Release plan — W.S.L.', forms: ['family'], reason: 'entered-text' },
      { place: 'title', tab: '3', title: 'Support letter', forms: ['full', 'family', 'given'], reason: 'entered-text' },
      { place: 'exhibits', tab: '', title: '', forms: [], reason: 'not-checked' },
    ]);
  });

  it('is left out when the client has no pseudonym', () => {
    expect(report(withoutPseudonym(lai))).toBeUndefined();
  });

  it('calls everything not public before IRCC, where the documents keep the real name', () => {
    const entries = report({ ...lai, matter: { ...lai.matter, forum: 'IRCC' } }) ?? [];
    expect(entries.filter((e) => e.place === 'document').map((e) => [e.tab, e.reason])).toEqual([
      ['', 'not-public'],
      ['1', 'not-public'],
      ['2', 'not-public'],
    ]);
  });
});
