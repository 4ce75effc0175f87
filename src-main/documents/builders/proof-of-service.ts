import { DossierError } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { requireCounsel } from './counsel-profile.ts';
import { detentionData, type DetentionContext } from './detention-data.ts';
import { word } from './detention-facts.ts';
import { proofOfServiceFields } from './detention-fields.ts';
import { formatZonedDateTime } from './format-zoned.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';

/**
 * Counsel's written statement of how and when each document was provided to the other party
 * (ID Rules r.38(5)(b), 39, 40): every service record, or the one asked for, signed by counsel.
 */
export function buildProofOfService(input: BuildInput, serviceId?: string): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const c = input.case;
  const all = c.detention.service;
  const records = serviceId === undefined ? all : all.filter((r) => r.id === serviceId);
  if (serviceId !== undefined && records.length === 0)
    throw new DossierError('VALIDATION', 'The service record chosen is not in the case.', [fieldIssue('serviceId', 'noSuchServiceRecord')]);
  if (records.length === 0)
    throw new DossierError('VALIDATION', 'Record how and when each document was served before printing the statement of service.', [
      fieldIssue('detention.service', 'noServiceRecorded'),
    ]);
  const ast = input.templates('proof-of-service');
  const labels = ast.front.strings;
  const ctx: DetentionContext = { case: c, lang: input.lang, today: input.today, labels };
  const { title, blocks } = evaluateTemplate(ast, {
    fields: proofOfServiceFields,
    data: {
      ...detentionData(ctx, counsel, undefined, undefined),
      records: records
        .toSorted((a, b) => a.at.utc.localeCompare(b.at.utc))
        .map((r) => ({
          document: r.document,
          servedOn: r.servedOn,
          method: word(labels, `method.${r.method}`) || r.method,
          when: formatZonedDateTime(r.at, input.lang),
        })),
    },
    partials: {},
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
