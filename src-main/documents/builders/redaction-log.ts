import type { Exhibit, RedactionMark } from '../../core/model/case.ts';
import type { Block, DossierDocument, TableCell } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { caseData, counselData } from './case-data.ts';
import { requireCounsel } from './counsel-profile.ts';
import { word, type Labels } from './detention-facts.ts';
import { formatLongDate } from './format-date.ts';
import type { BuildInput } from './letter.ts';
import { buildLetterhead } from './letterhead.ts';
import { pageFor } from './page.ts';
import { redactionLogColumns, redactionLogFields } from './redaction-log-fields.ts';

interface Row {
  readonly exhibit: string;
  readonly page: string;
  readonly area: string;
  readonly reason: string;
  readonly by: string;
  readonly when: string;
}

const paragraph = (value: string, bold = false): Block => ({
  type: 'paragraph',
  runs: value === '' ? [] : [{ text: value, ...(bold ? { bold } : {}) }],
});
const cell = (value: string, bold = false): TableCell => ({ blocks: [paragraph(value, bold)] });

const whole = (n: number) => String(Math.round(n));

/** Where a mark is, for ordering top to bottom: its shown top edge, else (an older mark) its page-space top edge upside down. */
const fromTop = (m: RedactionMark): number => m.shown?.y ?? -m.rect.top;

/**
 * The area as a person measures it: from the top-left corner of the page as shown. A mark applied
 * before that was kept has only its page-space rectangle, printed as such and said to be so.
 */
function areaText(m: RedactionMark, labels: Labels): string {
  if (m.shown) return `${whole(m.shown.x)}, ${whole(m.shown.y)} — ${whole(m.shown.width)} × ${whole(m.shown.height)}`;
  const { left, bottom, right, top } = m.rect;
  return `${whole(left)}, ${whole(bottom)} — ${whole(right - left)} × ${whole(top - bottom)} ${word(labels, 'fromBottomLeft')}`;
}

/** The rows of every applied redaction of the exhibits asked for; the text searched for or removed is never read. */
function logRows(exhibits: readonly Exhibit[], labels: Labels, input: BuildInput): Row[] {
  return exhibits.flatMap((e) => {
    const applied = e.redaction?.applied;
    if (!applied) return [];
    const rasterised = new Set(applied.rasterised ?? []);
    return [...applied.log]
      .sort((a, b) => a.page - b.page || fromTop(a) - fromTop(b))
      .map((m) => ({
        exhibit: e.title,
        page: rasterised.has(m.page) ? `${m.page} ${word(labels, 'pictured')}` : String(m.page),
        area: areaText(m, labels),
        reason: word(labels, `reason.${m.reason}`),
        by: applied.by ?? m.by ?? word(labels, 'unknownBy'),
        when: formatLongDate(applied.appliedAt.slice(0, 10), input.lang),
      }));
  });
}

function logTable(rows: readonly Row[], labels: Labels): Block[] {
  if (rows.length === 0) return [];
  return [
    {
      type: 'table',
      headerRows: [{ cells: redactionLogColumns.map((c) => cell(word(labels, `column.${c}`), true)) }],
      // Points of the 468 pt between the margins.
      columnWidths: [94, 40, 78, 100, 84, 72],
      rows: rows.map((r) => ({ cells: redactionLogColumns.map((c) => cell(r[c])) })),
    },
  ];
}

/**
 * The redaction log: for every exhibit with a redacted copy (or the one asked for), each redaction
 * applied — page, area, reason in words, who applied it and when. What was removed is never
 * printed: the log can be served without undoing the redaction.
 */
export function buildRedactionLog(input: BuildInput, exhibitId?: string): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const ast = input.templates('redaction-log');
  const labels = ast.front.strings;
  const exhibits = input.case.exhibits.filter((e) => exhibitId === undefined || e.id === exhibitId);
  const rows = logRows(exhibits, labels, input);
  const { title, blocks } = evaluateTemplate(ast, {
    fields: redactionLogFields,
    data: {
      ...caseData(input.case, input.lang, input.today, labels),
      ...counselData(counsel),
      count: String(rows.length),
      rows: rows.map((r) => ({ ...r })),
    },
    partials: { letterhead: () => buildLetterhead(counsel, input.templates), 'redaction-table': () => logTable(rows, labels) },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
