import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { caseData, counselData } from './case-data.ts';
import { chronologyData, chronologyRows, chronologyTable } from './chronology.ts';
import { requireCounsel } from './counsel-profile.ts';
import { timelineFields } from './field-maps.ts';
import type { BuildInput } from './letter.ts';
import { buildLetterhead } from './letterhead.ts';
import { pageFor } from './page.ts';

/** The chronology: one row per timeline event in date order, dates as written, sources cited. */
export function buildTimeline(input: BuildInput): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const ast = input.templates('timeline');
  const labels = ast.front.strings;
  const rows = chronologyRows(input.case, labels);
  const { title, blocks } = evaluateTemplate(ast, {
    fields: timelineFields,
    data: { ...caseData(input.case, input.lang, input.today, labels), ...counselData(counsel), events: chronologyData(rows, labels) },
    partials: { letterhead: () => buildLetterhead(counsel, input.templates), 'chronology-table': () => chronologyTable(rows, labels) },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
