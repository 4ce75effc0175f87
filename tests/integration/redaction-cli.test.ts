import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfDocument } from '../../src-main/pdf-engine/pdfium.ts';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import { IMAGE_BOX, KEPT_WORDS, redactionExhibit, SECRET_NAME } from '../fixtures/redaction/make-redaction-exhibit.ts';
import { dossierCli } from '../helpers/cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-redaction-cli-'));
const vault = path.join(work, 'vault');
const dossier = dossierCli(vault);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const count = (text: string, word: string) => text.toLowerCase().split(word.toLowerCase()).length - 1;

let caseId = '';

interface ExportedExhibit {
  readonly id: string;
  readonly blobId?: string;
  readonly sha256?: string;
  readonly redaction?: { readonly applied?: { readonly log: readonly unknown[]; readonly basedOn: string } };
}
const exhibitFile = path.join(work, 'disclosure.pdf');

beforeAll(async () => {
  writeFileSync(exhibitFile, await redactionExhibit(2));
  expect(dossier(['vault', 'init']).code).toBe(0);
  expect(dossier(['case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json')]).stderr).toBe('');
  caseId = (JSON.parse(dossier(['case', 'list']).stdout) as { id: string }[])[0]?.id ?? '';
  const counsel = dossier([
    'counsel',
    'set',
    '--name',
    'Adaeze Okafor',
    '--firm',
    'Harbourfront Clinic',
    '--address',
    '200 Queens Quay W|Toronto',
  ]);
  expect(counsel.stderr).toBe('');
});
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
    const imported = JSON.parse(dossier(['exhibit', 'add', '--case', caseId, exhibitFile, '--title', 'CBSA interview notes']).stdout) as {
      id: string;
      sha256: string;
    };
    expect(imported.sha256).toBe(sha256(readFileSync(exhibitFile)));
    const exhibitOf = () =>
      (JSON.parse(dossier(['case', 'export', caseId]).stdout) as { case: { exhibits: ExportedExhibit[] } }).case.exhibits.find(
        (e) => e.id === imported.id,
      );
    const added = { ...imported, blobId: exhibitOf()?.blobId ?? '' };
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
    };
    expect(report.searched).toEqual([{ query: SECRET_NAME.toUpperCase(), hits: 2, marks: 2 }]);
    expect(report.applied).toBe(3);
    expect(report.pages.map((p) => [p.page, p.textRemoved, p.imagePixels > 0, p.rasterised])).toEqual([
      [1, true, true, undefined],
      [2, true, false, undefined],
    ]);

    // The original blob is the same file, and the case still names it with the import's hash.
    expect(sha256(readFileSync(originalBlob))).toBe(originalFile);
    const exhibit = exhibitOf();
    expect(exhibit).toMatchObject({ blobId: added.blobId, sha256: added.sha256, redaction: { applied: { basedOn: 'original' } } });
    expect(exhibit?.redaction?.applied?.log).toHaveLength(3);

    const out = path.join(work, 'out');
    const built = dossier(['build', '--case', caseId, '--preset', 'detention-disclosure', '--format', 'pdf', '--out', out]);
    expect(built.stderr).toBe('');
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
