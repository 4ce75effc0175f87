import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PacketOptionOverrides } from '../../src-main/packet/plan/options.ts';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import type { PacketPresetName } from '../../src-main/core/packet-presets.ts';
import type { Services } from '../../src-main/services/index.ts';
import { scanJpeg, textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { counsel, importFixtureCase, openTestServices } from '../helpers/services.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-acceptance-'));
let services: Services;

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
const pageText = (file: string, n: number): string => run('pdftotext', '-layout', '-f', String(n), '-l', String(n), file, '-');
/** Whitespace collapsed, and a range the table wrapped after its dash joined again. */
const flat = (text: string): string => text.replace(/\s+/gu, ' ').replace(/– /gu, '–');

interface Built {
  readonly caseId: string;
  readonly out: string;
  readonly manifest: PacketManifest;
  readonly file: string;
  readonly pages: number;
  /** Exhibit titles, in import order, with the text printed on each one's first page. */
  readonly exhibits: readonly { title: string; marker: string }[];
}

/**
 * Imports a fixture case and attaches one generated sample file to each described exhibit (text
 * PDFs, the last one a scan), then builds its packet.
 */
async function importAndBuild(
  fixture: string,
  preset: PacketPresetName,
  extra: (caseId: string, dir: string) => Promise<{ title: string; marker: string }[]>,
  options: PacketOptionOverrides,
): Promise<Built> {
  const scanned = (index: number, count: number): boolean => index === count - 1 && preset === 'detention-release-plan';
  const marker = (index: number): string => `Sample exhibit ${index + 1}`;
  const imported = await importFixtureCase(services, fixture, {
    work,
    sample: async (_, index, described) =>
      scanned(index, described.length)
        ? { bytes: await scanJpeg(marker(index)), ext: 'jpg' }
        : { bytes: await textPdf(marker(index), 1 + (index % 3)), ext: 'pdf' },
  });
  const { caseId, dir } = imported;
  const exhibits: { title: string; marker: string }[] = [];
  for (const [index, { described, attached }] of imported.exhibits.entries()) {
    // The sample is the exhibit the case describes: the same id and title.
    expect([attached.id, attached.title]).toEqual([described.id, described.title]);
    exhibits.push({ title: described.title, marker: scanned(index, imported.exhibits.length) ? '' : marker(index) });
  }
  exhibits.push(...(await extra(caseId, dir)));
  const out = path.join(work, `out-${caseId}`);
  const { manifest } = await services.packets.build({
    caseId,
    preset,
    outDir: out,
    skipBadExhibits: false,
    formats: ['pdf', 'docx'],
    options,
  });
  const volume = manifest.outputs.find((o) => o.format === 'pdf');
  const pdf = path.join(out, volume?.fileName ?? '');
  return { caseId, out, manifest, file: pdf, pages: Number(run('qpdf', '--show-npages', pdf).trim()), exhibits };
}

let case1: Built;
let case2: Built;

