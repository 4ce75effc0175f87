import type { Case, RelativeSide, TimelineSource } from '../../core/model/case.ts';
import type { PartialDate } from '../../core/model/partial-date.ts';
import { anchorWords } from '../../core/timeline/anchor-words.ts';
import { eventBounds } from '../../core/timeline/bounds.ts';
import { highestPage, packetPinCite } from '../../core/timeline/pins.ts';
import { asciiDigits, qualifierWords } from '../../core/timeline/words.ts';
import type { ExhibitRefs } from './exhibit-cite.ts';

export type Labels = Readonly<Record<string, string>>;

export const word = (labels: Labels, key: string): string => (Object.hasOwn(labels, key) ? (labels[key] ?? '') : '');

/** `{name}` placeholders filled in one pass, so a value holding braces stays as it is. */
export const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/gu, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] ?? '') : whole));

const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A date as the chronology prints it: the words as written, then its Gregorian value or range (empty when the words already are it). */
export interface PrintedDate {
  readonly written: string;
  readonly gregorian: string;
}

/** True when the words as written already say "about", "before" or "after" (in any language the parser reads). */
function wordsSay(words: string, qualifier: 'circa' | 'before' | 'after'): boolean {
  const entry = qualifierWords.find((q) => q.qualifier === qualifier);
  return entry !== undefined && entry.words.test(asciiDigits(words.toLocaleLowerCase()));
}

/**
 * The words are printed verbatim and never given a qualifier of their own: "ประมาณ พ.ศ. 2562
 * (2019-01-01 – 2019-12-31)". Where the words do not say what the qualifier says (a bare "2020"
 * marked circa), the Gregorian part says it: "2020 (c. 2020-01-01 – 2020-12-31)". Without words,
 * the qualifier leads the date itself. "Before X" and "after X" name X itself in words ("after 17
 * February 2026", "after February 2026"), never the end of its range; an event told as shortly
 * after or before another prints that event's date so ("shortly after 3 March 2026"). Unknown
 * dates and lunar dates without a range say so.
 */
export function printDate(when: PartialDate, labels: Labels, relative?: RelativeSide): PrintedDate {
  const words = when.original.trim();
  const calendar = word(labels, `calendar.${when.calendar}`) || when.calendar;
  const structured = (): string => `${calendar} ${[when.year, when.month, when.day].filter((n) => n !== undefined).join('-')}`.trim();
  if (when.qualifier === 'unknown') {
    const unknown = word(labels, 'date.unknown');
    return words === '' ? { written: upperFirst(unknown), gregorian: '' } : { written: words, gregorian: unknown };
  }
  const bounds = eventBounds(when);
  if (!bounds) {
    const lunar = when.calendar === 'chinese-lunar' || when.calendar === 'korean-lunar';
    const none = lunar ? fill(word(labels, 'date.lunarNoRange'), { calendar }) : word(labels, 'date.noRange');
    return { written: words || structured(), gregorian: none };
  }
  const { earliest, latest } = bounds.stated;
  const range = earliest === latest ? earliest : `${earliest} – ${latest}`;
  const q = when.qualifier;
  if (relative !== undefined) {
    const beside = fill(word(labels, `date.${relative}`), { date: anchorWords(bounds.stated, labels) });
    return words === '' ? { written: beside, gregorian: '' } : { written: words, gregorian: beside };
  }
  if (q === 'before' || q === 'after') {
    const x = bounds.placed ? { earliest, latest: earliest } : bounds.stated;
    const anchored = fill(word(labels, `date.${q}`), { date: anchorWords(x, labels) });
    if (words === '' && when.calendar === 'gregorian') return { written: anchored, gregorian: '' };
    if (words === '') return { written: fill(word(labels, `date.${q}`), { date: structured() }), gregorian: anchored };
    // Words that already say "after" keep their Gregorian range beside them, as any other words do.
    const gregorian = wordsSay(words, q) ? range : anchored;
    return { written: words, gregorian: gregorian === words ? '' : gregorian };
  }
  if (q === 'circa') {
    const qualified = (date: string): string => fill(word(labels, 'date.circa'), { date });
    if (words === '') {
      if (when.calendar === 'gregorian') return { written: qualified(range), gregorian: '' };
      return { written: qualified(structured()), gregorian: range };
    }
    const gregorian = wordsSay(words, q) ? range : qualified(range);
    return { written: words, gregorian: gregorian === words ? '' : gregorian };
  }
  if (words === '') return when.calendar === 'gregorian' ? { written: range, gregorian: '' } : { written: structured(), gregorian: range };
  return { written: words, gregorian: range === words ? '' : range };
}

