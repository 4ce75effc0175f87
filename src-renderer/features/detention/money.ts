/**
 * Dollar amounts as people type them: `4800`, `4,800.00`, `4 800,00` (French), `$4800`. Returns
 * cents, undefined for an empty field, or NaN for text that is not an amount (the schema then
 * names the field).
 */
export function parseDollars(text: string): number | undefined {
  const compact = text.replace(/[\s\u00A0\u202F$]/g, '');
  if (compact === '') return undefined;
  let normal: string;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/.test(compact)) normal = compact.replaceAll(',', '');
  else if (/^\d+,\d{1,2}$/.test(compact)) normal = compact.replace(',', '.');
  else if (/^\d+(?:\.\d{1,2})?$/.test(compact)) normal = compact;
  else return Number.NaN;
  const [whole = '0', fraction = ''] = normal.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Cents as an amount to edit: `4800` or `4800.50` (no grouping, so it reads back the same). */
export function dollarsText(cents: number | undefined): string {
  if (cents === undefined || Number.isNaN(cents)) return '';
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${String(whole)}.${String(rest).padStart(2, '0')}`;
}
