import type { FieldMap } from '../templates/fields.ts';

const text = (doc: string) => ({ kind: 'text', doc }) as const;
/** A name or a page range, printed unbroken (see TextRun.unbroken). */
const unbroken = (doc: string) => ({ kind: 'text', doc, unbroken: true }) as const;
const flag = (doc: string) => ({ kind: 'flag', doc }) as const;

export const counselFields: FieldMap = {
  counsel: {
    kind: 'group',
    doc: 'Settings → Counsel profile',
    fields: {
      name: unbroken('Counsel name'),
      title: text('Professional title, e.g. Barrister and Solicitor'),
      firm: text('Firm or clinic'),
      addressLines: text('Address, one line per address line'),
      phone: text('Telephone'),
      email: text('Email'),
      lawSociety: text('Law society, e.g. Law Society of Ontario'),
      titleFr: text('Professional title in French, e.g. Avocate (the title as typed when none is given)'),
      lawSocietyFr: text("Law society in French, e.g. Barreau de l'Ontario (the law society as typed when none is given)"),
      lawSocietyNumber: text('Law society number'),
      signed: flag("In the signature block: counsel's signature image is on file and readable, and {{> signature-image}} draws it"),
    },
  },
};

/** Fields every case document can read. */
export const caseFields: FieldMap = {
  today: text("Today's date, written out in the document's language"),
  case: {
    kind: 'group',
    doc: 'The file',
    fields: {
      forum: text('Tribunal or office, e.g. Immigration Division'),
      fileNumbers: {
        kind: 'list',
        doc: 'File numbers',
        item: { issuer: text('What the number is, in the document\'s language, e.g. "ID file no."'), value: text('The number') },
      },
      fileNumbersLine: text('Every file number (and the UCI) on one line: "ID file no. 0003-B6-01234; CBSA file no. …"'),
      isRpd: flag('The Refugee Protection Division hears the matter'),
    },
  },
  client: {
    kind: 'group',
    doc: 'The person concerned',
    fields: {
      displayName: unbroken('"LAI Wing-sze (黎詠詩)": family name in capitals, then the name in its own script'),
      familyName: text('Family name'),
      givenNames: text('Given names'),
      nameInScript: text('The name in its own script'),
      dateOfBirth: text('Date of birth as written, with its Gregorian date'),
      dateOfBirthOtherCalendar: text('Date of birth in another calendar, as written, with its Gregorian date'),
      placeOfBirth: text('City and country of birth, the country named in the document language'),
      uci: text('IRCC client identifier (UCI)'),
    },
  },
};

export const letterFields: FieldMap = {
  ...caseFields,
  ...counselFields,
  recipient: text('Recipient, one line per address line'),
  subject: text('What the letter is about (after the file numbers in the Re: line)'),
  body: { kind: 'list', doc: 'Body paragraphs, when given', item: { text: text('One paragraph') } },
};

export const timelineFields: FieldMap = {
  ...caseFields,
  ...counselFields,
  events: {
    kind: 'list',
    doc: 'Timeline events in timeline order, the events recorded elsewhere in the case included',
    item: {
      date: text('Date as written, then its Gregorian value or range in brackets'),
      category: text('Category'),
      summary: text('What happened'),
      place: text('Where'),
      assertedBy: text('Who gives this account'),
      sources: text('Sources cited: "Exhibit title, p. N", or inside a packet "Tab 8, p. 21"'),
      disputed: flag('The event is disputed'),
      forFiling: flag('The event is marked for filing'),
      accounts: {
        kind: 'list',
        doc: 'Competing accounts of a disputed event',
        item: {
          assertedBy: text('Who gives it'),
          date: text('Their date as written, with its Gregorian value'),
          summary: text('What they say happened'),
          sources: text('Their sources'),
        },
      },
    },
  },
};
