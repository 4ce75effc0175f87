import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError, type DossierError } from '../../src-main/core/errors.ts';
import type { Case } from '../../src-main/core/model/case.ts';
import { invokeChannel } from '../../src-main/ipc/invoke.ts';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import type { Services } from '../../src-main/services/index.ts';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { counsel, importFixtureCase, openTestServices } from '../helpers/services.ts';
import { editFirstTranslation } from '../helpers/translations.ts';

/**
 * Case 2's H&C application built for the portal: one file per slot, each under the cap, every
 * page of every input in its slot's file, and the build refused — before anything is written —
 * when a bar applies, when a family member translated, or when a slot cannot fit.
 */

const work = mkdtempSync(path.join(tmpdir(), 'dossier-hc-application-'));
let services: Services;
let caseId: string;

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
const pages = (file: string): number => Number(run('qpdf', '--show-npages', file).trim());
const flat = (text: string): string => text.replace(/\s+/gu, ' ');

/** A colour scan of noise: JPEG compresses it badly, as it does a real photographed page. */
async function noisyScan(seed: number, width = 1700, height = 2200): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let x = seed;
  for (let i = 0; i < raw.length; i += 1) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = 128 + ((x >> 16) % 96) - 48;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toBuffer();
}

async function build(id: string, out: string, maxBytes?: number): Promise<PacketManifest> {
  const { manifest } = await services.packets.build({
    caseId: id,
    preset: 'hc-application',
    outDir: out,
    skipBadExhibits: false,
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });
  return manifest;
}

async function refusal(id: string, maxBytes?: number): Promise<DossierError> {
  try {
    await build(id, path.join(work, `refused-${id}`), maxBytes);
  } catch (error) {
    if (isDossierError(error)) return error;
    throw error;
  }
  throw new Error('the build was not refused');
}

async function editCase(id: string, change: (c: Case) => Case): Promise<void> {
  const stored = await services.vault.readCase(id);
  await services.vault.writeCase(change(stored.case), stored.revision);
}

async function importCase2(copyId?: string): Promise<string> {
  const imported = await importFixtureCase(services, 'case2-srisuk.json', {
    work,
    caseId: copyId,
    // The notices of assessment and the psychologist's report arrive as phone scans.
    sample: async (exhibit, index) =>
      exhibit.id === 'x-noa' || exhibit.id === 'x-psych-report'
        ? { bytes: await noisyScan(index + 1), ext: 'jpg' }
        : { bytes: await textPdf(`Sample exhibit ${index + 1}`, 1 + (index % 3)), ext: 'pdf' },
  });
  return imported.caseId;
}

let manifest: PacketManifest;
let out: string;
const CAP = 1_500_000;

beforeAll(async () => {
  ({ services } = await openTestServices(path.join(work, 'vault'), {
    // The day the application was filed through the portal: inside the 12-month bar, lifted by the child exception.
    now: () => new Date(2026, 5, 15, 10, 0),
    passphrase: 'hc application passphrase, not secret',
    counsel,
  }));
  caseId = await importCase2();
  out = path.join(work, 'out');
  manifest = await build(caseId, out, CAP);
}, 240_000);

