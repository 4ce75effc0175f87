import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { caseData, counselData } from './case-data.ts';
import { chronologyData, chronologyRows, chronologyTable, printRows, type ChronologyOptions } from './chronology.ts';
import { citeContext } from './chronology-format.ts';
import { requireCounsel } from './counsel-profile.ts';
import { timelineFields } from './field-maps.ts';
import type { BuildInput } from './letter.ts';
import { buildLetterhead } from './letterhead.ts';
import { pageFor } from './page.ts';

/**
 * The chronology: the whole timeline in its own order (typed events and those recorded elsewhere),
 * dates as written with their Gregorian value, disputed accounts, sources cited by title and page,
 * or inside a packet by tab and packet page. Only the events marked for filing, unless
 * `filingOnly` is false.
 */
export function buildTimeline(input: BuildInput, options: ChronologyOptions = {}): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const ast = input.templates('timeline');
  const labels = ast.front.strings;
  const rows = printRows(chronologyRows(input.case, labels, options), citeContext(input.case, labels, input.exhibitRefs));
  const { title, blocks } = evaluateTemplate(ast, {
    fields: timelineFields,
    data: { ...caseData(input.case, input.lang, input.today, labels), ...counselData(counsel), events: chronologyData(rows) },
    partials: { letterhead: () => buildLetterhead(counsel, input.templates), 'chronology-table': () => chronologyTable(rows, labels) },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
