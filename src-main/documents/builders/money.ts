import type { DocLang } from './format-date.ts';

export interface Money {
  readonly amountCents: number;
  readonly currency: 'CAD';
}

/** No-break spaces: a figure and its currency never part at a line end. */
const NBSP = '\u00A0';

/** "CAD 2,000" / "2 000 $ CA"; cents only when there are some ("CAD 2,000.50", "2 000,50 $ CA"). */
export function formatMoney(money: Money, lang: DocLang): string {
  const whole = money.amountCents % 100 === 0;
  const digits = whole ? 0 : 2;
  const figure = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
    .format(money.amountCents / 100)
    .replace(/[\u00A0\u202F\s]/gu, NBSP);
  return lang === 'fr' ? `${figure}${NBSP}$${NBSP}CA` : `CAD${NBSP}${figure}`;
}

/** A plain number in the document's language: "2.5" / "2,5". */
export function formatNumber(value: number, lang: DocLang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 })
    .format(value)
    .replace(/[\u00A0\u202F]/gu, NBSP);
}