/** "Title (date words) (Gregorian)" on one line, for the template's `events` list. */
export const dateLine = (date: PrintedDate): string => (date.gregorian === '' ? date.written : `${date.written} (${date.gregorian})`);

/** What a source cites needs from the case and, inside a packet, from where the exhibits landed. */
export interface CiteContext {
  readonly labels: Labels;
  readonly exhibits: ReadonlyMap<string, { readonly title: string; readonly pages?: number | undefined }>;
  readonly refs?: ExhibitRefs | undefined;
}

export function citeContext(c: Case, labels: Labels, refs: ExhibitRefs | undefined): CiteContext {
  return { labels, exhibits: new Map(c.exhibits.map((x) => [x.id, { title: x.title, pages: x.pages }])), refs };
}

const several = (pin: string): boolean => /[,\-–]/u.test(pin);

/**
 * "3-5, 8" printed with en dashes and each number in the packet's own style. Stamped labels
 * ("APP-000021") are long and hold a hyphen Chromium would break at in a narrow column, so a line
 * break is written after each dash and comma between them; `printSource` callers that want one
 * line fold it into a space.
 */
function pagesText(pin: string, label: (n: number) => string): { text: string; stamped: boolean } {
  const parts = pin.split(',').map((part) =>
    part
      .trim()
      .split(/[-–]/u)
      .map((n) => label(Number(n.trim()))),
  );
  const stamped = parts.flat().some((l) => /\p{L}/u.test(l));
  return { text: parts.map((range) => range.join(stamped ? '–\n' : '–')).join(stamped ? ',\n' : ', '), stamped };
}

/** " p. 21", " pp. 21–23"; a stamped label starts its own line. */
function pageWords(labels: Labels, pin: string, label: (n: number) => string): string {
  const { text, stamped } = pagesText(pin, label);
  return `${stamped ? '\n' : ' '}${word(labels, several(pin) ? 'pages' : 'page')} ${text}`;
}

/**
 * A source as cited: "Notice of seizure, p. 1" on its own; inside a packet its tab and PACKET
 * pages, "Tab 8, p. 21" (a whole exhibit as its first–last pages), in the packet's number style
 * ("APP-000021"). A pin beyond the exhibit's last page says so instead of printing a wrong page.
 */
export function printSource(source: TimelineSource, ctx: CiteContext): string {
  const { labels } = ctx;
  const exhibit = ctx.exhibits.get(source.exhibitId);
  if (!exhibit) return word(labels, 'cite.missing');
  const pin = source.pages?.trim() ?? '';
  const top = pin === '' ? null : highestPage(pin);
  const beyond = (count: number): string => fill(word(labels, 'cite.beyond'), { pin: pagesText(pin, String).text, count: String(count) });
  const ref = ctx.refs?.get(source.exhibitId);
  if (ref === undefined) {
    const own = exhibit.pages;
    const at =
      pin === ''
        ? ''
        : own !== undefined && own > 0 && top !== null && top > own
          ? beyond(own)
          : pageWords(labels, pin, String).trimStart();
    const text = at === '' ? exhibit.title : `${exhibit.title}, ${at}`;
    return ctx.refs === undefined ? text : `${text} (${word(labels, 'cite.notInPacket')})`;
  }
  const tab = fill(word(labels, 'cite.tab'), { tab: ref.tab });
  const label = ref.pageLabel ?? ((n: number) => (n === ref.page && ref.label !== undefined ? ref.label : String(n)));
  const pages = ref.pages ?? exhibit.pages;
  const last = ref.lastPage ?? (pages === undefined ? undefined : ref.page + pages - 1);
  if (pin === '') {
    if (last === undefined) return `${tab},${pageWords(labels, String(ref.page), label)}`;
    const first = pages === undefined ? ref.page : Math.max(ref.page, last - pages + 1);
    return `${tab},${pageWords(labels, first === last ? String(first) : `${first}-${last}`, label)}`;
  }
  if (pages === undefined || last === undefined || top === null)
    return `${tab}, ${fill(word(labels, 'cite.ofExhibit'), { pin: pagesText(pin, String).text })}`;
  const packet = packetPinCite(pin, { firstPage: ref.page, lastPage: last, pages });
  return packet === null ? `${tab}, ${beyond(pages)}` : `${tab},${pageWords(labels, packet, label)}`;
}
