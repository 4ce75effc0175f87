import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exhibit } from '../../src-main/core/model/case.ts';
import { PdfDocument } from '../../src-main/pdf-engine/pdfium.ts';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import { createNodeServices } from '../../src-main/services/node-services.ts';
import { createConfSettings } from '../../src-main/services/settings-conf.ts';
import { IMAGE_BOX, KEPT_WORDS, redactionExhibit, SECRET_NAME } from '../fixtures/redaction/make-redaction-exhibit.ts';
import { dossierCli, TEST_PASSPHRASE } from '../helpers/cli.ts';
import { channelCaller, type CaseFile } from '../helpers/services.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-redaction-cli-'));
const vault = path.join(work, 'vault');
const dossier = dossierCli(vault);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const count = (text: string, word: string) => text.toLowerCase().split(word.toLowerCase()).length - 1;

/**
 * The services over the same vault and settings folder the CLI opens, at the CLI's test-only
 * scrypt cost: the case, the counsel profile and the exhibit are set up, and the packet built,
 * in this process; only `exhibit redact` runs as the binary.
 */
function openServices() {
  const services = createNodeServices({ dataDir: vault, settings: createConfSettings(vault), scrypt: { N: 2 ** 10, r: 8, p: 1 } });
  return { services, call: channelCaller(services) };
}

let caseId = '';
let imported: Exhibit | undefined;
const exhibitFile = path.join(work, 'disclosure.pdf');

beforeAll(async () => {
  writeFileSync(exhibitFile, await redactionExhibit(2));
  const { services, call } = openServices();
  try {
    await call('vaultCreate', { method: 'passphrase', passphrase: TEST_PASSPHRASE });
    const file = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as CaseFile;
    caseId = ((await call('caseImport', { file })) as { id: string }).id;
    await call('counselProfileSet', { name: 'Adaeze Okafor', firm: 'Harbourfront Clinic', addressLines: ['200 Queens Quay W', 'Toronto'] });
    ({ exhibit: imported } = await services.exhibits.importFile({ caseId, path: exhibitFile, title: 'CBSA interview notes' }));
  } finally {
    await services.dispose();
  }
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every image pdfimages extracts from `pdf`, as PNG files in a fresh folder. */
function extractImages(pdf: string, name: string): string[] {
  const dir = path.join(work, name);
  mkdirSync(dir);
  execFileSync('pdfimages', ['-png', pdf, path.join(dir, 'img')]);
  return readdirSync(dir).map((f) => path.join(dir, f));
}

describe('dossier exhibit redact', () => {
  it('removes a name from the text layer and from a picture, keeps the rest and the original, and the packet files the redacted copy', async () => {
    const added = { id: imported?.id ?? '', blobId: imported?.blobId ?? '', sha256: imported?.sha256 ?? '' };
    expect(added.sha256).toBe(sha256(readFileSync(exhibitFile)));
    const originalBlob = path.join(vault, 'blobs', `${added.blobId}.dsb`);
    const originalFile = sha256(readFileSync(originalBlob));

    // The picture, as points from the page's top-left corner.
    const area = `1:${IMAGE_BOX.x},${792 - IMAGE_BOX.y - IMAGE_BOX.height},${IMAGE_BOX.width},${IMAGE_BOX.height}`;
    const redacted = dossier([
      'exhibit',
      'redact',
      '--case',
      caseId,
      '--exhibit',
      added.id,
      '--search',
      SECRET_NAME.toUpperCase(),
      '--area',
      area,
    ]);
    expect(redacted.stderr).toBe('');
    const report = JSON.parse(redacted.stdout) as {
      searched: { hits: number; marks: number }[];
      applied: number;
      pages: { page: number; textRemoved: boolean; imagePixels: number; rasterised?: string }[];
      log: { page: number; area: { x: number; y: number; width: number; height: number }; reason: string; source: string }[];
    };
    // The area typed comes back as typed: points from the top-left corner, never page space.
    expect(report.log.filter((l) => l.source === 'area')).toEqual([
      {
        page: 1,
        area: { x: IMAGE_BOX.x, y: 792 - IMAGE_BOX.y - IMAGE_BOX.height, width: IMAGE_BOX.width, height: IMAGE_BOX.height },
        reason: 'thirdParty',
        source: 'area',
      },
    ]);
    expect(report.searched).toEqual([{ query: SECRET_NAME.toUpperCase(), hits: 2, marks: 2 }]);
    expect(report.applied).toBe(3);
    expect(report.pages.map((p) => [p.page, p.textRemoved, p.imagePixels > 0, p.rasterised])).toEqual([
      [1, true, true, undefined],
      [2, true, false, undefined],
    ]);

    // The original blob is the same file, and the case still names it with the import's hash.
    expect(sha256(readFileSync(originalBlob))).toBe(originalFile);
    const { services, call } = openServices();
    const out = path.join(work, 'out');
    try {
      await call('vaultUnlock', { passphrase: TEST_PASSPHRASE });
      const exhibit = (await services.vault.readCase(caseId)).case.exhibits.find((e) => e.id === added.id);
      expect(exhibit).toMatchObject({ blobId: added.blobId, sha256: added.sha256, redaction: { applied: { basedOn: 'original' } } });
      expect(exhibit?.redaction?.applied?.log).toHaveLength(3);
      await services.packets.build({ caseId, preset: 'detention-disclosure', outDir: out, skipBadExhibits: false, formats: ['pdf'] });
    } finally {
      await services.dispose();
    }
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as PacketManifest;
    expect(manifest.inputs.some((i) => i.exhibitId === added.id)).toBe(true);
    const volumes = manifest.outputs.map((o) => path.join(out, o.fileName));
    let text = '';
    let engineText = '';
    for (const [i, volume] of volumes.entries()) {
      text += execFileSync('pdftotext', [volume, '-'], { encoding: 'utf8' });
      engineText += await PdfDocument.with(readFileSync(volume), (doc) =>
        Array.from({ length: doc.pageCount }, (_, p) => doc.pageText(p)).join('\n'),
      );
      // Nothing of the name in any stream of the file, decompressed.
      const expanded = path.join(work, `qdf-${i}.pdf`);
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', volume, expanded]);
      expect(count(readFileSync(expanded, 'latin1'), 'Vandermolen')).toBe(0);
      // The picture's pixels are black wherever pdfimages finds it.
      for (const png of extractImages(volume, `images-${i}`)) {
        const { width, height } = await sharp(png).metadata();
        if (width !== 720 || height !== 180) continue;
        const stats = await sharp(png).stats();
        expect(Math.max(...stats.channels.slice(0, 3).map((c) => c.max))).toBeLessThan(8);
      }
    }
    expect(count(text, 'Vandermolen')).toBe(0);
    expect(count(engineText, 'Vandermolen')).toBe(0);
    for (const word of [...KEPT_WORDS, '514-555-0199', 'kestrel@example.org']) expect(count(text, word)).toBeGreaterThan(0);
  });
});
