import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { caseSchema, type Case } from '../../../src-main/core/model/case.ts';
import { sha256Hex } from '../../../src-main/packet/report/manifest.ts';
import { buildCasePacket } from '../../../src-main/services/packet-build.ts';
import { packetPresetNames, type PacketPresetName } from '../../../src-main/core/packet-presets.ts';
import type { PacketRenderers } from '../../../src-main/packet/pages/ports.ts';
import { SourceCache } from '../../../src-main/packet/contents/source-cache.ts';
import { previewPacket } from '../../../src-main/services/packet-preview.ts';
import { createTemplateStore } from '../../../src-main/services/templates-store.ts';
import type { VaultApi } from '../../../src-main/vault/types.ts';
import { counsel } from '../../helpers/counsel.ts';
import { withPrivacyApplication } from '../documents/builders/helpers.ts';

/** The case's ID Rules applications as drafts, not yet filed. */
const draftApplications = (c: Case): Case => ({
  ...c,
  detention: {
    ...c.detention,
    applications: (c.detention.applications ?? []).map(({ filedOn: _filed, ...a }) => ({ ...a, status: 'draft' as const })),
  },
});

const store = createTemplateStore();
const documents = { counsel: () => counsel, templates: store.set.bind(store) };
const now = () => new Date(Date.UTC(2026, 2, 17, 12));
const work = mkdtempSync(path.join(tmpdir(), 'dossier-preview-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function pdfOf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) doc.addPage([612, 792]).drawText(`page ${i + 1}`, { x: 72, y: 700, size: 12 });
  return doc.save();
}

const renderers: PacketRenderers = {
  listOfDocuments: () => pdfOf(1),
  volumeCover: () => pdfOf(1),
  renderDocument: () => pdfOf(1),
};
const openRenderers = () => Promise.resolve({ renderers, close: () => Promise.resolve() });

/** The fixture case with every exhibit imported (1 to 3 pages), kept in memory. */
async function importedCase(edit: (c: Case) => Case, fixture = 'case2-srisuk.json'): Promise<{ value: Case; vault: VaultApi }> {
  const raw = (JSON.parse(readFileSync(`tests/fixtures/cases/${fixture}`, 'utf8')) as { case: unknown }).case;
  const base = caseSchema.parse(raw);
  const blobs = new Map<string, Uint8Array>();
  const exhibits = [];
  for (const [index, e] of base.exhibits.entries()) {
    const pages = 1 + (index % 3);
    const bytes = await pdfOf(pages);
    blobs.set(`blob-${e.id}`, bytes);
    exhibits.push({ ...e, blobId: `blob-${e.id}`, sha256: sha256Hex(bytes), pages });
  }
  let value = edit({ ...base, exhibits });
  const vault = {
    readCase: () => Promise.resolve({ case: value, revision: 1 }),
    writeCase: (next: Case) => {
      value = next;
      return Promise.resolve({ revision: 2 });
    },
    getBlob: (id: string) => Promise.resolve(blobs.get(id) ?? new Uint8Array()),
  } as unknown as VaultApi;
  return { value, vault };
}

const cases: [string, PacketPresetName, (c: Case) => Case][] = [
  ['a declaration with a tab of its own', 'hc', (c) => c],
  [
    'a declaration joining its original exhibit as a sub-tab',
    'hc',
    (c) => ({ ...c, statements: c.statements.map((s) => ({ ...s, originalExhibitId: 'x-noa' })) }),
  ],
  ['a preset without declarations', 'detention-disclosure', (c) => c],
  [
    'a translation exhibit joining its original',
    'detention-disclosure',
    (c) => ({ ...c, exhibits: c.exhibits.map((e, i) => (i === 2 ? { ...e, partOf: 'x-birth-cert' } : e)) }),
  ],
];

describe('the packet preview', () => {
  it.each(cases)('numbers and orders documents as the build does: %s', async (name, preset, edit) => {
    const { value, vault } = await importedCase(edit);
    const preview = previewPacket(value, preset, { vault, documents, now });
    const out = path.join(work, name.replace(/\W+/gu, '-'));
    const { manifest } = await buildCasePacket(
      { caseId: value.id, preset, outDir: out, skipBadExhibits: false },
      { vault, documents, openRenderers, cache: new SourceCache(), now, newId: () => 'build-1' },
    );
    expect(preview.entries.map((e) => [e.tab, e.key])).toEqual(manifest.inputs.map((i) => [i.tab, i.key]));
    expect(preview.entries.map((e) => e.title)).toEqual(manifest.inputs.map((i) => i.title));
    // Generated documents are one page each in the preview and here, so every number agrees too.
    expect(preview.entries.map((e) => [e.firstLabel, e.lastLabel])).toEqual(manifest.inputs.map((i) => [i.firstLabel, i.lastLabel]));
    expect(preview.entries[0]).toMatchObject({ tab: '', key: 'generated:cover-letter', estimated: true });
    expect(preview.entries[1]).toMatchObject({ tab: '1', key: 'generated:chronology', estimated: true });
  });

  it('places generated documents with plain titles when there is no counsel profile yet', async () => {
    const { value, vault } = await importedCase((c) => c);
    const preview = previewPacket(value, 'hc', { vault, documents: { ...documents, counsel: () => undefined }, now });
    const birth = value.statements.find((st) => st.id === 'st-birth-cert')?.title ?? '';
    // The Thai birth certificate is imported: it is the tab, and its translation and the certified
    // member's certificate IRCC takes are its sub-tabs.
    expect(preview.entries.slice(0, 5).map((e) => [e.tab, e.title, e.pages])).toEqual([
      ['', 'Cover letter', 1],
      ['1', 'Chronology', 1],
      ['2', 'Birth certificate (Thai)', 1],
      ['2a', `Translation — ${birth}`, 1],
      ['2b', `Certificate of translation — ${birth}`, 1],
    ]);
    expect(preview.entries[5]).toMatchObject({ tab: '3', key: 'x-house-reg', kind: 'exhibit', estimated: false });
  });

  it("Case 1's release-plan packet: the letter and the accepted bondsperson's declaration first, the statement of service last", async () => {
    const { value, vault } = await importedCase((c) => c, 'case1-lai.json');
    const preview = previewPacket(value, 'detention-release-plan', { vault, documents, now });
    const { manifest } = await buildCasePacket(
      { caseId: value.id, preset: 'detention-release-plan', outDir: path.join(work, 'case1'), skipBadExhibits: false },
      { vault, documents, openRenderers, cache: new SourceCache(), now, newId: () => 'build-1' },
    );
    const listed = manifest.inputs.map((i) => [i.tab, i.key]);
    expect(preview.entries.map((e) => [e.tab, e.key])).toEqual(listed);
    expect(listed).toEqual([
      ['', 'generated:cover-letter'],
      ['1', 'generated:release-plan'],
      ['2', 'generated:bondsperson:p-chan-kwok-wai'],
      ['3', 'generated:chronology'],
      // The client's statement has no original imported here: its side-by-side statement is the
      // tab, and the translator's declaration its sub-tab.
      ['4', 'generated:statement:st-client-1'],
      ['4a', 'generated:declaration:st-client-1'],
      ['5', 'x-chan-t4'],
      ['6', 'x-chan-bank'],
      ['7', 'x-chan-lease'],
      ['8', 'x-seizure-notice'],
      ['9', 'generated:proof-of-service'],
    ]);
    // HO was rejected: no declaration is filed for her.
    expect(listed.some(([, key]) => key?.includes('tina-ho'))).toBe(false);
  });
});

describe('the H&C application preview', () => {
  it('orders and numbers the tabs slot by slot as the build does, and names the file each goes to', async () => {
    const { value, vault } = await importedCase((c) => c);
    const preview = previewPacket(value, 'hc-application', { vault, documents, now });
    const { manifest } = await buildCasePacket(
      { caseId: value.id, preset: 'hc-application', outDir: path.join(work, 'hc-application'), skipBadExhibits: false },
      { vault, documents, openRenderers, cache: new SourceCache(), now, newId: () => 'build-1' },
    );
    expect(preview.entries.map((e) => [e.tab, e.key, e.firstLabel, e.lastLabel])).toEqual(
      manifest.inputs.map((i) => [i.tab, i.key, i.firstLabel, i.lastLabel]),
    );
    const fileTitle = (volume: number) => manifest.files?.[volume - 1]?.title;
    expect(preview.entries.map((e) => e.file)).toEqual(manifest.inputs.map((i) => fileTitle(i.volume)));
    expect(preview.entries[0]).toMatchObject({ tab: '', key: 'generated:hc-submission', file: 'Submission letter and index' });
  });
});

describe('the numbering the Packets tab shows', () => {
  it.each(packetPresetNames)('is the numbering the build stamps: %s', async (preset) => {
    const fixture = preset === 'detention-release-plan' || preset === 'detention-application' ? 'case1-lai.json' : 'case2-srisuk.json';
    // The application packet files the applications recorded as drafts: Case 1's r.45 one, as a draft.
    const edit = preset === 'detention-application' ? withPrivacyApplication : (c: Case) => c;
    const { value, vault } = await importedCase((c) => draftApplications(edit(c)), fixture);
    const preview = previewPacket(value, preset, { vault, documents, now });
    const { manifest } = await buildCasePacket(
      { caseId: value.id, preset, outDir: path.join(work, `numbering-${preset}`), skipBadExhibits: false },
      { vault, documents, openRenderers, cache: new SourceCache(), now, newId: () => 'build-1' },
    );
    const { labelStyle, startNumber, dividers, numberCover, numberList } = manifest.options;
    expect(preview.numbering).toEqual({ labelStyle, startNumber, dividers, numberCover, numberList });
    expect(preview.entries.map((e) => e.firstLabel)).toEqual(manifest.inputs.map((i) => i.firstLabel));
  });
});

describe('the application packet', () => {
  it('is refused when no application is recorded as a draft, naming the field', async () => {
    const { value, vault } = await importedCase((c) => c, 'case1-lai.json');
    await expect(
      buildCasePacket(
        { caseId: value.id, preset: 'detention-application', outDir: path.join(work, 'no-draft'), skipBadExhibits: false },
        { vault, documents, openRenderers, cache: new SourceCache(), now, newId: () => 'build-1' },
      ),
    ).rejects.toMatchObject({ issues: [{ path: 'detention.applications', code: 'applicationNoDraft' }] });
  });
});
