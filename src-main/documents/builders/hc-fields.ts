import { hcFactorKinds } from '../../core/model/case.ts';
import type { FieldMap, FieldSpec } from '../templates/fields.ts';
import { factorFlag } from './hc-data.ts';
import { caseFields, counselFields } from './field-maps.ts';

const text = (doc: string) => ({ kind: 'text', doc }) as const;
/** A name or a page range, printed unbroken (see TextRun.unbroken). */
const unbroken = (doc: string) => ({ kind: 'text', doc, unbroken: true }) as const;
const flag = (doc: string) => ({ kind: 'flag', doc }) as const;
const group = (doc: string, fields: FieldMap): FieldSpec => ({ kind: 'group', doc, fields });
const list = (doc: string, item: FieldMap): FieldSpec => ({ kind: 'list', doc, item });

/** Fields every H&C document reads besides the case fields. */
const hcCommon: FieldMap = {
  ...caseFields,
  otherFileNumbers: text('The file numbers other than the UCI, on one line: "FC file no. IMM-9876-25"'),
};

const paragraphs = list('The narrative, one item per paragraph (split on blank lines)', { text: text('One paragraph') });
const evidence = list('The exhibits relied on, in the order linked', {
  title: text('Title of the exhibit'),
  where: unbroken('Inside a packet: "Tab 4, pp. APP-000012–APP-000015"; empty on its own'),
});

export const hcSubmissionFields: FieldMap = {
  ...hcCommon,
  ...counselFields,
  factorsLine: text('The factors relied on, in one line'),
  bioc: flag('The best interests of a child are relied on, as a factor or as the exception to the 12-month bar'),
  children: text('The directly affected children named in the exceptions, in one line'),
  admissibility: flag('A bar of IRPA s.25(1.2) applies and is addressed'),
  pendingHc: group('Another H&C request is pending (IRPA s.25(1.2)(a))', { citation: text('The provision') }),
  pendingClaim: group('A refugee claim is pending (IRPA s.25(1.2)(b))', { citation: text('The provision') }),
  twelveMonth: group('The 12-month bar after the last negative refugee decision (IRPA s.25(1.2)(c)), while it runs', {
    decision: text('The decision, in words: "the Federal Court’s refusal of leave"'),
    decidedOn: text('Its date'),
    citation: text('The provision'),
    barEnds: text('The last day the bar applies (IA s.28)'),
    firstFilingDay: text('The first day a request can be made'),
    excepted: flag('An exception claimed lifts the bar'),
    exception: text('The exception, in words'),
    exceptionCitation: text('Its provision: IRPA s.25(1.21)(a) or (b)'),
  }),
  factors: list('One entry per factor relied on, in the case’s order', {
    heading: text('The factor'),
    is: group(
      'Which factor it is, one flag per kind, for wording that belongs to one factor: {{#if is.bioc}}',
      Object.fromEntries(hcFactorKinds.map((k) => [factorFlag(k), flag(`The factor is ${k}`)])),
    ),
    paragraphs,
    evidence,
  }),
  exceptions: list('The exceptions to the 12-month bar claimed (IRPA s.25(1.21))', {
    heading: text('The exception'),
    citation: text('Its provision'),
    child: text('For the child exception: the child, as named in the case'),
    paragraphs,
    evidence,
  }),
  letters: group('The letters of support, when there are any', {
    count: text('How many'),
    one: flag('There is exactly one'),
    translated: flag('Some are in a language other than English or French, and each of those has its translation'),
  }),
  forms: list('The forms of the application, from the forms checklist', {
    number: text('"IMM 5283"'),
    title: text('The official title in the document’s language'),
  }),
};

export const hcLettersIndexFields: FieldMap = {
  ...hcCommon,
  count: text('How many letters'),
  letters: list('The letters of support, in the register’s order', {
    number: text('1, 2, 3…'),
    author: text('The author, as the letter is recorded'),
    organisation: text('The organisation of an author who is a person in the case'),
    relationship: text('Relationship to the applicant'),
    language: text('Language of the letter, in words'),
    translated: text('Yes, no, not needed, or certified translation attached'),
    date: text('Date of the letter'),
    where: unbroken('Inside a packet: tab and pages; otherwise the notPlaced label'),
  }),
};

export const hcFormsChecklistFields: FieldMap = {
  ...hcCommon,
  guide: text('The IRCC guide the kit follows'),
  rulesVersion: text('The date of the forms data'),
  forms: list('Every form of the kit, in the kit’s order', {
    number: text('"IMM 5283"'),
    title: text('The official title in the document’s language'),
    filing: text('How it is filed: online in the portal, PDF upload, signature needed'),
    filingNote: text('What to watch for when completing it'),
    status: text('To do, done, signed or uploaded'),
    note: text('The case’s note on it'),
  }),
};
