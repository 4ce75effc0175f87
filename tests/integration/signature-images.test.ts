import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CounselProfile } from '../../src-main/documents/builders/counsel-profile.ts';
import type { Services } from '../../src-main/services/index.ts';
import { cleanSignatureImage } from '../../src-main/services/signature-images.ts';
import { docxParts } from '../helpers/docx-xml.ts';
import { counsel, openTestServices, type Call } from '../helpers/services.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-signature-'));
/** Set to a folder to keep the PDFs printed here (the proof pages are made from them). */
const keep = process.env['SIGNATURE_PROOF_OUT'];
let services: Services;
let call: Call;

/** A drawn signature: one ink stroke on a transparent background. */
async function drawnSignature(width: number, height: number, ink = '#1a237e'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="M${width * 0.04} ${height * 0.75} C ${width * 0.14} ${height * 0.05}, ${width * 0.24} ${height * 0.1}, ${width * 0.3} ${height * 0.6} S ${width * 0.46} ${height * 0.9}, ${width * 0.54} ${height * 0.3} S ${width * 0.78} ${height * 0.2}, ${width * 0.96} ${height * 0.7}" stroke="${ink}" stroke-width="${Math.max(3, height / 25)}" fill="none" stroke-linecap="round"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A JPEG carrying a GPS position and an author in its Exif, as a phone photo would. */
async function jpegWithGps(): Promise<Buffer> {
  return sharp(await drawnSignature(400, 150))
    .flatten({ background: '#ffffff' })
    .jpeg()
    .withExif({
      IFD0: { Artist: 'Author-Name-Secret', Copyright: 'Copyright-Secret' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 39/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '79/1 23/1 0/1' },
    })
    .toBuffer();
}

/** A PNG whose header claims 60000 × 60000 pixels, in a few hundred bytes: a decompression bomb. */
function pngBomb(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(60_000, 0);
  ihdr.writeUInt32BE(60_000, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(60_001 * 4))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const caseFile = (signature: Buffer | undefined) => {
  const file = JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as {
    case: { statements: { translations: { declaration?: Record<string, unknown> }[] }[] };
  };
  const declaration = file.case.statements[0]?.translations[0]?.declaration;
  if (declaration === undefined) throw new Error('fixture without a declaration');
  if (signature) declaration['signatureImage'] = { mime: 'image/png', base64: signature.toString('base64') };
  else declaration['signatureImage'] = { mime: 'image/png', base64: Buffer.from('not an image at all').toString('base64') };
  return file;
};

let signedCase: string;
let unreadableCase: string;
let printed = 0;

beforeAll(async () => {
  ({ services, call } = await openTestServices(path.join(work, 'vault'), { passphrase: 'signature passphrase, not secret', counsel }));
  signedCase = ((await call('caseImport', { file: caseFile(await drawnSignature(600, 200, '#0d47a1')) })) as { id: string }).id;
  const other = caseFile(undefined);
  (other.case as unknown as { id: string }).id = 'case-unreadable-signature';
  unreadableCase = ((await call('caseImport', { file: other })) as { id: string }).id;
}, 60_000);

afterAll(async () => {
  await services.dispose();
  rmSync(work, { recursive: true, force: true });
});

type Rendered = { bytes: Uint8Array; file: string };

async function render(caseId: string, kind: 'letter' | 'translator-declaration', format: 'pdf' | 'docx'): Promise<Rendered> {
  const out = (await call('documentRender', { caseId, kind, lang: 'en', format, options: {} })) as { base64: string };
  const bytes = new Uint8Array(Buffer.from(out.base64, 'base64'));
  const file = path.join(work, `${caseId}-${kind}-${(printed += 1)}.${format}`);
  writeFileSync(file, bytes);
  if (keep !== undefined) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(path.join(keep, path.basename(file)), bytes);
  }
  return { bytes, file };
}

/** The images `pdfimages -list` lists, their transparency masks (smask) left out. */
const imagesIn = (file: string): string[] =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim().split(/\s+/u)[2] === 'image');
const textOf = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe("counsel's signature image in Settings", () => {
  it('is cleaned, kept encrypted in the vault and named in the profile by its id only', async () => {
    const png = await drawnSignature(900, 300);
    const profile = (await call('counselSignatureSet', { mime: 'image/png', base64: png.toString('base64') })) as CounselProfile;
    expect(profile.signatureImageId).toMatch(/^b-[0-9a-f]{32}$/u);
    expect(JSON.stringify(profile)).not.toContain(png.toString('base64').slice(0, 40));
    const got = (await call('counselSignatureGet')) as { mime: string; base64: string };
    expect(got.mime).toBe('image/png');
    const meta = await sharp(Buffer.from(got.base64, 'base64')).metadata();
    expect([meta.width, meta.height, meta.hasAlpha]).toEqual([900, 300, true]);
    // Saving the profile again keeps the image; only its own channel removes it.
    const saved = (await call('counselProfileSet', { ...counsel })) as CounselProfile;
    expect(saved.signatureImageId).toBe(profile.signatureImageId);
    // The blob on disk is encrypted: the PNG's bytes are nowhere in the vault folder.
    const blob = readFileSync(path.join(work, 'vault', 'blobs', `${profile.signatureImageId ?? ''}.dsb`));
    expect(blob.includes(Buffer.from('IHDR'))).toBe(false);
  });

  it('refuses what is not a PNG or JPEG, a 5 MB file and a decompression bomb; strips GPS and author from a photo', async () => {
    await expect(
      call('counselSignatureSet', { mime: 'image/png', base64: Buffer.from('%PDF-1.7 not an image').toString('base64') }),
    ).rejects.toThrow(/VALIDATION/u);
    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5 * 1024 * 1024)]);
    await expect(call('counselSignatureSet', { mime: 'image/png', base64: big.toString('base64') })).rejects.toThrow(/VALIDATION/u);
    await expect(cleanSignatureImage(big, 'image/png')).rejects.toThrow(/at most 500 KB/u);
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(500 * 1024);
    await expect(cleanSignatureImage(bomb, 'image/png')).rejects.toThrow(/too large|cannot be read/u);
    await expect(call('counselSignatureSet', { mime: 'image/png', base64: bomb.toString('base64') })).rejects.toThrow(/VALIDATION/u);
    // A JPEG declared as a PNG is refused: the type is read from the bytes.
    const photo = await jpegWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    expect(photo.includes(Buffer.from('Author-Name-Secret'))).toBe(true);
    await expect(cleanSignatureImage(photo, 'image/png')).rejects.toThrow(/PNG or JPEG/u);

    const clean = await cleanSignatureImage(photo, 'image/jpeg');
    const meta = await sharp(clean.bytes).metadata();
    expect(meta.format).toBe('png');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(Buffer.from(clean.bytes).includes(Buffer.from('Author-Name-Secret'))).toBe(false);
    expect(Buffer.from(clean.bytes).includes(Buffer.from('Copyright-Secret'))).toBe(false);
    for (const chunkType of ['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME'])
      expect(Buffer.from(clean.bytes).includes(Buffer.from(chunkType))).toBe(false);
    // Flattened onto white: no transparency left from a photo.
    expect(meta.hasAlpha).toBe(false);
  });

  it('scales a larger image down to fit 2000 × 1000 px', async () => {
    const wide = await sharp(await drawnSignature(3000, 600))
      .png({ compressionLevel: 9 })
      .toBuffer();
    const clean = await cleanSignatureImage(wide, 'image/png');
    expect([clean.widthPx, clean.heightPx]).toEqual([2000, 400]);
  });
});