afterAll(async () => {
  await services.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe("Case 2's H&C application for the portal", () => {
  it('writes one file per slot, in slot order, each under the cap, with the manifest', () => {
    const files = manifest.files ?? [];
    expect(files.map((f) => f.group)).toEqual(['submission', 'establishment', 'bioc', 'hardship', 'letters', 'other']);
    expect(files.map((f) => f.fileName)).toEqual([
      '1122-3344 – IRCC – 01 Submission letter and index.pdf',
      '1122-3344 – IRCC – 02 Establishment in Canada.pdf',
      '1122-3344 – IRCC – 03 Best interests of the child.pdf',
      '1122-3344 – IRCC – 04 Hardship and country conditions.pdf',
      '1122-3344 – IRCC – 05 Letters of support.pdf',
      '1122-3344 – IRCC – 06 Identity and other documents.pdf',
    ]);
    for (const f of files) {
      const bytes = readFileSync(path.join(out, f.fileName));
      expect(bytes.length).toBe(f.bytes);
      expect(bytes.length).toBeLessThanOrEqual(CAP);
      run('qpdf', '--check', path.join(out, f.fileName));
    }
    expect(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))).toMatchObject({
      preset: 'hc-application',
      caps: { maxBytes: CAP },
    });
  });

  it("has every page of every input in its slot's file: the page counts add up", () => {
    for (const [i, f] of (manifest.files ?? []).entries()) {
      const inputs = manifest.inputs.filter((input) => input.volume === i + 1);
      const own = inputs.reduce((n, input) => n + input.pages, 0);
      const listed = i === 0 ? (manifest.inputs[1]?.firstPage ?? 0) - (manifest.inputs[0]?.lastPage ?? 0) - 1 : 0;
      expect(pages(path.join(out, f.fileName))).toBe(own + listed);
      expect(f.pages).toBe(own + listed);
    }
  });

  it('groups the evidence by the factor it proves, the letters behind their index, the translations with their originals', () => {
    const where = (title: string) => manifest.inputs.find((i) => i.title === title);
    const slotOf = (title: string) => (manifest.files ?? [])[(where(title)?.volume ?? 0) - 1]?.group;
    expect(slotOf('Employer letter, nail salon')).toBe('establishment');
    expect(slotOf('Notices of assessment 2022–2025')).toBe('establishment');
    expect(slotOf("Letter from Mali's school")).toBe('bioc');
    expect(slotOf("Child psychologist's report")).toBe('bioc');
    expect(slotOf('Country conditions: debt bondage and returnees, northeastern Thailand')).toBe('hardship');
    expect(slotOf('Letter of support from the abbot (Thai original)')).toBe('letters');
    expect(slotOf('Birth certificate (Thai)')).toBe('other');
    // The index opens the letters' slot; each translated original is a tab with its translation and certification.
    const letters = manifest.inputs.filter(
      (i) => slotOf(i.title) === 'letters' || i.volume === (where('Letter of support from the abbot (Thai original)')?.volume ?? -1),
    );
    expect(letters[0]?.kind).toBe('generated');
    const abbot = where('Letter of support from the abbot (Thai original)');
    const subTabs = manifest.inputs.filter((i) => i.tab.startsWith(abbot?.tab ?? '?') && i.tab !== abbot?.tab).map((i) => i.tab);
    expect(subTabs).toEqual([`${abbot?.tab ?? ''}a`, `${abbot?.tab ?? ''}b`]);
    const house = where('House registration (ทะเบียนบ้าน)');
    expect(manifest.inputs.find((i) => i.tab === `${house?.tab ?? ''}b`)?.title).toMatch(/affidavit/iu);
  });

  it('the submission letter cites its exhibits by tab and Bates page, and those pages hold them', () => {
    const first = path.join(out, manifest.files?.[0]?.fileName ?? '');
    const letter = flat(run('pdftotext', first, '-'));
    expect(letter).toMatch(/SRISUK/u);
    const employer = manifest.inputs.find((i) => i.title === 'Employer letter, nail salon');
    expect(letter).toContain(`Tab ${employer?.tab ?? '?'}`);
    expect(letter).toContain(employer?.firstLabel ?? '?');
    // The employer letter's first page carries its Bates number, in the establishment file.
    const file = path.join(out, manifest.files?.[(employer?.volume ?? 1) - 1]?.fileName ?? '');
    const text = flat(run('pdftotext', file, '-'));
    expect(text).toContain(employer?.firstLabel ?? '?');
  });

  it('downsampled the scans only where the cap required it, and says so', () => {
    const files = manifest.files ?? [];
    const changed = files.filter((f) => f.imagesChanged > 0);
    expect(changed.length).toBeGreaterThan(0);
    for (const f of changed) {
      expect(f.assembledBytes).toBeGreaterThan(CAP);
      expect(f.summary.en[0]).toMatch(/reduced to \d+/u);
      expect(f.summary.fr[0]).toMatch(/réduite/u);
    }
    for (const f of files.filter((x) => x.imagesChanged === 0)) expect(f.bytes).toBe(f.assembledBytes);
    // The friend's Thai letter is not filed (no file yet): a warning in the manifest, not a refusal.
    expect(manifest.warnings?.map((w) => w.code)).toContain('hc.letterUntranslated');
  });
});

describe('the H&C application is refused before anything is written', () => {
  it("when the client's sister translated a document: refused on save, and at build for a case that holds one", async () => {
    const id = await importCase2('case2-sister');
    const stored = (await services.vault.readCase(id)).case;
    const bySister = {
      ...stored,
      statements: stored.statements.map((s) =>
        s.id === 'st-birth-cert'
          ? editFirstTranslation(s, (t) => ({ ...t, translatorId: 'p-sister-translator', certification: 'IRCC_AFFIDAVIT' as const }))
          : s,
      ),
    };
    const saved = await invokeChannel(services.handlers, 'caseSave', { case: bySister, revision: 1 });
    expect(saved.ok).toBe(false);
    if (!saved.ok)
      expect(saved.error.issues?.map((i) => [i.path, i.code])).toContainEqual([
        'statements.1.translations.0.translatorId',
        'translation.translator-is-family',
      ]);
    // Written past the save checks (an older file, a restored backup), the build still refuses it.
    await editCase(id, () => bySister);
    const error = await refusal(id);
    expect(error.issues.map((i) => [i.path, i.code])).toContainEqual([
      'statements.1.translations.0.translatorId',
      'translation.translator-is-family',
    ]);
  });

  it('when the 12-month bar applies and no exception lifts it, naming the first day it can be filed', async () => {
    const id = await importCase2('case2-no-exception');
    await editCase(id, (c) => ({ ...c, hc: { ...c.hc, exceptions: [] } }));
    const error = await refusal(id);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toContainEqual(expect.objectContaining({ path: 'hc.lastNegativeDecision', code: 'hc.bar.twelve-month-bar' }));
    expect(error.issues.find((i) => i.code === 'hc.bar.twelve-month-bar')?.message).toContain('2027-01-21');
  });

  it('when a translation has no certified copy of its original', async () => {
    const id = await importCase2('case2-no-copy');
    await editCase(id, (c) => ({
      ...c,
      statements: c.statements.map((s) => (s.id === 'st-house-reg' ? editFirstTranslation(s, ({ certifiedCopy: _copy, ...t }) => t) : s)),
    }));
    const error = await refusal(id);
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['statements.2.translations.0.certifiedCopy', 'translation.certified-copy-missing'],
    ]);
  });

  it('when one page alone is over the cap, naming the slot', async () => {
    const error = await refusal(caseId, 60_000);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/Submission letter and index|Establishment in Canada|Best interests of the child/u);
  });
});
