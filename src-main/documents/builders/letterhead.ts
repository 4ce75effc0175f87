import type { Block } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import type { CounselProfile } from './counsel-profile.ts';
import { counselData } from './case-data.ts';
import { counselFields } from './field-maps.ts';
import type { TemplateSet } from './template-set.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { COUNSEL_SIGNATURE_ID, hasSignatureImage, signatureImageBlocks, type SignatureImages } from './signature-image.ts';

/** The counsel letterhead: firm, address and contact lines, as the letterhead template lays them out. */
export function buildLetterhead(profile: CounselProfile, templates: TemplateSet): Block[] {
  return evaluateTemplate(templates('letterhead'), { fields: counselFields, data: counselData(profile), partials: {} }).blocks;
}

/**
 * The closing and signature block: name, title, firm and law society number under a signature
 * line, with counsel's signature image above the line when one is on file and readable.
 */
export function buildSignature(profile: CounselProfile, templates: TemplateSet, signatures?: SignatureImages): Block[] {
  const data = counselData(profile);
  const signed = hasSignatureImage(signatures, COUNSEL_SIGNATURE_ID);
  return evaluateTemplate(templates('signature'), {
    fields: counselFields,
    data: { ...data, counsel: { ...(data['counsel'] as TemplateRecord), signed } },
    partials: { 'signature-image': () => signatureImageBlocks(signatures, COUNSEL_SIGNATURE_ID, profile.name) },
  }).blocks;
}
