import sharp from 'sharp';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DossierDocument } from '../../../src-main/documents/model.ts';
import { DEFAULT_PAGE } from '../../../src-main/documents/model.ts';
import { renderDocx } from '../../../src-main/render/docx/render-docx.ts';
import { paragraphText, bodyParagraphs, parseXml, part } from '../../helpers/docx-xml.ts';

const imageDoc = (mediaType: 'image/jpeg' | 'image/png', imageId = 'img'): DossierDocument => ({
  meta: { title: 'Image', lang: 'en' },
  page: DEFAULT_PAGE,
  blocks: [{ type: 'image', imageId, mediaType, alt: 'Passport page', widthPt: 144, heightPt: 96 }],
});

function media(docx: Uint8Array): Uint8Array[] {
  return Object.entries(unzipSync(docx))
    .filter(([name]) => name.startsWith('word/media/'))
    .map(([, bytes]) => bytes);
}

describe('DOCX images', () => {
  it('embeds a JPEG without its Exif (camera, GPS, artist), image data untouched', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#336699' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'secret-artist', Make: 'PhoneCo' } })
      .toBuffer();
    expect(jpeg.includes(Buffer.from('secret-artist'))).toBe(true);
    const [embedded] = media(await renderDocx(imageDoc('image/jpeg'), { images: () => jpeg }));
    if (embedded === undefined) throw new Error('no image embedded');
    expect(Buffer.from(embedded).includes(Buffer.from('Exif'))).toBe(false);
    expect(Buffer.from(embedded).includes(Buffer.from('secret-artist'))).toBe(false);
    const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    expect(Buffer.from(embedded).subarray(-100).equals(jpeg.subarray(-100))).toBe(true);
    expect(sos).toBeGreaterThan(0);
    expect((await sharp(embedded).metadata()).width).toBe(40);
  });

  it('re-encodes a rotated JPEG upright, with no metadata left', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const [embedded] = media(await renderDocx(imageDoc('image/jpeg'), { images: () => jpeg }));
    if (embedded === undefined) throw new Error('no image embedded');
    const meta = await sharp(embedded).metadata();
    expect([meta.width, meta.height, meta.exif, meta.orientation]).toEqual([20, 40, undefined, undefined]);
  });

  it('drops PNG text and Exif chunks', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#00000000' } })
      .png()
      .withExif({ IFD0: { Artist: 'secret-artist' } })
      .toBuffer();
    const [embedded] = media(await renderDocx(imageDoc('image/png'), { images: () => png }));
    if (embedded === undefined) throw new Error('no image embedded');
    expect(Buffer.from(embedded).includes(Buffer.from('secret-artist'))).toBe(false);
    expect((await sharp(embedded).metadata()).width).toBe(8);
  });

  it('shows the alt text when the image is missing or unreadable', async () => {
    for (const images of [() => undefined, () => new Uint8Array([1, 2, 3])]) {
      const bytes = await renderDocx(imageDoc('image/jpeg'), { images });
      expect(media(bytes)).toHaveLength(0);
      const [p] = bodyParagraphs(parseXml(part(bytes, 'word/document.xml')));
      expect(p && paragraphText(p)).toBe('Passport page');
    }
  });
});
