import type { TemplateRules } from '../templates/validate.ts';
import { counselFields, declarationFields, letterFields, timelineFields } from './field-maps.ts';

export const documentKinds = ['letter', 'timeline', 'translator-declaration'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** Template ids: the three documents plus the letterhead and signature blocks they include. */
export const templateIds = ['letter', 'timeline', 'translator-declaration', 'letterhead', 'signature'] as const;
export type TemplateId = (typeof templateIds)[number];

const timelineStrings = [
  'column.date',
  'column.category',
  'column.event',
  'column.sources',
  'noSource',
  'disputed',
  'page',
  'birth',
  'qualifier.circa',
  'qualifier.before',
  'qualifier.after',
  'qualifier.between',
  'qualifier.season',
  ...['entry', 'status', 'work', 'abuse', 'arrest', 'detention', 'hearing', 'application', 'decision', 'medical', 'family', 'other'].map(
    (c) => `category.${c}`,
  ),
];

/** What each template may read and which block directives it may use: the allow-list. */
export const templateRules: Readonly<Record<TemplateId, TemplateRules>> = {
  letterhead: { documentType: 'letterhead', fields: counselFields, partials: [], strings: [] },
  signature: { documentType: 'signature', fields: counselFields, partials: [], strings: [] },
  letter: {
    documentType: 'letter',
    fields: letterFields,
    partials: ['letterhead', 'signature'],
    strings: ['forum.IRB-ID', 'forum.IRB-RPD', 'forum.IRCC', 'forum.CBSA', 'forum.FC', 'fileNo'],
  },
  timeline: {
    documentType: 'timeline',
    fields: timelineFields,
    partials: ['letterhead', 'chronology-table'],
    strings: [...timelineStrings, 'forum.IRB-ID', 'forum.IRB-RPD', 'forum.IRCC', 'forum.CBSA', 'forum.FC', 'fileNo'],
  },
  'translator-declaration': {
    documentType: 'translator-declaration',
    fields: declarationFields,
    partials: [],
    strings: ['forum.IRB-ID', 'forum.IRB-RPD', 'forum.IRCC', 'forum.CBSA', 'forum.FC', 'fileNo', 'noDialect'],
  },
};

export function isTemplateId(value: string): value is TemplateId {
  return (templateIds as readonly string[]).includes(value);
}
