import { describe, expect, it } from 'vitest';
import { ltrSegments } from '../../../../src-renderer/features/statements/bidi.tsx';

const stretches = (text: string) =>
  ltrSegments(text)
    .filter((s) => s.ltr)
    .map((s) => s.text);

describe('left-to-right stretches in right-to-left text', () => {
  it('keeps a file number that starts with digits in one stretch', () => {
    expect(stretches('شماره پرونده من 0003-B6-04567 است.')).toEqual(['0003-B6-04567']);
  });

  it('takes a Latin name as one stretch and leaves the Persian comma after it outside', () => {
    expect(stretches('آقای Daniel MORRIS، صاحب‌کار سابقم')).toEqual(['Daniel MORRIS']);
  });

  it('leaves Persian and Arabic-Indic digits to the right-to-left text, and a sentence’s full stop outside', () => {
    expect(stretches('در ۱۵ اسفند ۱۴۰۴ و ٢٠٢٦ مأموران CBSA آمدند.')).toEqual(['CBSA']);
    expect(stretches('IRPA s.140.')).toEqual(['IRPA s.140']);
  });

  it('finds several stretches and joins the pieces back to the text exactly', () => {
    const text = 'مبلغ 4,800 دلار و O’Neil در Toronto';
    expect(stretches(text)).toEqual(['4,800', 'O’Neil', 'Toronto']);
    expect(
      ltrSegments(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('does not start a stretch inside a right-to-left word', () => {
    expect(stretches('کلمه5')).toEqual([]);
    expect(ltrSegments('')).toEqual([]);
  });
});
