import { fieldIssue } from '../../core/issues/text.ts';
import type { DossierDocument } from '../model.ts';
import { buildApplicationDocument, spacedLabel, type ApplicationDocumentSpec } from './application-document.ts';
import { privacyApplicationFields } from './application-fields.ts';
import { word } from './detention-facts.ts';
import type { BuildInput } from './letter.ts';

const privacy: ApplicationDocumentSpec = {
  kind: 'private-proceeding',
  template: 'privacy-application',
  fields: privacyApplicationFields,
  noun: 'r.45 application',
  check: (app, at) => [
    ...(app.grounds.length === 0 ? [fieldIssue(`${at}.grounds`, 'applicationNoGrounds')] : []),
    ...(app.relief.length === 0 ? [fieldIssue(`${at}.relief`, 'applicationNoRelief')] : []),
  ],
  data: (app, labels, lang) => ({
    grounds: app.grounds.map((g) => ({ text: spacedLabel(word(labels, `ground.${g}`), lang) })),
    relief: app.relief.map((r) => ({ text: spacedLabel(word(labels, `relief.${r}`), lang) })),
    reasons: app.reasons.filter((r) => r.trim() !== '').map((text) => ({ text })),
  }),
};

/**
 * Application for a proceeding in private, or other measures to protect its confidentiality (ID
 * Rules r.45; IRPA s.166(b)): the decision sought, the grounds and counsel's reasons, whether the
 * application itself is to be heard in private (r.45(2)), its timing (r.45(4)), and the statement
 * of how and when the copies were provided (r.38(5)(b), r.45(3)), signed by counsel.
 */
export function buildPrivacyApplication(input: BuildInput, applicationId?: string): DossierDocument {
  return buildApplicationDocument(input, privacy, applicationId);
}
