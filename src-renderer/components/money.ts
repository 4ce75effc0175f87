/**
 * Dollar amounts as typed by counsel ("2,000", "2000.50", "2 000,50", "$5,000") to whole cents,
 * and back, for every amount field of the app (bonds, incomes, assets, seized property). Parsing
 * never guesses: a form that could mean two amounts ("2.000", "1,00,000") is refused rather than
 * read one way, with the reason, and the arithmetic is done on digit strings, not floats.
 */

/** The largest amount the case model stores (IRPR bonds are far below it). */
export const MAX_CENTS = 1_000_000_000_000;

export type MoneyParse =
  | { readonly kind: 'empty' }
  | { readonly kind: 'amount'; readonly cents: number }
  | { readonly kind: 'error'; readonly reason: 'format' | 'negative' | 'tooLarge' };

const currencyPrefix = /^(?:CAD|CA\$|C\$|\$)\s*/iu;
const currencySuffix = /\s*(?:CAD|\$ ?CA|CA\$|\$)$/iu;
const minusSign = /^[-\u2212\u2013]\s*/u;

/** Plain digits, with an optional decimal point or comma followed by one or two digits. */
const plain = /^(\d+)(?:[.,](\d{1,2}))?$/u;
/** Thousands grouped by commas, decimals after a point: 12,345,678.90 */
const commaGroups = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/u;
/** Thousands grouped by spaces (French usage), decimals after a comma or a point: 12 345 678,90 */
const spaceGroups = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d{1,2}))?$/u;

export function parseMoney(text: string): MoneyParse {
  // NFKC turns no-break and narrow no-break spaces into plain spaces and full-width digits into ASCII.
  let rest = text.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  rest = rest.replace(currencyPrefix, '').replace(currencySuffix, '').trim();
  let negative = false;
  if (minusSign.test(rest)) {
    negative = true;
    rest = rest.replace(minusSign, '').replace(currencyPrefix, '');
  } else if (/^\(.+\)$/u.test(rest)) {
    negative = true;
    rest = rest.slice(1, -1).trim().replace(currencyPrefix, '');
  }
  if (rest === '') return negative ? { kind: 'error', reason: 'format' } : { kind: 'empty' };
  const match = plain.exec(rest) ?? commaGroups.exec(rest) ?? spaceGroups.exec(rest);
  if (!match) return { kind: 'error', reason: 'format' };
  const whole = (match[1] ?? '').replace(/[ ,]/gu, '').replace(/^0+(?=\d)/u, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  if (whole.length > String(MAX_CENTS / 100).length) return { kind: 'error', reason: 'tooLarge' };
  const cents = Number(whole) * 100 + Number(fraction);
  if (negative && cents > 0) return { kind: 'error', reason: 'negative' };
  if (cents > MAX_CENTS) return { kind: 'error', reason: 'tooLarge' };
  return { kind: 'amount', cents };
}

/** "2,000" / "2 000" (no cents when there are none), "2,000.50" / "2 000,50". */
export function formatMoney(cents: number, language: string): string {
  const locale = language.startsWith('fr') ? 'fr-CA' : 'en-CA';
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** The amount to show in a field: `formatMoney`, or '' for none (or an amount that could not be read). */
export function amountText(cents: number | undefined, language: string): string {
  return cents === undefined || Number.isNaN(cents) ? '' : formatMoney(cents, language);
}

/** "CAD 2,000" in English, "2 000 $ CA" in French. */
export function formatCad(cents: number, language: string): string {
  const amount = formatMoney(cents, language);
  return language.startsWith('fr') ? `${amount} $ CA` : `CAD ${amount}`;
}

/**
 * What a typed amount puts in the draft: the cents, undefined for an empty field, or NaN for an
 * amount refused, which keeps the draft from being saved (the case schema names the field).
 */
export function draftCents(parsed: MoneyParse): number | undefined {
  if (parsed.kind === 'empty') return undefined;
  return parsed.kind === 'amount' ? parsed.cents : Number.NaN;
}

export type NumberParse =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'error'; readonly reason: 'format' | 'negative' };

/** A non-negative number such as a distance ("18", "2.5", "2,5"); `integer` refuses decimals. */
export function parseQuantity(text: string, integer = false): NumberParse {
  const rest = text.normalize('NFKC').trim();
  if (rest === '') return { kind: 'empty' };
  if (minusSign.test(rest)) return { kind: 'error', reason: 'negative' };
  const pattern = integer ? /^\d+$/u : /^\d+(?:[.,]\d+)?$/u;
  if (!pattern.test(rest)) return { kind: 'error', reason: 'format' };
  return { kind: 'number', value: Number(rest.replace(',', '.')) };
}

/** What a typed number puts in the draft, as draftCents does for amounts. */
export function draftNumber(parsed: NumberParse): number | undefined {
  if (parsed.kind === 'empty') return undefined;
  return parsed.kind === 'number' ? parsed.value : Number.NaN;
}

/** Whether two draft values are the same, NaN (text that could not be read) equal to NaN. */
export function sameDraftNumber(a: number | undefined, b: number | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && Number.isNaN(a) && Number.isNaN(b));
}
