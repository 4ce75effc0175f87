import { conditionKinds, groundKinds, hearingTypes, s248Factors } from '../../core/model/case.ts';

/** Labels every document on a file prints in its caption. */
export const forumStrings = ['forum.IRB-ID', 'forum.IRB-RPD', 'forum.IRCC', 'forum.CBSA', 'forum.FC', 'fileNo'];

/** The caption labels of every detention document: the forum, the hearing type and mode. */
export const detentionStrings = [
  ...forumStrings,
  ...hearingTypes.map((t) => `hearingType.${t}`),
  ...['in-person', 'video', 'phone'].map((m) => `mode.${m}`),
];

const groundStrings = [...groundKinds.flatMap((g) => [`ground.${g}`, `groundShort.${g}`]), 'noGround'];
const conditionStrings = conditionKinds.map((k) => `condition.${k}`);
const bondspersonStrings = [
  ...['citizen', 'PR', 'TR', 'other'].map((s) => `status.${s}`),
  'years.less',
  'years.one',
  'years.other',
  'cite.tab',
];

export const releasePlanStrings = [
  ...detentionStrings,
  ...groundStrings,
  ...conditionStrings,
  ...bondspersonStrings,
  ...['owner', 'lease', 'shelter', 'CCMS-residence', 'other'].map((t) => `tenure.${t}`),
  ...s248Factors.map((f) => `factor.${f}`),
];

export const bondspersonDeclarationStrings = [...detentionStrings, ...conditionStrings, ...bondspersonStrings];

export const serviceMethodStrings = ['hand', 'mail', 'registered', 'courier', 'fax', 'email', 'portal'].map((m) => `method.${m}`);

/** The prep sheet's rows: a label each, and the fixed wording of the rows that have no data. */
export const prepSheetRows = [
  'hearing',
  'mode',
  'address',
  'bondspersons',
  'counsel',
  'interpreter',
  'conditions',
  'bring',
  'expect',
] as const;
export type PrepSheetRow = (typeof prepSheetRows)[number];

export const prepSheetStrings = [
  ...detentionStrings,
  ...conditionStrings,
  ...prepSheetRows.map((r) => `row.${r}`),
  'text.interpreter',
  'text.bring',
  'text.expect',
  'toBeConfirmed',
  'column.source',
  'column.translation',
];
