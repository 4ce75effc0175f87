import type { FieldMap, FieldSpec } from '../templates/fields.ts';
import { caseFields, counselFields } from './field-maps.ts';

const text = (doc: string) => ({ kind: 'text', doc }) as const;
/** A name or a page range, printed unbroken (see TextRun.unbroken). */
const unbroken = (doc: string) => ({ kind: 'text', doc, unbroken: true }) as const;
const flag = (doc: string) => ({ kind: 'flag', doc }) as const;
const group = (doc: string, fields: FieldMap): FieldSpec => ({ kind: 'group', doc, fields });
const list = (doc: string, item: FieldMap): FieldSpec => ({ kind: 'list', doc, item });

const hearing = group('The hearing the document is for', {
  type: text('Type of hearing, e.g. Seven-day review'),
  when: text('Date and local time at the hearing, with the place and its time zone'),
  date: text('Date of the hearing'),
  mode: text('In person, by video or by telephone'),
  ministersCounsel: text("Minister's counsel, when known"),
});

const detained = group('The detention', {
  facility: text('Where the person is held'),
  since: text('Date detention began, at the place of detention'),
  idFileNumber: text('Immigration Division file number'),
});

const language = group('The language the client is heard in', {
  name: text('Language, e.g. Chinese (Cantonese)'),
  dialect: text('Dialect as recorded, e.g. Cantonese (Yue)'),
  interpreter: flag('An interpreter is needed'),
});

/** Fields every detention document reads besides the case and counsel fields. */
export const detentionCommon: FieldMap = { ...caseFields, ...counselFields, hearing, detained, language };

const condition = { number: text('Number of the condition in the proposed list'), text: text('The condition as proposed') };

/** An objection to a bondsperson and counsel's answer (surety-data.ts). */
const objectionFields: FieldMap = {
  objectionBy: text('Who objects: the Minister or the member'),
  objectionBasis: text('What the objection alleges'),
  objectionCitation: text('The provision relied on, e.g. Criminal Code, s. 286.2'),
  objectionDate: text('When the objection was made'),
  objectionAnswer: text("Counsel's answer (the French version in a French filing)"),
  objections: list("The Minister's objections, as listed", { text: text('One objection') }),
  response: text('Response to the objections'),
};

export const releasePlanFields: FieldMap = {
  ...detentionCommon,
  grounds: list('One entry per IRPA s.58 ground of the detention', {
    name: text('The ground and its provision'),
    response: text("Counsel's response to the ground"),
    conditions: list('The proposed conditions that answer this ground', condition),
  }),
  groundsLine: text('Every ground relied on, in one line'),
  background: text('Background, community ties and compliance history'),
  bondspersons: list('Bondspersons offered (not rejected)', {
    name: unbroken('Name'),
    status: text('Status in Canada'),
    statusProof: text('Exhibit proving the status'),
    abroad: flag('Does not live in Canada'),
    relationship: text('Relationship to the client'),
    knownSince: text('Known since (as written) and for how long'),
    contactFrequency: text('How often they are in contact'),
    address: text('Home address'),
    livesWithClient: flag('The client will live in their home'),
    distance: text('Distance from the client’s residence'),
    occupation: text('Occupation'),
    employer: text('Employer'),
    schedule: text('Work schedule'),
    income: text('Annual income'),
    assets: text('Assets: kind, value and the exhibit proving each'),
    offers: flag('Offers a deposit or a guarantee'),
    deposit: text('Deposit offered'),
    guarantee: text('Guarantee offered'),
    sourceOfFunds: text('Where the money comes from'),
    evidence: text('Exhibits proving the means and the source of funds'),
    supervisionPlan: text('How they will supervise'),
    priorSureties: list('Earlier bonds or sureties', {
      when: text('When'),
      forWhom: text('For whom'),
      breached: flag('It was breached'),
      reported: flag('The breach was reported'),
    }),
    criminalRecord: text('Criminal record, as declared'),
    knowsImmigrationHistory: flag('Knows the immigration history'),
    willReportBreaches: flag('Will report any breach'),
    willTestify: flag('Will testify'),
    accepted: flag('The Division has accepted them'),
    ...objectionFields,
  }),
  addressed: list('Bondspersons the member rejected, shown as addressed (never as proposed)', {
    name: unbroken('Name'),
    relationship: text('Relationship to the client'),
    ...objectionFields,
    reasons: text("The member's reasons for rejecting them"),
  }),
  reservedReview: group('The last hearing before this one, when its decision was reserved', {
    type: text('Type of review'),
    heard: text('Date of its sitting'),
    received: text('Date the decision was received; empty while awaited'),
  }),
  residence: group('Where the client will live', {
    address: text('Address'),
    tenure: text('Owned, leased...'),
    host: unbroken('Whose home it is'),
    household: list('Who lives there', { name: unbroken('Name'), relation: text('Relation'), age: text('Age') }),
    named: list('People the Minister names in connection with the residence who are not bondspersons', {
      name: unbroken('Name'),
      relationship: text('Relationship to the client'),
      sharesAddress: flag('Lives at the residence'),
      address: text('Where the person lives, when not at the residence'),
      ministerSays: text('What the Minister says about the person'),
      answer: text("Counsel's answer, in the filing's language"),
    }),
    proof: text('Exhibits proving the residence'),
    suitability: text('Why it suits'),
  }),
  supervisor: group('Third-party supervision', {
    organisation: text('Organisation'),
    acceptance: text('Exhibit: acceptance letter or undertaking'),
    intakeDate: text('Intake date'),
    reportingSchedule: text('Reporting schedule'),
    notes: text('Notes'),
  }),
  conditions: list('Proposed conditions, numbered', { ...condition, grounds: text('The grounds it answers') }),
  factors: list('IRPR s.248 factors (a) to (f), always all six', {
    heading: text('The factor'),
    narrative: text('Submissions'),
    evidence: text('Exhibits cited'),
  }),
  vulnerability: text('Health, trauma, language needs'),
  exhibits: list('Exhibits cited', { citation: unbroken('Tab and page, inside a packet'), title: text('Title') }),
  translated: flag('The case holds translated documents'),
};

