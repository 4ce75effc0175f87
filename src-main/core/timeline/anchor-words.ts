/** Labels by key: a template's front matter, or the UI's strings in the same shape. */
export type DateLabels = Readonly<Record<string, string>>;

const label = (labels: DateLabels, key: string): string => (Object.hasOwn(labels, key) ? (labels[key] ?? '') : '');
const fill = (pattern: string, values: Readonly<Record<string, string>>): string =>
  pattern.replace(/\{([a-z]+)\}/gu, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] ?? '') : whole));

/**
 * The anchor of "before X", "after X" or "shortly after X" in words of the labels' language:
 * a day as "17 February 2026" / « le 17 février 2026 », a whole month as "February 2026", a whole
 * year as "2026", anything else as its Gregorian range. It is the date X itself, never the day
 * after or the end of its range. The printed chronology reads its template's labels
 * (`date.day`, `date.dayOne`, `date.month`, `month.1`…`month.12`); the Timeline tab the UI's.
 */
export function anchorWords(stated: { readonly earliest: string; readonly latest: string }, labels: DateLabels): string {
  const [y1 = '', m1 = '', d1 = ''] = stated.earliest.split('-');
  const [y2 = '', m2 = '', d2 = ''] = stated.latest.split('-');
  const month = (m: string): string => label(labels, `month.${String(Number(m))}`);
  if (stated.earliest === stated.latest) {
    const day = d1 === '01' ? label(labels, 'date.dayOne') || '1' : String(Number(d1));
    return fill(label(labels, 'date.day'), { day, month: month(m1), year: y1 });
  }
  const lastOfMonth = new Date(Date.UTC(Number(y1), Number(m1), 0)).getUTCDate();
  if (y1 === y2 && m1 === m2 && d1 === '01' && Number(d2) === lastOfMonth)
    return fill(label(labels, 'date.month'), { month: month(m1), year: y1 });
  if (y1 === y2 && `${m1}-${d1}` === '01-01' && `${m2}-${d2}` === '12-31') return y1;
  return `${stated.earliest} – ${stated.latest}`;
}
