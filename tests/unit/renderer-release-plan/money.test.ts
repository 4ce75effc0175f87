import { describe, expect, test } from 'vitest';
import { loadReleasePlanHelper } from './load.ts';

type MoneyParse = { kind: 'empty' } | { kind: 'amount'; cents: number } | { kind: 'error'; reason: 'format' | 'negative' | 'tooLarge' };
type NumberParse = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'error'; reason: 'format' | 'negative' };
interface MoneyModule {
  readonly MAX_CENTS: number;
  readonly parseMoney: (text: string) => MoneyParse;
  readonly formatMoney: (cents: number, language: string) => string;
  readonly formatCad: (cents: number, language: string) => string;
  readonly parseQuantity: (text: string, integer?: boolean) => NumberParse;
}

const { MAX_CENTS, parseMoney, formatMoney, formatCad, parseQuantity } = await loadReleasePlanHelper<MoneyModule>('money.ts');

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
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseMoney(text)).toEqual({ kind: 'amount', cents });
  });

  test('nothing typed is no amount', () => {
    expect(parseMoney('')).toEqual({ kind: 'empty' });
    expect(parseMoney('   ')).toEqual({ kind: 'empty' });
    expect(parseMoney('$')).toEqual({ kind: 'empty' });
  });

  test.each(['-2,000', '−500', '(300)', '- $40'])('refuses the negative amount %j', (text) => {
    expect(parseMoney(text)).toEqual({ kind: 'error', reason: 'negative' });
  });

  // Forms a reader could take two ways are refused rather than guessed.
  test.each(['2.000', '1,00,000', '2,000,00', '2000.', '2.000,50', '20.005', 'two thousand', '2e3', '1 2', '--5', '-'])(
    'refuses the ambiguous or malformed %j',
    (text) => {
      expect(parseMoney(text)).toEqual({ kind: 'error', reason: 'format' });
    },
  );

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
});