const bondsOffer = {
  offers: flag('Offers a deposit or a guarantee'),
  deposit: text('Deposit offered'),
  guarantee: text('Guarantee offered'),
  sourceOfFunds: text('Where the money comes from'),
  evidence: text('Exhibits proving the means and the source of funds'),
};

export const bondspersonDeclarationFields: FieldMap = {
  ...detentionCommon,
  declarant: group('The bondsperson making the declaration', {
    name: unbroken('Name'),
    address: text('Home address'),
    status: text('Status in Canada'),
    abroad: flag('Does not live in Canada'),
    relationship: text('Relationship to the client'),
    knownSince: text('Known since (as written) and for how long'),
    contactFrequency: text('How often they are in contact'),
    occupation: text('Occupation'),
    employer: text('Employer'),
    income: text('Annual income'),
    ...bondsOffer,
    supervisionPlan: text('How they will supervise'),
    criminalRecord: text('Criminal record, as declared'),
    guaranteeInDefault: flag('Has signed a guarantee now in default'),
    priorSureties: list('Earlier bonds or sureties', {
      when: text('When'),
      forWhom: text('For whom'),
      breached: flag('It was breached'),
      reported: flag('The breach was reported'),
    }),
    knowsImmigrationHistory: flag('Knows the immigration history'),
    willReportBreaches: flag('Will report any breach'),
  }),
  conditionsLine: text('The proposed conditions in one line: "(1) …; (2) …"'),
};

export const earlyReviewFields: FieldMap = {
  ...detentionCommon,
  newFacts: list('The new facts, numbered', { text: text('One new fact') }),
  dates: list('The three dates counsel and the client are available', { date: text('Date') }),
};

export const interpreterNoticeFields: FieldMap = {
  ...detentionCommon,
  r8: group('When the Minister’s r.8 information or the interpreter arranged names another language', {
    language: text('The language named there'),
  }),
  earlier: list('Earlier hearings where the interpreter provided was not the one requested', {
    sitting: text('The hearing and its date'),
    requested: text('Language requested'),
    provided: text('Language provided'),
    issues: text('What happened'),
  }),
};

export const proofOfServiceFields: FieldMap = {
  ...detentionCommon,
  records: list('What was served', {
    document: text('The document'),
    servedOn: text('Who it was served on'),
    method: text('How'),
    when: text('Date and time, at the place of service'),
  }),
};

export const prepSheetFields: FieldMap = {
  ...detentionCommon,
  translation: group('The interpreter’s translation', {
    language: text('Language of the translation'),
    translator: text('Who translated it'),
    complete: flag('Every row has its translation'),
  }),
};
