import type { Case } from '../../core/model/case.ts';
import { citationIn, pinpointHead, type Citation } from '../../core/rules/citation.ts';
import { citeContext, printSource, type Labels } from './chronology-format.ts';
import type { ExhibitRefs } from './exhibit-cite.ts';
import type { DocLang } from './format-date.ts';

/** The labels an H&C document needs to cite an exhibit (the chronology's wording of a source). */
export const hcCiteStrings = ['cite.tab', 'cite.notInPacket', 'page', 'pages'];

/** An exhibit as an H&C document cites it: its title, and inside a packet where it sits. */
export interface HcCitedExhibit {
  readonly title: string;
  /** "Tab 4, pp. APP-000012–APP-000015"; "not in this packet" for an exhibit left out; empty on its own. */
  readonly where: string;
}

export interface HcExhibitCiter {
  /** Undefined for an exhibit no longer in the case: a filed document never names a missing one. */
  cite(id: string): HcCitedExhibit | undefined;
  citeAll(ids: readonly string[]): HcCitedExhibit[];
  /** Only where a placed exhibit sits, on several lines for a narrow column; empty when it is not placed. */
  placed(id: string): string;
}

/**
 * "Tab 4,\npp. APP-000012–\nAPP-000015" as "Tab 4, pp.\nAPP-000012–\nAPP-000015": each stamped
 * label on a line of its own, so a narrow column never splits one at its hyphen.
 */
const stackedLabels = (text: string): string => text.replace(/^([^\n]*),\n(\S+) /u, '$1, $2\n');

/** The chronology breaks stamped page labels over lines for its narrow column; one line here. */
const oneLine = (text: string): string => text.replaceAll('–\n', '–').replaceAll(',\n', ', ').replaceAll('\n', ' ');

/**
 * Cites exhibits as the chronology does: on its own by title; inside a packet by tab and the
 * exhibit's own first–last packet pages in the packet's number style ("Tab 4, pp.
 * APP-000012–APP-000015"), never its divider.
 */
export function hcExhibitCiter(c: Case, refs: ExhibitRefs | undefined, labels: Labels): HcExhibitCiter {
  const ctx = citeContext(c, labels, refs);
  const titles = new Map(c.exhibits.map((x) => [x.id, x.title]));
  const cite = (id: string): HcCitedExhibit | undefined => {
    const title = titles.get(id);
    if (title === undefined) return undefined;
    if (refs === undefined) return { title, where: '' };
    if (refs.get(id) === undefined) return { title, where: labels['cite.notInPacket'] ?? '' };
    return { title, where: oneLine(printSource({ exhibitId: id }, ctx)) };
  };
  return {
    cite,
    citeAll: (ids) => ids.map(cite).filter((x): x is HcCitedExhibit => x !== undefined),
    placed: (id) => (titles.has(id) && refs?.get(id) !== undefined ? stackedLabels(printSource({ exhibitId: id }, ctx)) : ''),
  };
}

/**
 * A statute citation as each language writes it: "IRPA s.25(1.21)(b)" / "LIPR, al. 25(1.21)b)".
 * Only the pinpoint before any ";" is kept: what follows in the rule data is an explanation.
 */
export function statuteCitation(citation: Citation, lang: DocLang): string {
  return lang === 'en' ? `${citation.instrument} ${pinpointHead(citation)}` : citationIn(citation, 'fr');
}
