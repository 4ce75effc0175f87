import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type DossierDocument } from '../../../src-main/documents/model.ts';
import { collectText } from '../../../src-main/documents/text-walk.ts';

describe('collectText', () => {
  it('lists every drawn text with its path and inherited language', () => {
    const p = (text: string) => ({ type: 'paragraph' as const, runs: [{ text }] });
    const doc: DossierDocument = {
      meta: { title: 'not drawn', lang: 'en' },
      page: { ...DEFAULT_PAGE, header: { left: 'A-12345' } },
      blocks: [
        { type: 'paragraph', lang: 'fa', runs: [{ text: 'سلام' }, { text: 'Ali', lang: 'en' }] },
        { type: 'list', ordered: false, items: [{ blocks: [p('item')] }] },
        { type: 'table', headerRows: [], rows: [{ cells: [{ blocks: [p('cell')] }] }] },
        { type: 'bilingual', rows: [{ left: { lang: 'th', blocks: [p('ที่')] }, right: { blocks: [p('at')] } }] },
        { type: 'signature', label: [{ text: 'Signature' }], details: [[{ text: 'Toronto' }]] },
        { type: 'image', imageId: 'i', mediaType: 'image/png', alt: 'not drawn', widthPt: 1, heightPt: 1 },
        { type: 'page-break' },
      ],
    };
    expect(collectText(doc)).toEqual([
      { path: 'page.header.left', text: 'A-12345', lang: 'en' },
      { path: 'page.footer.center', text: 'Page {page} of {pages}', lang: 'en' },
      { path: 'blocks[0].runs[0]', text: 'سلام', lang: 'fa' },
      { path: 'blocks[0].runs[1]', text: 'Ali', lang: 'en' },
      { path: 'blocks[1].items[0].blocks[0].runs[0]', text: 'item', lang: 'en' },
      { path: 'blocks[2].rows[0].cells[0].blocks[0].runs[0]', text: 'cell', lang: 'en' },
      { path: 'blocks[3].rows[0].left.blocks[0].runs[0]', text: 'ที่', lang: 'th' },
      { path: 'blocks[3].rows[0].right.blocks[0].runs[0]', text: 'at', lang: 'en' },
      { path: 'blocks[4].label[0]', text: 'Signature', lang: 'en' },
      { path: 'blocks[4].details[0][0]', text: 'Toronto', lang: 'en' },
    ]);
  });
});
