import { describe, expect, it } from 'vitest';
import { mendContent, mendTextObject, parseToUnicode } from '../../../../src-main/render/pdf/text-layer.ts';

/** A right-to-left word as Chromium prints it: "نم" of "من" in visual order, the noon's dot drawn first, above the line. */
const WORD = [
  'BT',
  '/ReversedChars BMC',
  '/Span<</ActualText <FEFF0646> >> BDC',
  '/F5 14.66 Tf',
  '1 0 0 -1 231.125 14 Tm',
  '8.98 -6.27 Td <0101> Tj',
  '-1.25 6.27 Td <0010> Tj',
  'EMC',
  '4.28 0 Td <004B> Tj',
  'EMC',
  'ET',
];

const fonts = new Map([['F5', new Map([['004b', '\u0645']])]]);

describe('the right-to-left text layer', () => {
  it('reads bfchar and bfrange entries of a ToUnicode map', () => {
    const cmap = '2 beginbfchar\n<0003> <0020>\n<004B> <0645>\nendbfchar\n1 beginbfrange\n<0010> <0012> <0627>\nendbfrange';
    const map = parseToUnicode(cmap);
    expect(map.get('0003')).toBe(' ');
    expect(map.get('004b')).toBe('\u0645');
    expect([map.get('0010'), map.get('0012')]).toEqual(['\u0627', '\u0629']);
  });

  it('makes a word one span of its letters in drawn order, a glyph on the baseline first, every glyph at its place', () => {
    expect(mendTextObject(WORD, fonts)).toEqual([
      'BT',
      '/ReversedChars BMC',
      '/F5 14.66 Tf',
      '1 0 0 -1 231.125 14 Tm',
      '/Span<</ActualText <feff06460645> >> BDC',
      '7.73 0 Td <0010> Tj',
      '1.25 -6.27 Td <0101> Tj',
      '3.03 6.27 Td <004b> Tj',
      'EMC',
      'EMC',
      'ET',
    ]);
  });

  it('leaves alone a left-to-right text object, a glyph without a known text and a shape it does not know', () => {
    const latin = ['BT', '/F4 14.66 Tf', '1 0 0 -1 0 0 Tm', '<0010> Tj', '5 0 Td <0011> Tj', 'ET'];
    expect(mendTextObject(latin, fonts)).toEqual(latin);
    expect(mendTextObject(WORD, new Map())).toEqual(WORD);
    const array = [...WORD.slice(0, 8), '[<004B> 20 <004B>] TJ', ...WORD.slice(9)];
    expect(mendTextObject(array, fonts)).toEqual(array);
  });

  it('holds digits between two right-to-left words of a line between right-to-left marks, and digits beside a Latin word as they are', () => {
    const digits = (x: number): string[] => ['BT', '/F5 14.66 Tf', `1 0 0 -1 ${x} 14 Tm`, '<0011> Tj', '5 0 Td <0012> Tj', 'ET'];
    const latin = ['BT', '/F5 14.66 Tf', '1 0 0 -1 0 14 Tm', '<0013> Tj', 'ET'];
    const numbers = new Map([
      [
        'F5',
        new Map([
          ['004b', '\u0645'],
          ['0011', '\u06f1'],
          ['0012', '\u06f3'],
          ['0013', 'A'],
        ]),
      ],
    ]);
    const between = mendContent([...WORD, ...digits(300), ...WORD].join('\n'), numbers)?.split('\n') ?? [];
    expect(between).toContain('/Span<</ActualText <feff200f06f106f3200f> >> BDC');
    const beside = mendContent([...latin, ...digits(300), ...WORD].join('\n'), numbers) ?? '';
    expect(beside).not.toContain('200f');
  });

  it('rewrites a page only when it holds such a word', () => {
    expect(mendContent(['q', ...WORD, 'Q'].join('\n'), fonts)?.split('\n')).toHaveLength(13);
    expect(mendContent('q\nBT\n/F4 12 Tf\n<0010> Tj\nET\nQ', fonts)).toBeUndefined();
  });
});
