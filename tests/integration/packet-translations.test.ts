import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src-main/core/model/case.ts';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import type { PacketPresetName } from '../../src-main/core/packet-presets.ts';
import type { Services } from '../../src-main/services/index.ts';
import { scanJpeg, textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { part } from '../helpers/docx-xml.ts';
import { counselWithout, openTestServices, type Call } from '../helpers/services.ts';
import { letters, logicalRtl, pdfWords, printedLines } from './helpers/rtl-text.ts';
import { editFirstTranslation } from '../helpers/translations.ts';

/**
 * Translated statements in built packets: one tab each, with the translation and the
 * certification its destination takes as sub-tabs, the certification printing the pages the
 * translation landed on and the SHA-256 the manifest lists for it. UPDATE_PROOFS=1 also writes
 * the certification pages under docs/proof.
 */
const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const root = path.resolve(import.meta.dirname, '../..');
const proofDir = path.join(root, 'docs/proof');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-translations-'));
let services: Services;
let call: Call;

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
const pagesText = (file: string, first: number, last: number): string =>
  run('pdftotext', '-f', String(first), '-l', String(last), file, '-').replace(/\s+/gu, ' ');

interface Built {
  readonly manifest: PacketManifest;
  readonly file: string;
  readonly out: string;
}

/**
 * Imports a fixture case, imports `files` as new exhibits, lets `edit` change the case (the
 * statement's original, its certification), and builds `preset`.
 */
async function importAndBuild(
  fixture: string,
  preset: PacketPresetName,
  files: readonly { title: string; bytes: Uint8Array; name: string }[],
  edit: (c: Case, exhibitIds: readonly string[]) => Case,
): Promise<Built> {
  const file = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', fixture), 'utf8')) as unknown;
  const { id: caseId } = (await call('caseImport', { file })) as { id: string };
  const dir = mkdtempSync(path.join(work, `${caseId}-`));
  const ids: string[] = [];
  for (const f of files) {
    const sample = path.join(dir, f.name);
    writeFileSync(sample, f.bytes);
    ids.push((await services.exhibits.importFile({ caseId, path: sample, title: f.title })).exhibit.id);
  }
  const stored = await services.vault.readCase(caseId);
  await services.vault.writeCase(edit(stored.case, ids), stored.revision);
  const out = path.join(work, `out-${caseId}`);
  const { manifest } = await services.packets.build({ caseId, preset, outDir: out, skipBadExhibits: false, formats: ['pdf', 'docx'] });
  const volume = manifest.outputs.find((o) => o.format === 'pdf');
  return { manifest, file: path.join(out, volume?.fileName ?? ''), out };
}

const input = (built: Built, key: string) => {
  const found = built.manifest.inputs.find((i) => i.key === key);
  if (!found) throw new Error(`${key} is not in the packet`);
  return found;
};

/** "Tab 5a, pages 7 to 8" or "Tab 5a, page 7", as the certification prints where the translation is. */
const where = (tab: string, first: string, last: string): string =>
  first === last ? `Tab ${tab}, page ${first}` : `Tab ${tab}, pages ${first} to ${last}`;

function proof(file: string, page: number, name: string): void {
  const png = path.join(work, name);
  run(
    'gs',
    '-q',
    '-dNOPAUSE',
    '-dBATCH',
    '-dSAFER',
    '-sDEVICE=png16m',
    '-r90',
    `-dFirstPage=${page}`,
    `-dLastPage=${page}`,
    `-sOutputFile=${png}`,
    file,
  );
  expect(statSync(png).size).toBeGreaterThan(20_000);
  if (updateProofs) {
    mkdirSync(proofDir, { recursive: true });
    copyFileSync(png, path.join(proofDir, name));
  }
}

let lai: Built;
let persian: Built;
let srisuk: Built;

beforeAll(async () => {
  ({ services, call } = await openTestServices(path.join(work, 'vault'), {
    passphrase: 'translations passphrase, not secret',
    // No telephone number on this profile.
    counsel: counselWithout('phone'),
  }));
  // Case 1: the handwritten original, scanned, is imported and becomes the statement's tab.
  lai = await importAndBuild(
    'case1-lai.json',
    'detention-release-plan',
    [
      { title: 'T4 slips of CHAN Kwok-wai', bytes: await textPdf('Sample T4', 2), name: 't4.pdf' },
      { title: 'Handwritten statement of LAI Wing-sze (original)', bytes: await scanJpeg('Handwritten original'), name: 'original.jpg' },
    ],
    (c, [, original]) => ({ ...c, statements: c.statements.map((s) => ({ ...s, originalExhibitId: original })) }),
  );
  // Case 3: no original imported: the side-by-side statement is the tab.
  persian = await importAndBuild(
    'case3-persian.json',
    'detention-disclosure',
    [{ title: 'Letter from the employer', bytes: await textPdf('Sample employer letter', 1), name: 'letter.pdf' }],
    (c) => c,
  );
  // Case 2: the abbot's letter translated by a translator who swears an affidavit for IRCC.
  srisuk = await importAndBuild(
    'case2-srisuk.json',
    'hc',
    [{ title: "Abbot's letter (Thai original)", bytes: await textPdf('Sample abbot letter', 1), name: 'abbot.pdf' }],
    (c, [original]) => ({
      ...c,
      people: c.people.map((p) =>
        p.id === 'p-atio-translator' && p.translator ? { ...p, translator: { ...p.translator, association: undefined } } : p,
      ),
      statements: c.statements.map((s) =>
        editFirstTranslation({ ...s, ...(s.translations.length > 0 ? { originalExhibitId: original } : {}) }, (t) => ({
          ...t,
          certification: 'IRCC_AFFIDAVIT',
          affidavit: {
            commissionerName: 'Jane ROE',
            commissionerTitle: 'Commissioner for taking affidavits',
            place: 'Toronto, Ontario',
            swornAt: '2026-04-14',
          },
        })),
      ),
    }),
  );
}, 240_000);
afterAll(async () => {
  await services.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('translated statements in a packet', () => {
  it('Case 1: the original is the tab, the translation and the declaration its sub-tabs a and b', () => {
    const original = lai.manifest.inputs.find((i) => i.title === 'Handwritten statement of LAI Wing-sze (original)');
    const translation = input(lai, 'generated:translation:st-client-1');
    const declaration = input(lai, 'generated:declaration:st-client-1');
    expect(original?.tab).toMatch(/^\d+$/u);
    expect([translation.tab, declaration.tab]).toEqual([`${original?.tab}a`, `${original?.tab}b`]);
    expect(translation.firstPage).toBe((original?.lastPage ?? 0) + 1);
    expect(pagesText(lai.file, translation.firstPage, translation.lastPage)).toContain(
      '1. My name is LAI Wing-sze. I was born on 2 November 1991. 2. I came to Canada last December as a visitor.',
    );
    const outline = JSON.parse(run('qpdf', '--json', '--json-key=outlines', lai.file)) as {
      outlines: { title: string; kids: { title: string }[] }[];
    };
    const tab = outline.outlines.find((o) => o.title.startsWith(`Tab ${original?.tab} – `));
    expect(tab?.kids.map((k) => k.title)).toEqual([
      `Tab ${translation.tab} – ${translation.title}`,
      `Tab ${declaration.tab} – ${declaration.title}`,
    ]);
  });

  it("Case 1's declaration prints where the translation landed and the SHA-256 the manifest lists for it", () => {
    const translation = input(lai, 'generated:translation:st-client-1');
    const declaration = input(lai, 'generated:declaration:st-client-1');
    const text = pagesText(lai.file, declaration.firstPage, declaration.lastPage);
    expect(text).toContain("Translator's declaration");
    expect(text).toContain('Immigration Division Rules, r. 25(3)');
    expect(text).toContain(`is at ${where(translation.tab, translation.firstLabel, translation.lastLabel)} of this record`);
    expect(translation.sha256).toMatch(/^[a-f0-9]{64}$/u);
    // The hash may wrap at the margin: compare without spaces.
    expect(text.replace(/\s/gu, '')).toContain(`SHA-256fingerprintis${translation.sha256}`);
    expect(text).toContain(`lists for Tab ${translation.tab}`);
    proof(lai.file, declaration.firstPage, 'translation-declaration-id.png');
    // Its DOCX says the same.
    const docx = lai.manifest.outputs.find((o) => o.format === 'docx' && o.fileName.includes(`Tab ${declaration.tab} – `));
    if (!docx) throw new Error('no DOCX of the declaration');
    const xml = part(readFileSync(path.join(lai.out, docx.fileName)), 'word/document.xml');
    // A page reference kept whole is written with no-break spaces.
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)]
      .map((m) => m[1] ?? '')
      .join('')
      .replaceAll('\u00a0', ' ');
    expect(words).toContain(`is at ${where(translation.tab, translation.firstLabel, translation.lastLabel)} of this record`);
    expect(words).toContain(translation.sha256);
  });

  it('Case 3: the side-by-side statement is the tab, reads back right to left in order, and its declaration certifies it', () => {
    const bilingual = input(persian, 'generated:statement:st-rezaei-1');
    const declaration = input(persian, 'generated:declaration:st-rezaei-1');
    expect(declaration.tab).toBe(`${bilingual.tab}a`);
    const words = pdfWords(persian.file, bilingual.firstPage);
    const heading = words.find((w) => w.text === 'Translation');
    if (!heading) throw new Error('no column headings');
    const firstRow = Math.min(...words.filter((w) => w.yMin > heading.yMin && w.text === '.1').map((w) => w.yMin));
    const below = words.find((w) => w.text === 'Dates')?.yMin ?? Number.POSITIVE_INFINITY;
    const column = words.filter((w) => w.xMax < heading.xMin && w.yMin >= firstRow - 2 && w.yMax < below);
    const statement = (JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case3-persian.json'), 'utf8')) as { case: Case }).case
      .statements[0];
    const paragraphs = statement?.paragraphs ?? [];
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(letters(printedLines(column).map(logicalRtl).join(''))).toBe(letters(paragraphs.map((p, i) => `${i + 1}. ${p}`).join('')));
    const text = pagesText(persian.file, declaration.firstPage, declaration.lastPage);
    expect(text).toContain(`is at ${where(bilingual.tab, bilingual.firstLabel, bilingual.lastLabel)} of this record`);
    expect(text.replace(/\s/gu, '')).toContain(bilingual.sha256);
  });

  it("Case 2 for IRCC: the translator's affidavit with its jurat, certifying the translation at its sub-tab", () => {
    const translation = input(srisuk, 'generated:translation:st-abbot-letter');
    const affidavit = input(srisuk, 'generated:declaration:st-abbot-letter');
    expect(affidavit.title).toMatch(/^Affidavit of translator — /u);
    expect(affidavit.tab).toBe(translation.tab.replace(/a$/u, 'b'));
    expect(translation.firstLabel).toMatch(/^APP-\d{6}$/u);
    const text = pagesText(srisuk.file, affidavit.firstPage, affidavit.lastPage);
    expect(text).toContain('SWORN (or AFFIRMED) before me at Toronto, Ontario, on April 14, 2026.');
    expect(text).toContain(`is at ${where(translation.tab, translation.firstLabel, translation.lastLabel)} of this record`);
    expect(text.replace(/\s/gu, '')).toContain(translation.sha256);
    proof(srisuk.file, affidavit.firstPage, 'translation-affidavit-ircc.png');
  });
});
