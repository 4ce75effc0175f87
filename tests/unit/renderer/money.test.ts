import { describe, expect, test } from 'vitest';
import {
  MAX_CENTS,
  amountText,
  draftCents,
  draftNumber,
  formatCad,
  formatMoney,
  parseMoney,
  parseQuantity,
  sameDraftNumber,
} from '../../../src-renderer/components/money.ts';

describe('parseMoney', () => {
  test.each([
    ['2,000', 200_000],
    ['2000', 200_000],
    ['2000.50', 200_050],
    ['2000.5', 200_050],
    ['2,000.05', 200_005],
    ['$5,000', 500_000],
    ['CAD 5,000', 500_000],
    ['5000 $', 500_000],
    ['2 000,50', 200_050],
    ['2\u00a0000,50', 200_050],
    ['2\u202f000', 200_000],
    ['2 000 $ CA', 200_000],
    ['12,5', 1_250],
    ['1,234,567.89', 123_456_789],
    ['0', 0],
    ['007', 700],
    ['２０００', 200_000],
    // Seized cash as the Detention tab is given it (Case 1: CAD 4,800), in English and French usage.
    ['4800', 480_000],
    ['4,800', 480_000],
    ['4,800.00', 480_000],
    ['$4,800', 480_000],
    ['4 800', 480_000],
    ['4\u00a0800,00', 480_000],
    ['4800.0', 480_000],
    ['19,99', 1_999],
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseMoney(text)).toEqual({ kind: 'amount', cents });
  });

  test('nothing typed is no amount', () => {
    expect(parseMoney('')).toEqual({ kind: 'empty' });
    expect(parseMoney('   ')).toEqual({ kind: 'empty' });
    expect(parseMoney('$')).toEqual({ kind: 'empty' });
  });

  test.each(['-2,000', '−500', '(300)', '- $40', '-5'])('refuses the negative amount %j', (text) => {
    expect(parseMoney(text)).toEqual({ kind: 'error', reason: 'negative' });
  });

  // Forms a reader could take two ways are refused rather than guessed.
  test.each([
    '2.000',
    '1,00,000',
    '2,000,00',
    '2000.',
    '2.000,50',
    '4.800,00',
    '12.345',
    '1,23,4',
    '20.005',
    'two thousand',
    'abc',
    '2e3',
    '1 2',
    '--5',
    '-',
  ])('refuses the ambiguous or malformed %j', (text) => {
    expect(parseMoney(text)).toEqual({ kind: 'error', reason: 'format' });
  });

  test('refuses amounts above what the case model stores', () => {
    expect(parseMoney('10,000,000,000')).toEqual({ kind: 'amount', cents: MAX_CENTS });
    expect(parseMoney('10,000,000,000.01')).toEqual({ kind: 'error', reason: 'tooLarge' });
    expect(parseMoney('999999999999999999999')).toEqual({ kind: 'error', reason: 'tooLarge' });
  });

  test('cents are exact where floating point would drift', () => {
    expect(parseMoney('0.29')).toEqual({ kind: 'amount', cents: 29 });
    expect(parseMoney('1.15')).toEqual({ kind: 'amount', cents: 115 });
    expect(parseMoney('4,503,599,627.37')).toEqual({ kind: 'amount', cents: 450_359_962_737 });
  });
});

describe('formatMoney', () => {
  test('English groups with commas and drops zero cents', () => {
    expect(formatMoney(200_000, 'en')).toBe('2,000');
    expect(formatMoney(200_050, 'en')).toBe('2,000.50');
    expect(formatMoney(5, 'en')).toBe('0.05');
  });

  test('French groups with a narrow space and writes a decimal comma', () => {
    expect(formatMoney(200_050, 'fr').replace(/\s/gu, ' ')).toBe('2 000,50');
  });

  test('what is shown reads back as the same amount, in both languages', () => {
    for (const cents of [0, 1, 99, 100, 123_456, 200_050, 99_999_999, MAX_CENTS]) {
      for (const language of ['en', 'fr']) {
        expect(parseMoney(formatMoney(cents, language))).toEqual({ kind: 'amount', cents });
      }
    }
  });

  test('an amount in Canadian dollars says so', () => {
    expect(formatCad(700_000, 'en')).toBe('CAD 7,000');
    expect(formatCad(700_000, 'fr').replace(/\s/gu, ' ')).toBe('7 000 $ CA');
  });
});

describe('what a typed amount puts in the draft', () => {
  test('the cents of an amount, nothing for an empty field, NaN for a refused amount so that nothing is saved', () => {
    expect(draftCents(parseMoney('4,800'))).toBe(480_000);
    expect(draftCents(parseMoney('  '))).toBeUndefined();
    for (const text of ['abc', '4.800,00', '-5', '10,000,000,000.01']) expect(draftCents(parseMoney(text)), text).toBeNaN();
  });

  test('a field shows the stored amount, or nothing when there is none or it could not be read', () => {
    expect(amountText(480_000, 'en')).toBe('4,800');
    expect(amountText(200_050, 'fr').replace(/\s/gu, ' ')).toBe('2 000,50');
    expect(amountText(undefined, 'en')).toBe('');
    expect(amountText(Number.NaN, 'en')).toBe('');
  });

  test('what a field shows reads back as the amount stored', () => {
    for (const cents of [0, 480_000, 200_050, 1_999]) {
      for (const language of ['en', 'fr']) expect(draftCents(parseMoney(amountText(cents, language)))).toBe(cents);
    }
  });

  test('text that could not be read is the same draft value as other such text, and as nothing else', () => {
    expect(sameDraftNumber(Number.NaN, Number.NaN)).toBe(true);
    expect(sameDraftNumber(undefined, undefined)).toBe(true);
    expect(sameDraftNumber(480_000, 480_000)).toBe(true);
    expect(sameDraftNumber(Number.NaN, undefined)).toBe(false);
    expect(sameDraftNumber(undefined, 0)).toBe(false);
    expect(sameDraftNumber(480_000, 480_001)).toBe(false);
  });
});

describe('parseQuantity', () => {
  test('reads distances with a point or a comma', () => {
    expect(parseQuantity('18')).toEqual({ kind: 'number', value: 18 });
    expect(parseQuantity('2.5')).toEqual({ kind: 'number', value: 2.5 });
    expect(parseQuantity('2,5')).toEqual({ kind: 'number', value: 2.5 });
    expect(parseQuantity(' ')).toEqual({ kind: 'empty' });
  });

  test('refuses negatives and anything not a number', () => {
    expect(parseQuantity('-3')).toEqual({ kind: 'error', reason: 'negative' });
    expect(parseQuantity('18 km')).toEqual({ kind: 'error', reason: 'format' });
  });

  test('whole numbers only where asked (an age)', () => {
    expect(parseQuantity('41', true)).toEqual({ kind: 'number', value: 41 });
    expect(parseQuantity('4.5', true)).toEqual({ kind: 'error', reason: 'format' });
  });

  test('puts the number in the draft, nothing for an empty field, NaN for text refused', () => {
    expect(draftNumber(parseQuantity('2,5'))).toBe(2.5);
    expect(draftNumber(parseQuantity(''))).toBeUndefined();
    expect(draftNumber(parseQuantity('18 km'))).toBeNaN();
  });
});
