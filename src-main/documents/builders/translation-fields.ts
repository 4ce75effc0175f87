import type { FieldMap } from '../templates/fields.ts';
import { caseFields } from './field-maps.ts';

const text = (doc: string) => ({ kind: 'text', doc }) as const;
/** A name or a page range, printed unbroken (see TextRun.unbroken). */
const unbroken = (doc: string) => ({ kind: 'text', doc, unbroken: true }) as const;
const flag = (doc: string) => ({ kind: 'flag', doc }) as const;

const statementGroup: FieldMap = {
  statement: {
    kind: 'group',
    doc: 'The statement',
    fields: {
      title: text('Title'),
      kind: text('Client statement, affidavit, statutory declaration or letter of support'),
      method: text('Handwritten, typed, or dictated through an interpreter'),
      author: text('Who wrote or made it'),
      language: text('Language of the original, e.g. "Persian" or "Chinese (Cantonese), Traditional Chinese script"'),
      dialect: text('Dialect, as recorded on the statement'),
      paragraphs: text('Number of paragraphs'),
      date: text('Date written, as written, with its Gregorian date'),
      handwritten: flag('The original is handwritten'),
    },
  },
  into: { kind: 'group', doc: 'The translation', fields: { language: text('English or French') } },
  translator: { kind: 'group', doc: 'The translator', fields: { name: unbroken('Translator name') } },
  transcription: {
    kind: 'group',
    doc: 'The typed transcription of a handwritten original',
    fields: { by: unbroken('Who typed it'), on: text('When, written out') },
  },
  original: {
    kind: 'group',
    doc: "The original's exhibit, when it was imported",
    fields: { title: text('Exhibit title'), where: unbroken('"Tab 4, page 12" inside a packet; empty on its own') },
  },
  dates: {
    kind: 'list',
    doc: 'Dates written inside the statement, by paragraph',
    item: {
      paragraph: text('Paragraph number'),
      written: text('The date as written, in its own calendar and script'),
      gregorian: text('Its Gregorian date, or range'),
      calendar: text('The calendar it is written in'),
    },
  },
};

/** The side-by-side statement and the translation alone. */
export const statementDocumentFields: FieldMap = { ...caseFields, ...statementGroup };

/** The translator's declaration (ID r.25, RPD r.32), the IRCC affidavit and the certified member's certificate. */
export const certificationFields: FieldMap = {
  ...caseFields,
  translator: {
    kind: 'group',
    doc: 'The translator',
    fields: {
      name: unbroken('Translator name'),
      association: text('Professional association, e.g. ATIO'),
      memberNo: text('Membership number'),
      certified: flag('Certified member of the association'),
      stamp: text("The wording of the member's stamp or seal"),
      contact: text('Telephone and email, when recorded'),
    },
  },
  document: {
    kind: 'group',
    doc: 'The translated document',
    fields: { title: text('Title'), date: text('Date of the original, as written'), paragraphs: text('Number of paragraphs') },
  },
  translation: {
    kind: 'group',
    doc: 'Where the translation is in the packet (empty when the document is printed on its own)',
    fields: {
      placed: flag('The document is printed inside a packet, beside the translation'),
      title: text("The translation's title in the list of documents"),
      tab: text('Its tab, e.g. 4a'),
      where: unbroken('"Tab 4a, pages 7 to 9"'),
      sha256: text("SHA-256 of the translation's PDF as the packet's manifest lists it"),
    },
  },
  from: { kind: 'group', doc: 'Source language', fields: { language: text('Language and script'), dialect: text('Dialect') } },
  into: { kind: 'group', doc: 'Target language', fields: { language: text('English or French') } },
  rule: text('The rule the certification meets, e.g. "Immigration Division Rules, r. 25(3)"'),
  accuracy: text("The translator's own statement that the translation is accurate, when recorded"),
  signed: {
    kind: 'group',
    doc: 'The signature',
    fields: {
      date: text('Date signed'),
      typed: text('The name typed as a signature'),
      image: flag("The translator's signature image is on file and readable: {{> signature-image}} draws it"),
    },
  },
  affidavit: {
    kind: 'group',
    doc: 'The jurat of an IRCC affidavit',
    fields: {
      commissioner: text('Name of the commissioner, notary or other person who took the oath'),
      commissionerTitle: text('Their title'),
      place: text('Where it was sworn or affirmed'),
      date: text('When'),
    },
  },
};

/** The interpreter's attestation that the statement was read back to its author. */
export const attestationFields: FieldMap = {
  ...caseFields,
  ...statementGroup,
  interpreter: {
    kind: 'group',
    doc: 'The interpreter',
    fields: {
      name: unbroken('Interpreter name'),
      signed: flag('The interpreter translated the statement and their signature image is on file: {{> signature-image}} draws it'),
    },
  },
  readBack: {
    kind: 'group',
    doc: 'The read-back',
    fields: {
      language: text('Language it was read back in'),
      dialect: text('Dialect'),
      date: text('Date'),
      place: text('Place'),
    },
  },
};
