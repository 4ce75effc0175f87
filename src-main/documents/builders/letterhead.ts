import type { Block } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import type { CounselProfile } from './counsel-profile.ts';
import { counselData } from './case-data.ts';
import { counselFields } from './field-maps.ts';
import type { TemplateSet } from './template-set.ts';

/** The counsel letterhead: firm, address and contact lines, as the letterhead template lays them out. */
export function buildLetterhead(profile: CounselProfile, templates: TemplateSet): Block[] {
  return evaluateTemplate(templates('letterhead'), { fields: counselFields, data: counselData(profile), partials: {} }).blocks;
}

/** The closing and signature block: name, title, firm and law society number under a signature line. */
export function buildSignature(profile: CounselProfile, templates: TemplateSet): Block[] {
  return evaluateTemplate(templates('signature'), { fields: counselFields, data: counselData(profile), partials: {} }).blocks;
}
