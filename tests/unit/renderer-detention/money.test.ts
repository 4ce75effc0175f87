import { describe, expect, it } from 'vitest';
import { loadRenderer } from './load.ts';

const { dollarsText, parseDollars } = await loadRenderer<{
  readonly parseDollars: (text: string) => number | undefined;
  readonly dollarsText: (cents: number | undefined) => string;
}>('features/detention/money.ts');

describe('dollar amounts as typed', () => {
  it('reads English and French ways of writing CAD 4,800', () => {
    for (const text of ['4800', '4,800', '4,800.00', '$4,800', '4 800', '4\u00A0800,00', '4800.0'])
      expect(parseDollars(text), text).toBe(480_000);
  });

  it('keeps cents', () => {
    expect(parseDollars('2000.5')).toBe(200_050);
    expect(parseDollars('19,99')).toBe(1999);
    expect(parseDollars('1,234,567.89')).toBe(123_456_789);
  });

  it('is empty for an empty field and NaN for text that is not an amount', () => {
    expect(parseDollars('  ')).toBeUndefined();
    for (const text of ['abc', '4.800,00', '12.345', '-5', '1,23,4']) expect(parseDollars(text), text).toBeNaN();
  });

  it('writes cents back so that they read the same', () => {
    for (const cents of [0, 480_000, 200_050, 1999]) expect(parseDollars(dollarsText(cents))).toBe(cents);
    expect(dollarsText(480_000)).toBe('4800');
    expect(dollarsText(undefined)).toBe('');
  });
});
