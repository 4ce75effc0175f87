import { redactionReasons } from '../../core/model/exhibit-copies.ts';
import type { FieldMap } from '../templates/fields.ts';
import { forumStrings } from './detention-strings.ts';
import { caseFields, counselFields } from './field-maps.ts';

/** The redaction log's template fields and strings, apart from its builder so the document table can list them without importing the builder. */
const text = (doc: string) => ({ kind: 'text', doc }) as const;

export const redactionLogFields: FieldMap = {
  ...caseFields,
  ...counselFields,
  count: text('How many redactions the log lists'),
  rows: {
    kind: 'list',
    doc: 'Every applied redaction, exhibit by exhibit and page by page (never the text removed)',
    item: {
      exhibit: text('The exhibit’s title'),
      page: text('The page of the exhibit'),
      area: text(
        'Where on the page as shown: left and top edges, then width × height, in points from the page’s top-left corner (a redaction applied before areas were measured so says it is from the bottom-left corner)',
      ),
      reason: text('Why, in words'),
      by: text('Who applied it'),
      when: text('The day it was applied'),
    },
  },
};

export const redactionLogColumns = ['exhibit', 'page', 'area', 'reason', 'by', 'when'] as const;

export const redactionLogStrings = [
  ...forumStrings,
  ...redactionLogColumns.map((c) => `column.${c}`),
  ...redactionReasons.map((r) => `reason.${r}`),
  'unknownBy',
  'pictured',
  'fromBottomLeft',
];
