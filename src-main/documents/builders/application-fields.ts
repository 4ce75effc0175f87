import { privacyGrounds, privacyReliefs, witnessMeans } from '../../core/model/applications.ts';
import type { FieldMap, FieldSpec } from '../templates/fields.ts';
import { detentionStrings, serviceMethodStrings } from './detention-strings.ts';
import { detentionCommon } from './detention-fields.ts';

const text = (doc: string) => ({ kind: 'text', doc }) as const;
const flag = (doc: string) => ({ kind: 'flag', doc }) as const;
const group = (doc: string, fields: FieldMap): FieldSpec => ({ kind: 'group', doc, fields });
const list = (doc: string, item: FieldMap): FieldSpec => ({ kind: 'list', doc, item });

const application = group('The application', {
  inPrivate: flag('Rule 45(2): the application itself to be heard in private'),
  asap: flag('A 48-hour or 7-day review (or an admissibility hearing held with it): received as soon as possible'),
  rule: text('The rule the timing comes from, as the language cites it'),
});

const reasons = list("Counsel's paragraphs, numbered", { text: text('One paragraph') });

/** The statement of service every application document ends with (`application-service`). */
export const applicationServiceFields: FieldMap = {
  ...detentionCommon,
  service: group('What was served, and the rules the statement is made under', {
    document: text('The document served, as the statement names it: "this application for a summons"'),
    rule: text('The rules the statement is made under, as the language cites them'),
  }),
  records: list('How and when each copy was provided', {
    servedOn: text('Who it was served on'),
    method: text('How'),
    when: text('Date and time, at the place of service'),
  }),
};

/** How each application document names itself in its statement of service, and the rules it is made under. */
const serviceLabels = ['service.document', 'service.rule'];

/** The application for a proceeding in private (ID Rules r.45). */
export const privacyApplicationFields: FieldMap = {
  ...detentionCommon,
  application,
  grounds: list('The grounds, in words', { text: text('One ground') }),
  relief: list('What is asked, in words', { text: text('One measure') }),
  reasons,
};

/** The labels the r.45 application gives: the caption's, each ground and measure, its statement of service. */
export const privacyApplicationStrings = [
  ...detentionStrings,
  ...serviceLabels,
  ...privacyGrounds.map((g) => `ground.${g}`),
  ...privacyReliefs.map((r) => `relief.${r}`),
];

/** r.26 documents, r.32 witness information, r.33 summons, r.43 change of date: counsel's paragraphs, the witness, the dates proposed. */
export const ruleApplicationFields: FieldMap = {
  ...detentionCommon,
  application,
  reasons,
  witness: text('The witness or person to be summoned, as counsel names them'),
  proposedDates: list('The dates proposed instead, in order of preference', { date: text('One date, with its weekday') }),
};

/** The labels the r.26, r.32, r.33 and r.43 documents give: the caption's and their statement of service. */
export const ruleApplicationStrings = [...detentionStrings, ...serviceLabels];

/** The statement of service's labels: each method of service in words. */
export const applicationServiceStrings = serviceMethodStrings;

/** r.32 witness information: the witness, the five items of r.32(1), and counsel's further paragraphs if any. */
export const witnessApplicationFields: FieldMap = {
  ...detentionCommon,
  application,
  witness: text('The witness, as counsel names them'),
  info: group('The witness information r.32(1) requires', {
    expert: flag('r.32(1)(d): the witness is called as an expert'),
    time: text('r.32(1)(b): the time needed for the testimony, in words'),
    relationship: text("r.32(1)(c): the party's relationship to the witness, as counsel states it"),
    means: text('r.32(1)(e): in person, by videoconference or by telephone, in words'),
  }),
  testimony: list("r.32(1)(a): the purpose and substance of the testimony (an expert's summary), in paragraphs", {
    text: text('One paragraph'),
  }),
  qualifications: list("r.32(1)(d): the expert's qualifications, in paragraphs", { text: text('One paragraph') }),
  reasons: list("Counsel's further paragraphs, numbered", { text: text('One paragraph') }),
};

/** The labels the r.32 document gives: the caption's, its statement of service, the means of testimony and durations in words. */
export const witnessApplicationStrings = [
  ...ruleApplicationStrings,
  ...witnessMeans.map((m) => `means.${m}`),
  ...['hour', 'hours', 'minute', 'minutes', 'both'].map((d) => `duration.${d}`),
];
