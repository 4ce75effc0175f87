import { describe, expect, it } from 'vitest';
import { bidiPieces, firstStrong, isolatesWhole, ltrSegments } from '../../../../src-main/core/lang/bidi.ts';

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

describe('stretches that stay together', () => {
  it('keeps a Latin address with its commas and abbreviations as one stretch', () => {
    const text = 'نشانی من 12 Main Street, Apt. 3, Toronto است.';
    expect(stretches(text)).toEqual(['12 Main Street, Apt. 3, Toronto']);
    expect(joined(text)).toBe(text);
  });

  it('keeps a telephone number with its plus sign and brackets, and leaves an unclosed bracket out', () => {
    expect(stretches('تلفن +1 (416) 555-0100 است')).toEqual(['+1 (416) 555-0100']);
    expect(stretches('در Toronto (Ontario است')).toEqual(['Toronto', 'Ontario']);
  });

  it('isolates an ISO date inside parentheses and leaves both parentheses to the Persian', () => {
    expect(ltrSegments('او در تاریخ (2024-03-15) بازداشت شد.')).toEqual([
      { text: 'او در تاریخ (', ltr: false },
      { text: '2024-03-15', ltr: true },
      { text: ') بازداشت شد.', ltr: false },
    ]);
  });

  it('does not join two stretches across a sentence end followed by right-to-left text', () => {
    expect(stretches('Daniel MORRIS، آقای Mina REZAEI.')).toEqual(['Daniel MORRIS', 'Mina REZAEI']);
  });
});

describe('right-to-left stretches in left-to-right text', () => {
  const rtl = (text: string): string[] => bidiPieces(text, 'ltr').flatMap((p) => (p.isolate === 'rtl' ? [p.text] : []));

  it('takes a Persian date from its first digit to its year, the Gregorian date in brackets outside', () => {
    const text = 'dated ۲۰ اسفند ۱۴۰۴ (2026-03-11).';
    expect(rtl(text)).toEqual(['۲۰ اسفند ۱۴۰۴']);
    expect(
      bidiPieces(text, 'ltr')
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('takes a Persian sentence with the Latin words inside it as one stretch, its full stop outside', () => {
    expect(rtl('He said: مأموران CBSA مرا بازداشت کردند. Then he left.')).toEqual(['مأموران CBSA مرا بازداشت کردند']);
    expect(rtl('Name: رضا احمدی, born 1989')).toEqual(['رضا احمدی']);
  });

  it('finds nothing to isolate in text of one direction', () => {
    expect(bidiPieces('My file number is 0003-B6-04567.', 'ltr')).toEqual([{ text: 'My file number is 0003-B6-04567.' }]);
    expect(bidiPieces('نام من شیرین است.', 'rtl')).toEqual([{ text: 'نام من شیرین است.' }]);
  });
});

describe('values isolated whole', () => {
  it('isolates a value holding a right-to-left letter or a bidi control, and finds its first strong direction', () => {
    expect(isolatesWhole('LAI Wing-sze')).toBe(false);
    expect(isolatesWhole('\u202eezs-gniW IAL')).toBe(true);
    expect(isolatesWhole('REZAEI Shirin (شیرین رضایی)')).toBe(true);
    expect(firstStrong('  12 رضا AHMADI')).toBe('rtl');
    expect(firstStrong('2026-03-11')).toBeUndefined();
  });
});
