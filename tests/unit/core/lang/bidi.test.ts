import { describe, expect, it } from 'vitest';
import { ltrSegments } from '../../../../src-main/core/lang/bidi.ts';

const stretches = (text: string): string[] => ltrSegments(text).flatMap((s) => (s.ltr ? [s.text] : []));
const joined = (text: string): string =>
  ltrSegments(text)
    .map((s) => s.text)
    .join('');

describe('left-to-right stretches in right-to-left text', () => {
  it('finds Latin names, file numbers and Western digits, and keeps the text whole', () => {
    const text = 'آقای Daniel MORRIS، صاحب‌کار سابقم، گفت. شماره پرونده من 0003-B6-04567 است و IMM-1234-25 و s.140.';
    expect(stretches(text)).toEqual(['Daniel MORRIS', '0003-B6-04567', 'IMM-1234-25', 's.140']);
    expect(joined(text)).toBe(text);
  });

  it('keeps a file number that starts with digits in one stretch', () => {
    expect(stretches('شماره پرونده من 0003-B6-04567 است.')).toEqual(['0003-B6-04567']);
  });

  it('takes a Latin name as one stretch and leaves the Persian comma after it outside', () => {
    expect(stretches('آقای Daniel MORRIS، صاحب‌کار سابقم')).toEqual(['Daniel MORRIS']);
  });

  it('leaves the sentence-ending full stop and Arabic-script digits with the right-to-left text', () => {
    expect(ltrSegments('نام من Reza AHMADI.')).toEqual([
      { text: 'نام من ', ltr: false },
      { text: 'Reza AHMADI', ltr: true },
      { text: '.', ltr: false },
    ]);
    expect(stretches('در ۱۵ اسفند ۱۴۰۴ و ۱۴۰۴/۱۲/۲۰')).toEqual([]);
    expect(stretches('CAD 4,800 نقد')).toEqual(['CAD 4,800']);
  });

  it('leaves Persian and Arabic-Indic digits to the right-to-left text, and a sentence’s full stop outside', () => {
    expect(stretches('در ۱۵ اسفند ۱۴۰۴ و ٢٠٢٦ مأموران CBSA آمدند.')).toEqual(['CBSA']);
    expect(stretches('IRPA s.140.')).toEqual(['IRPA s.140']);
  });

  it('finds several stretches and joins the pieces back to the text exactly', () => {
    const text = 'مبلغ 4,800 دلار و O’Neil در Toronto';
    expect(stretches(text)).toEqual(['4,800', 'O’Neil', 'Toronto']);
    expect(joined(text)).toBe(text);
  });

  it('does not cut a right-to-left word that ends in a Western digit or letter', () => {
    expect(stretches('پرونده2 و')).toEqual([]);
    expect(stretches('کلمه5')).toEqual([]);
  });

  it('cuts nothing out of empty text', () => {
    expect(ltrSegments('')).toEqual([]);
  });
});