describe('documents printed with signatures', () => {
  it("draws counsel's signature above the letter's signature line, in the PDF and the DOCX", async () => {
    const png = await drawnSignature(900, 300);
    await call('counselSignatureSet', { mime: 'image/png', base64: png.toString('base64') });
    const pdf = await render(signedCase, 'letter', 'pdf');
    expect(imagesIn(pdf.file).length).toBeGreaterThanOrEqual(1);
    const text = textOf(pdf.file);
    // The letter may become public: Case 1's client is named by her pseudonym.
    for (const s of ['Yours truly,', counsel.name, counsel.firm, 'W.S.L.']) expect(text).toContain(s);
    const docx = await render(signedCase, 'letter', 'docx');
    const parts = docxParts(docx.bytes);
    const media = Object.keys(parts).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const rel = /Id="([^"]+)"[^>]*Target="media\/[^"]+"/u.exec(rels) ?? /Target="media\/[^"]+"[^>]*Id="([^"]+)"/u.exec(rels);
    expect(rel?.[1]).toBeDefined();
    expect(parts['word/document.xml']).toContain(`r:embed="${rel?.[1] ?? ''}"`);
  }, 60_000);

  it("draws the translator's signature on the declaration instead of the typed one; prints the typed one when the image cannot be read", async () => {
    const pdf = await render(signedCase, 'translator-declaration', 'pdf');
    // The counsel's signature is not the translator's: one image, the translator's.
    expect(imagesIn(pdf.file)).toHaveLength(1);
    const text = textOf(pdf.file);
    expect(text).toContain('Signature of the translator');
    expect(text).toContain('WONG Mei-ling');
    expect(text).not.toContain('/s/');
    const docx = await render(signedCase, 'translator-declaration', 'docx');
    expect(Object.keys(docxParts(docx.bytes)).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);

    const fallback = await render(unreadableCase, 'translator-declaration', 'pdf');
    expect(imagesIn(fallback.file)).toHaveLength(0);
    expect(textOf(fallback.file)).toContain('/s/');
    const fallbackDocx = await render(unreadableCase, 'translator-declaration', 'docx');
    expect(Object.keys(docxParts(fallbackDocx.bytes)).filter((n) => n.startsWith('word/media/'))).toHaveLength(0);
  }, 60_000);

  it("prints the letter without an image once counsel's signature is removed", async () => {
    const profile = (await call('counselSignatureClear')) as CounselProfile;
    expect(profile.signatureImageId).toBeUndefined();
    expect(await call('counselSignatureGet')).toBeNull();
    const pdf = await render(signedCase, 'letter', 'pdf');
    expect(imagesIn(pdf.file)).toHaveLength(0);
    expect(textOf(pdf.file)).toContain(counsel.name);
  }, 60_000);
});
