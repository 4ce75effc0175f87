import { DossierError } from '../../core/errors.ts';
import { punctuate } from '../french.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import { hcFactorKinds, type Case, type HcFactor } from '../../core/model/case.ts';
import { checkHcBars, type HcBarFinding } from '../../core/rules/hc-bars.ts';
import { defaultHcBarRules } from '../../core/rules/hc-bars-data.ts';
import { defaultHcForms } from '../../core/rules/hc-forms-data.ts';
import { hcFormInfo } from '../../core/rules/hc-forms.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { counselData } from './case-data.ts';
import { requireCounsel } from './counsel-profile.ts';
import { word, type Labels } from './detention-facts.ts';
import { formatLongDate, type DocLang } from './format-date.ts';
import { hcExhibitCiter, statuteCitation, type HcExhibitCiter } from './hc-cite.ts';
import { factorFlag, hcCaseData, narrativeParagraphs } from './hc-data.ts';
import { hcSubmissionFields } from './hc-fields.ts';
import type { BuildInput } from './letter.ts';
import { buildLetterhead, buildSignature } from './letterhead.ts';
import { pageFor } from './page.ts';
import { personName } from './person-name.ts';

/** Only the bars that stop the request: a bar in force that applies, whether or not an exception lifts it. */
const matters = (f: HcBarFinding): boolean => f.effect === 'bar' && f.inForce && (f.result === 'barred' || f.result === 'excepted');

function admissibilityData(c: Case, lang: DocLang, labels: Labels, findings: readonly HcBarFinding[]): TemplateRecord {
  const data: Record<string, TemplateRecord | boolean> = { admissibility: findings.length > 0 };
  for (const f of findings) {
    const citation = statuteCitation(f.citation, lang);
    if (f.check === 'pending-hc') data['pendingHc'] = { citation };
    if (f.check === 'pending-claim') data['pendingClaim'] = { citation };
    if (f.check === 'twelve-month-bar') {
      const kind = c.hc.lastNegativeDecisionKind;
      data['twelveMonth'] = {
        decision: kind === undefined ? '' : word(labels, `decision.${kind}`),
        decidedOn: f.from === undefined ? '' : formatLongDate(f.from, lang),
        citation,
        barEnds: f.barEnds === undefined ? '' : formatLongDate(f.barEnds, lang),
        firstFilingDay: f.firstFilingDay === undefined ? '' : formatLongDate(f.firstFilingDay, lang),
        excepted: f.result === 'excepted',
        ...(f.exception
          ? { exception: word(labels, `exception.${f.exception.kind}`), exceptionCitation: statuteCitation(f.exception.citation, lang) }
          : {}),
      };
    }
  }
  return data;
}

const evidenceData = (cite: HcExhibitCiter, ids: readonly string[]): TemplateRecord[] =>
  cite.citeAll(ids).map(({ title, where }) => ({ title, where }));

function childName(c: Case, personId: string | undefined): string {
  const child = personId === undefined ? undefined : c.people.find((p) => p.id === personId);
  return child ? personName(child) : '';
}

/**
 * The H&C submission letter to IRCC (IRPA s.25(1)): the request and the global assessment the
 * officer must make, the s.25(1.2) bars that apply with the exception that lifts them, one
 * section per factor relied on (its narrative whole, paragraph by paragraph, and its evidence),
 * the exceptions claimed, the letters of support and the forms. Factors not relied on never
 * appear. Inside a packet, exhibits are cited by tab and packet pages; on its own, by title.
 */
export function buildHcSubmission(input: BuildInput): DossierDocument {
  const counsel = requireCounsel(input.counsel);
  const c = input.case;
  const lang = input.lang;
  const relied: HcFactor[] = c.hc.factors.filter((f) => f.reliedOn);
  if (relied.length === 0)
    throw new DossierError('VALIDATION', 'Mark at least one H&C factor as relied on before preparing the submission letter.', [
      fieldIssue('hc.factors', 'noFactorRelied'),
    ]);
  const ast = input.templates('hc-submission');
  const labels = ast.front.strings;
  const cite = hcExhibitCiter(c, input.exhibitRefs, labels);
  const bars = checkHcBars(c, input.today, defaultHcBarRules).findings.filter(matters);

  const factors = relied.map((f) => ({
    heading: word(labels, `factor.${f.kind}`) || f.kind,
    is: Object.fromEntries(hcFactorKinds.map((k) => [factorFlag(k), f.kind === k])),
    paragraphs: narrativeParagraphs(f.narrative),
    evidence: evidenceData(cite, f.exhibitIds),
  }));
  const exceptions = c.hc.exceptions.map((e) => {
    const rule = defaultHcBarRules.rules.find((r) => r.check === 'twelve-month-bar')?.exceptions?.find((x) => x.kind === e.kind);
    return {
      heading: word(labels, `exception.${e.kind}`),
      citation: rule ? statuteCitation(rule.citation, lang) : '',
      child: e.kind === 'BIOC' ? childName(c, e.personId) : '',
      paragraphs: narrativeParagraphs(e.narrative),
      evidence: evidenceData(cite, e.exhibitIds),
    };
  });
  const children = c.hc.exceptions
    .filter((e) => e.kind === 'BIOC')
    .map((e) => childName(c, e.personId))
    .filter((n) => n !== '');
  const letters = c.hc.letters;
  const official = (tag: string): boolean => ['en', 'fr'].includes(tag.toLowerCase().split('-')[0] ?? '');
  const foreign = letters.filter((l) => !official(l.lang));
  // The letter says the translations are filed only when every letter in another language has one.
  const hasTranslation = (l: (typeof letters)[number]): boolean =>
    l.statementId === undefined ? l.translated : c.statements.some((s) => s.id === l.statementId && s.translations.length > 0);

  const data: TemplateRecord = {
    ...hcCaseData(c, lang, input.today, labels),
    ...counselData(counsel),
    factorsLine: factors.map((f) => f.heading).join(punctuate(lang, '; ')),
    bioc: relied.some((f) => f.kind === 'BIOC') || c.hc.exceptions.some((e) => e.kind === 'BIOC'),
    children: [...new Set(children)].join(punctuate(lang, '; ')),
    ...admissibilityData(c, lang, labels, bars),
    factors,
    exceptions,
    ...(letters.length > 0
      ? {
          letters: {
            count: String(letters.length),
            one: letters.length === 1,
            translated: foreign.length > 0 && foreign.every(hasTranslation),
          },
        }
      : {}),
    forms: c.hc.forms.map((f) => {
      const info = hcFormInfo(defaultHcForms, f.code);
      return { number: info.number, title: info.title[lang] };
    }),
  };
  const { title, blocks } = evaluateTemplate(ast, {
    fields: hcSubmissionFields,
    data,
    partials: {
      letterhead: () => buildLetterhead(counsel, input.templates),
      signature: () => buildSignature(counsel, input.templates, input.signatures),
    },
  });
  return { meta: { title, lang }, page: pageFor(ast, lang), blocks };
}
