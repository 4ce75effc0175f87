import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src-main/core/model/case.ts';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import type { Services } from '../../src-main/services/index.ts';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { channelCaller, counsel, importFixtureCase, openTestServices, type CaseFile } from '../helpers/services.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-matter-'));
let services: Services;

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
const pageText = (file: string, n: number): string => run('pdftotext', '-layout', '-f', String(n), '-l', String(n), file, '-');
const flat = (text: string): string => text.replace(/\s+/gu, ' ');
const lai = JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as CaseFile & { case: Case };

interface Built {
  readonly manifest: PacketManifest;
  readonly file: string;
  readonly fileName: string;
  readonly pages: number;
}

/** Imports case 1 under `id` with its matter changed, attaches a sample to each exhibit, builds the release-plan packet. */
async function build(id: string, matter: Partial<Case['matter']>): Promise<Built> {
  const file = { ...lai, case: { ...lai.case, id, matter: { ...lai.case.matter, ...matter } } };
  await importFixtureCase(services, file, {
    work,
    sample: async (_, index) => ({ bytes: await textPdf(`Sample exhibit ${index + 1}`, 1), ext: 'pdf' }),
  });
  const out = path.join(work, `out-${id}`);
  const { manifest } = await services.packets.build({ caseId: id, preset: 'detention-release-plan', outDir: out, skipBadExhibits: false });
  const volume = manifest.outputs.find((o) => o.format === 'pdf');
  const pdf = path.join(out, volume?.fileName ?? '');
  return { manifest, file: pdf, fileName: volume?.fileName ?? '', pages: Number(run('qpdf', '--show-npages', pdf).trim()) };
}

/** The pages of the generated documents (cover letter, release plan…), as the manifest places them. */
function generatedPages(built: Built): number[] {
  return built.manifest.inputs
    .filter((i) => i.exhibitId === undefined)
    .flatMap((i) => Array.from({ length: i.lastPage - i.firstPage + 1 }, (_, k) => i.firstPage + k));
}

let english: Built;
let french: Built;
let unnumbered: Built;

beforeAll(async () => {
  ({ services } = await openTestServices(path.join(work, 'vault'), { passphrase: 'matter passphrase, not secret', counsel }));
  english = await build('lai-en', {});
  french = await build('lai-fr', { languageOfProceedings: 'fr' });
  unnumbered = await build('lai-none', { fileNumbers: [] });
}, 240_000);
afterAll(async () => {
  await services.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('the matter in a built release-plan packet', () => {
  it('names the packet file by the IRB file number', () => {
    expect(english.fileName).toBe('0003-B6-01234 – ID – Release plan.pdf');
    expect(french.fileName).toBe('0003-B6-01234 – SI – Plan de mise en liberté.pdf');
  });

  it('prints the file numbers on the cover letter and in the running header of every page of every generated document', () => {
    const cover = flat(pageText(english.file, 1));
    expect(cover).toContain('ID file no. 0003-B6-01234 · CBSA file no. CBSA-TOR-2026-5531');
    // Case 1 has a pseudonym, and what is filed with the Immigration Division may become public.
    expect(cover).toMatch(/Re: W\.S\.L\..*ID file no\. 0003-B6-01234; CBSA file no\. CBSA-TOR-2026-5531/u);
    const pages = generatedPages(english);
    expect(pages.length).toBeGreaterThan(2);
    for (const n of pages) expect(flat(pageText(english.file, n))).toContain('ID file no. 0003-B6-01234');
  });

  it('heads the list of documents with the forum, the numbers and the parties', () => {
    const list = english.manifest.inputs.find((i) => i.title === 'List of documents')?.firstPage ?? 2;
    const text = flat(pageText(english.file, list));
    for (const line of [
      'Immigration and Refugee Board of Canada – Immigration Division',
      'ID file no. 0003-B6-01234',
      'CBSA file no. CBSA-TOR-2026-5531',
      'Person concerned: W.S.L.',
      'Minister of Public Safety and Emergency Preparedness',
    ])
      expect(text).toContain(line);
  });

  it('writes it all in French when the proceedings are in French', () => {
    expect(flat(pageText(french.file, 1))).toContain('Dossier de la SI nº 0003-B6-01234');
    const all = flat(run('pdftotext', '-layout', french.file, '-'));
    expect(all).toContain('Commission de l’immigration et du statut de réfugié du Canada – Section de l’immigration');
    expect(all).toContain('Personne concernée : W.S.L.');
    expect(all).not.toContain('ID file no.');
  });

  it('carries the file number in the PDF title, subject and keywords', () => {
    const info = run('pdfinfo', english.file);
    expect(info).toMatch(/^Title:\s+.*0003-B6-01234/mu);
    expect(info).toMatch(/^Subject:\s+Immigration and Refugee Board of Canada – Immigration Division – ID file no\.\s0003-B6-01234/mu);
    expect(info).toMatch(/^Keywords:\s+0003-B6-01234 CBSA-TOR-2026-5531$/mu);
  });

  it('names a case without a file number after the client, never its id, and says so in the manifest', async () => {
    // Named after the client as the filing names her: by her pseudonym.
    expect(unnumbered.fileName).toBe('W.S.L. – ID – Release plan.pdf');
    expect(unnumbered.fileName).not.toContain('lai-none');
    expect(unnumbered.manifest.warnings?.map((w) => [w.code, w.path])).toEqual([['noFileNumber', 'matter.fileNumbers']]);
    // The file number entered afterwards (as the File tab saves it) names the next build.
    const call = channelCaller(services);
    const stored = (await call('caseGet', { id: 'lai-none' })) as { case: Case; revision: number };
    const fileNumbers = [{ issuer: 'IRB', value: '0003-B6-07777' }];
    await call('caseSave', { case: { ...stored.case, matter: { ...stored.case.matter, fileNumbers } }, revision: stored.revision });
    const { manifest } = await services.packets.build({
      caseId: 'lai-none',
      preset: 'detention-release-plan',
      outDir: path.join(work, 'again'),
      skipBadExhibits: false,
    });
    expect(manifest.outputs[0]?.fileName).toBe('0003-B6-07777 – ID – Release plan.pdf');
    expect(manifest.warnings).toBeUndefined();
  });
});
