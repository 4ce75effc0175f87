import { privacyGrounds, privacyReliefs } from '../../core/model/applications.ts';
import type { FieldMap, FieldSpec } from '../templates/fields.ts';
import { detentionStrings, serviceMethodStrings } from './detention-strings.ts';
import { detentionCommon } from './detention-fields.ts';

const text = (doc: string) => ({ kind: 'text', doc }) as const;
const flag = (doc: string) => ({ kind: 'flag', doc }) as const;
const group = (doc: string, fields: FieldMap): FieldSpec => ({ kind: 'group', doc, fields });
const list = (doc: string, item: FieldMap): FieldSpec => ({ kind: 'list', doc, item });

/** The application for a proceeding in private (ID Rules r.45) and its statement of service. */
export const privacyApplicationFields: FieldMap = {
  ...detentionCommon,
  application: group('The r.45 application', {
    inPrivate: flag('Rule 45(2): the application itself to be heard in private'),
    asap: flag('A 48-hour or 7-day review (or an admissibility hearing held with it): received as soon as possible'),
    rule: text('The rule the timing comes from, as the language cites it'),
  }),
  grounds: list('The grounds, in words', { text: text('One ground') }),
  relief: list('What is asked, in words', { text: text('One measure') }),
  reasons: list("Counsel's reasons, numbered", { text: text('One reason') }),
  records: list('How and when each copy was provided', {
    servedOn: text('Who it was served on'),
    method: text('How'),
    when: text('Date and time, at the place of service'),
  }),
};

/** The labels the r.45 application gives: the caption's, service methods, each ground and measure. */
export const privacyApplicationStrings = [
  ...detentionStrings,
  ...serviceMethodStrings,
  ...privacyGrounds.map((g) => `ground.${g}`),
  ...privacyReliefs.map((r) => `relief.${r}`),
];
