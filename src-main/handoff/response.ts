import { DossierError, type FieldIssue } from '../core/errors.ts';
import { fieldIssue } from '../core/issues/text.ts';
import type { BundleDeclaration, BundleTranslator, RequestContent, ResponseContent } from './format.ts';
import { certifiedMemberSchema, translationAffidavitSchema } from '../core/model/case.ts';
import type { z } from 'zod';

export interface InterpreterAnswer {
  /** One entry per requested item: the translation, paragraph by paragraph in the request's order. */
  readonly translations: readonly { readonly itemId: string; readonly paragraphs: readonly string[] }[];
  readonly translator: BundleTranslator;
  readonly declaration: BundleDeclaration;
  readonly affidavit?: z.input<typeof translationAffidavitSchema> | undefined;
  readonly certifiedMember?: z.input<typeof certifiedMemberSchema> | undefined;
}

/**
 * The response to a request: every requested item translated in full, the source as it was
 * sent (so the advocate sees what changed since), and the signed declaration. Refuses a
 * missing item or an untranslated paragraph, naming each one.
 */
export function buildResponse(request: RequestContent, answer: InterpreterAnswer): ResponseContent {
  const issues: FieldIssue[] = [];
  const items = request.items.map((item, i) => {
    const given = answer.translations.find((t) => t.itemId === item.itemId);
    if (!given) {
      issues.push(fieldIssue(`translations.${i}`, 'itemNotTranslated'));
      return undefined;
    }
    if (given.paragraphs.length !== item.paragraphs.length)
      issues.push(fieldIssue(`translations.${i}.paragraphs`, 'paragraphCount', { count: item.paragraphs.length }));
    item.paragraphs.forEach((source, p) => {
      if (source.text.trim() !== '' && (given.paragraphs[p] ?? '').trim() === '')
        issues.push(fieldIssue(`translations.${i}.paragraphs.${p}`, 'paragraphNotTranslated', { paragraph: p + 1 }));
    });
    return {
      itemId: item.itemId,
      sourceSha256: item.sourceSha256,
      sourceLang: item.sourceLang,
      targetLang: item.targetLang,
      ...(item.destination === undefined ? {} : { destination: item.destination }),
      ...(item.certification === undefined ? {} : { certification: item.certification }),
      source: item.paragraphs,
      paragraphs: item.paragraphs.map((source, p) => ({ key: source.key, text: given.paragraphs[p] ?? '' })),
    };
  });
  const extra = answer.translations.findIndex((t) => !request.items.some((item) => item.itemId === t.itemId));
  if (extra >= 0) issues.push(fieldIssue(`translations.${extra}`, 'itemNotRequested'));
  if (answer.declaration.translatorName.trim() === '') issues.push(fieldIssue('declaration.translatorName', 'translatorName'));
  if (answer.declaration.accuracyStatement.trim() === '') issues.push(fieldIssue('declaration.accuracyStatement', 'accuracyStatement'));
  if (issues.length > 0)
    throw new DossierError('VALIDATION', `The translation is not ready to send: ${issues.map((i) => i.message).join(' ')}`, issues);
  const declaration: BundleDeclaration = {
    ...answer.declaration,
    typedSignature: answer.declaration.typedSignature?.trim() || answer.declaration.translatorName.trim(),
  };
  return {
    translator: answer.translator,
    declaration,
    ...(answer.affidavit ? { affidavit: translationAffidavitSchema.strict().parse(answer.affidavit) } : {}),
    ...(answer.certifiedMember ? { certifiedMember: certifiedMemberSchema.strict().parse(answer.certifiedMember) } : {}),
    items: items.filter((i) => i !== undefined),
  };
}
