import type { Case } from '../../core/model/case.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { caseData, counselData } from './case-data.ts';
import { requireCounsel, type CounselProfile } from './counsel-profile.ts';
import { letterFields } from './field-maps.ts';
import type { ExhibitRefs } from './exhibit-cite.ts';
import type { DocLang } from './format-date.ts';
import { buildLetterhead, buildSignature } from './letterhead.ts';
import { pageFor } from './page.ts';
import type { SignatureImages } from './signature-image.ts';
import type { TemplateSet } from './template-set.ts';

export interface LetterContent {
  readonly recipient?: string;
  readonly subject?: string;
  readonly body?: readonly string[];
}

export interface BuildInput {
  readonly case: Case;
  readonly counsel: CounselProfile | undefined;
  readonly lang: DocLang;
  /** YYYY-MM-DD: the date the document is dated. */
  readonly today: string;
  readonly templates: TemplateSet;
  /** Inside a packet: each exhibit's tab label and first page, so documents cite "Tab 4, p. 12". */
  readonly exhibitRefs?: ExhibitRefs;
  /** Signature images read and checked before the build (counsel's, the translators'); none drawn without. */
  readonly signatures?: SignatureImages;
}

/** A letter on counsel letterhead: date, recipient, Re: line with the file numbers, body, signature. */
export function buildLetter(input: BuildInput, content: LetterContent = {}): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const ast = input.templates('letter');
  const data = {
    ...caseData(input.case, input.lang, input.today, ast.front.strings),
    ...counselData(counsel),
    ...(content.recipient ? { recipient: content.recipient } : {}),
    ...(content.subject ? { subject: content.subject } : {}),
    body: (content.body ?? []).filter((p) => p.trim() !== '').map((text) => ({ text })),
  };
  const { title, blocks } = evaluateTemplate(ast, {
    fields: letterFields,
    data,
    partials: {
      letterhead: () => buildLetterhead(counsel, input.templates),
      signature: () => buildSignature(counsel, input.templates, input.signatures),
    },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