beforeAll(async () => {
  ({ services } = await openTestServices(path.join(work, 'vault'), { passphrase: 'acceptance passphrase, not secret', counsel }));
  case1 = await importAndBuild('case1-lai.json', 'detention-release-plan', () => Promise.resolve([]), {});
  // Case 2 describes the abbot's Thai letter as an exhibit, so its translator's certification joins its tab.
  case2 = await importAndBuild('case2-srisuk.json', 'hc', () => Promise.resolve([]), {
    labelStyle: { kind: 'bates', prefix: 'APP-', pad: 6 },
  });
}, 120_000);
afterAll(async () => {
  await services.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** qpdf's check, the page count, and each page's own stamp. */
function checkPacket(built: Built, stamp: (n: number, last: number) => string): void {
  expect(run('qpdf', '--check', built.file)).toMatch(/No syntax or stream encoding errors/u);
  const volume = built.manifest.outputs.find((o) => o.format === 'pdf');
  expect(volume?.pages).toBe(built.pages);
  // Every page carries its stamp, and only its own number.
  for (let n = 1; n <= built.pages; n += 1) expect(pageText(built.file, n)).toContain(stamp(n, built.pages));
}

describe('acceptance: both fixture cases built into packets', () => {
  it('case 1 (detention review): cover letter first, a list that matches the real pages, "Page N of M" on every page', () => {
    const { manifest, file } = case1;
    expect(path.basename(file)).toBe('0003-B6-01234 – ID – Release plan.pdf');
    checkPacket(case1, (n, last) => `Page ${n} of ${last}`);

    const first = flat(pageText(file, 1));
    expect(first).toContain(counsel.firm);
    // Case 1's client has a pseudonym: the cover letter names her by it, never by her name.
    expect(first).toContain('W.S.L.');
    expect(first).not.toMatch(/LAI|Wing-sze|黎詠詩/u);

    const inputs = manifest.inputs;
    // The ID's order: cover letter, release plan, the accepted bondsperson's declaration, the
    // chronology, the translated statement as one tab (its original is not imported here, so the
    // side-by-side statement, with the translator's declaration as its sub-tab), the exhibits, and
    // the statement of service last.
    expect(inputs.map((i) => [i.tab, i.key])).toEqual([
      ['', 'generated:cover-letter'],
      ['1', 'generated:release-plan'],
      ['2', 'generated:bondsperson:p-chan-kwok-wai'],
      ['3', 'generated:chronology'],
      ['4', 'generated:statement:st-client-1'],
      ['4a', 'generated:declaration:st-client-1'],
      ...case1.exhibits.map((_, i) => [String(i + 5), expect.any(String) as string]),
      [String(case1.exhibits.length + 5), 'generated:proof-of-service'],
    ]);
    expect(inputs[0]?.title).toBe('Cover letter');
    expect(inputs[3]?.title).toMatch(/^Chronology/u);
    const listPage = (inputs[0]?.lastPage ?? 0) + 1;
    const list = flat(pageText(file, listPage));
    expect(list).toContain('List of documents');
    for (const input of inputs) {
      const range = input.firstPage === input.lastPage ? `${input.firstPage}` : `${input.firstPage}–${input.lastPage}`;
      expect(list).toContain(range);
      expect(list).toContain(input.title.slice(0, 20));
    }
    // Each listed start page really opens that document.
    expect(flat(pageText(file, inputs[3]?.firstPage ?? 0))).toMatch(/Chronology/u);
    const exhibitInputs = inputs.filter((i) => i.kind === 'exhibit');
    case1.exhibits.forEach((exhibit, i) => {
      const input = exhibitInputs[i];
      expect(input?.title).toBe(exhibit.title);
      const text = flat(pageText(file, input?.firstPage ?? 0));
      expect(text).toContain(`Tab ${input?.tab}`);
      if (exhibit.marker !== '') expect(text).toContain(`${exhibit.marker} - page 1 of`);
    });
    // The release plan cites each bondsperson exhibit at the tab and page where it landed.
    const plan = inputs[1];
    const letter = flat(run('pdftotext', '-layout', '-f', String(plan?.firstPage), '-l', String(plan?.lastPage), file, '-'));
    for (const id of ['x-chan-t4', 'x-chan-bank', 'x-chan-lease']) {
      const input = exhibitInputs.find((x) => x.exhibitId === id);
      expect(letter).toContain(`Tab ${input?.tab}, p. ${input?.firstPage}`);
    }
    const service = flat(pageText(file, inputs.at(-1)?.firstPage ?? 0));
    expect(service).toMatch(/Statement of service|service/iu);
    const outline = JSON.parse(run('qpdf', '--json', '--json-key=outlines', file)) as {
      outlines: { title: string; kids: { title: string }[] }[];
    };
    // One bookmark per tab; a sub-tab (the declaration, 4a) is a bookmark inside its tab's.
    const isSubTab = (tab: string): boolean => /[a-z]$/u.test(tab);
    expect(outline.outlines.map((o) => o.title)).toEqual([
      'Cover letter',
      'List of documents',
      ...inputs
        .slice(1)
        .filter((i) => !isSubTab(i.tab))
        .map((i) => `Tab ${i.tab} – ${i.title}`),
    ]);
    expect(outline.outlines.find((o) => o.title.startsWith('Tab 4 '))?.kids.map((k) => k.title)).toEqual(
      inputs.filter((i) => i.tab === '4a').map((i) => `Tab ${i.tab} – ${i.title}`),
    );
  });

  it("case 2 (H&C): Bates numbers on every page, Thai dates in the chronology, the translation and the member's certificate as sub-tabs", () => {
    const { manifest, file } = case2;
    expect(path.basename(file)).toBe('1122-3344 – IRCC – H&C application.pdf');
    checkPacket(case2, (n) => `APP-${String(n).padStart(6, '0')}`);

    const first = flat(pageText(file, 1));
    expect(first).toContain(counsel.firm);
    expect(first).toMatch(/SRISUK/iu);
    expect(first).toContain('กนกวรรณ');

    const inputs = manifest.inputs;
    const tabs = inputs.map((i) => i.tab);
    // The Thai originals (birth certificate, house registration, the abbot's letter) are each one
    // tab: the translation and the certification IRCC takes (the certified member's certificate,
    // or the translator's affidavit) follow as sub-tabs a and b.
    const translated = new Set([
      'Birth certificate (Thai)',
      'House registration (ทะเบียนบ้าน)',
      'Letter of support from the abbot (Thai original)',
    ]);
    const expected = [''].concat(
      ['1'],
      case2.exhibits.flatMap((exhibit, i) => {
        const tab = String(i + 2);
        return translated.has(exhibit.title) ? [tab, `${tab}a`, `${tab}b`] : [tab];
      }),
    );
    expect(tabs).toEqual(expected);
    const abbot = inputs.findIndex((i) => i.title === 'Letter of support from the abbot (Thai original)');
    expect(inputs[abbot + 1]?.title).toMatch(/— translation \(English\)$/u);
    expect(inputs[abbot + 2]?.title).toMatch(/^Certificate of translation/u);
    expect(inputs[abbot + 2]?.kind).toBe('generated');
    const house = inputs.findIndex((i) => i.title === 'House registration (ทะเบียนบ้าน)');
    expect(inputs[house + 2]?.title).toMatch(/affidavit/iu);

    // The list of documents runs from the page after the cover letter to the page before Tab 1.
    const listPages = ['-layout', '-f', String((inputs[0]?.lastPage ?? 0) + 1), '-l', String((inputs[1]?.firstPage ?? 2) - 1)];
    const list = flat(run('pdftotext', ...listPages, file, '-'));
    for (const input of inputs) {
      // A range the Pages column wraps after its dash may have a wrapped title's second line between its ends.
      if (input.firstLabel === input.lastLabel) expect(list).toContain(input.firstLabel);
      else expect(list).toMatch(new RegExp(`${input.firstLabel}–(?:[^–]*? )?${input.lastLabel}`, 'u'));
    }
    const chronology = flat(run('pdftotext', '-f', String(inputs[1]?.firstPage), '-l', String(inputs[1]?.lastPage), file, '-'));
    // The date as the source wrote it, its Gregorian date in brackets below it in the same cell
    // (pdftotext reads the cell's second line after the rest of the row).
    expect(chronology).toMatch(/12 ส\.ค\. 2531 .*?\(1988-08-12\)/u);
    case2.exhibits.forEach((exhibit) => {
      const input = inputs.find((i) => i.kind === 'exhibit' && i.title === exhibit.title);
      expect(flat(pageText(file, input?.firstPage ?? 0))).toContain(`${exhibit.marker} - page 1 of`);
    });
    const certificate = inputs[abbot + 2];
    expect(flat(pageText(file, certificate?.firstPage ?? 0))).toContain(`Tab ${inputs[abbot + 1]?.tab ?? ''}`);

    const outline = JSON.parse(run('qpdf', '--json', '--json-key=outlines', file)) as {
      outlines: { title: string; kids: { title: string }[] }[];
    };
    const abbotTab = inputs[abbot]?.tab ?? '';
    expect(outline.outlines.find((o) => o.title.startsWith(`Tab ${abbotTab} `))?.kids.map((k) => k.title)).toEqual([
      `Tab ${abbotTab}a – ${inputs[abbot + 1]?.title ?? ''}`,
      `Tab ${abbotTab}b – ${inputs[abbot + 2]?.title ?? ''}`,
    ]);
  });

  it('writes a DOCX of every generated document, listed in the manifest with its hash', () => {
    for (const built of [case1, case2]) {
      const docx = built.manifest.outputs.filter((o) => o.format === 'docx');
      expect(docx).toHaveLength(built.manifest.inputs.filter((i) => i.kind === 'generated').length);
      for (const output of docx) {
        const bytes = readFileSync(path.join(built.out, output.fileName));
        expect(bytes.length).toBe(output.bytes);
        expect(execFileSync('sha256sum', [path.join(built.out, output.fileName)], { encoding: 'utf8' }).split(' ')[0]).toBe(output.sha256);
        const xml = unzipSync(new Uint8Array(bytes))['word/document.xml'];
        expect(xml).toBeDefined();
        const doc = new DOMParser().parseFromString(new TextDecoder().decode(xml), 'text/xml');
        expect(doc.getElementsByTagName('w:body').length).toBe(1);
      }
    }
    const names = case2.manifest.outputs.map((o) => o.fileName);
    expect(names.some((n) => n.endsWith('Cover letter.docx'))).toBe(true);
  });

  it('refuses to build without a counsel profile, before anything is written', async () => {
    const { services: bare } = await openTestServices(path.join(work, 'bare'), { passphrase: 'another passphrase, not secret' });
    try {
      const out = path.join(work, 'never');
      await expect(
        bare.packets.build({ caseId: case1.caseId, preset: 'detention-release-plan', outDir: out, skipBadExhibits: false }),
      ).rejects.toThrow(/Settings → Counsel profile/u);
      expect(existsSync(out)).toBe(false);
    } finally {
      await bare.dispose();
    }
  });
});
