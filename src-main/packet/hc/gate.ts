import { DossierError, type FieldIssue } from '../../core/errors.ts';
import { mapHcEvidence, type HcGap } from '../../core/hc/evidence.ts';
import type { Case, Statement } from '../../core/model/case.ts';
import { formatCitation } from '../../core/rules/citation.ts';
import { checkHcBars } from '../../core/rules/hc-bars.ts';
import { numberedParagraphs, sourceHash } from '../../handoff/source-hash.ts';
import type { HcBarRuleSet } from '../../core/rules/hc-bars.ts';
import {
  checkTranslation,
  formatTranslationCitation,
  type TranslationCheck,
  type TranslationRuleSet,
} from '../../core/rules/translation-rules.ts';
import { hasTranslatedText, translationFieldPath } from '../../core/model/translations.ts';

/**
 * What must hold before an H&C application is built for the portal: no bar in force that no
 * exception lifts; every document in another language filed with an English or French
 * translation IRCC accepts (a translator outside the family and not the representative, a
 * certified member's stamp or a sworn affidavit, complete, with a certified copy of the
 * original); no link to an exhibit, statement or author that is gone. Everything wrong is
 * reported at once, each at its field, with the rule it breaks; what is only work still to do
 * (a factor with no evidence yet) is returned as warnings for the build report.
 */

/** Translation findings that stop an IRCC filing: a translation IRCC would refuse, or one not yet certified as it must be. */
const blocking: ReadonlySet<TranslationCheck> = new Set<TranslationCheck>([
  'certification-missing',
  'certification-not-accepted',
  'certification-incomplete',
  'member-not-certified',
  'translator-missing',
  'certified-copy-missing',
]);

const official = (tag: string | undefined): boolean => {
  const primary = tag?.toLowerCase().split('-')[0];
  return primary === 'en' || primary === 'fr';
};

export interface HcGateResult {
  /** Gaps that do not stop the build: shown in the build report and the manifest. */
  readonly warnings: readonly HcGap[];
}

export interface HcGateInput {
  readonly case: Case;
  /** The exhibits with a file, which the packet holds. */
  readonly imported: ReadonlySet<string>;
  readonly today: string;
  readonly bars: HcBarRuleSet;
  readonly translations: TranslationRuleSet;
}

export function checkHcFiling(input: HcGateInput): HcGateResult {
  const { case: c, imported } = input;
  const issues: FieldIssue[] = [];

  const bars = checkHcBars(c, input.today, input.bars);
  for (const f of bars.findings)
    if (f.result === 'barred' && f.effect === 'bar' && f.inForce)
      issues.push({
        path: f.field,
        code: `hc.bar.${f.check}`,
        message: `${f.title} (${formatCitation(f.citation)})${f.firstFilingDay ? `: the request can be made from ${f.firstFilingDay}` : ''}.`,
      });

  const translationIssues = (statement: Statement, index: number): FieldIssue[] =>
    statement.translations.flatMap((translation, t) =>
      // Whatever the statement's own destination, what goes in this application goes to IRCC.
      checkTranslation(c, { ...statement, translation: { ...translation, destination: 'IRCC' } }, input.translations)
        .filter((f) => f.effect === 'refuse' || blocking.has(f.check))
        .map((f) => ({
          path: `statements.${index}.${translationFieldPath(f.field, t)}`,
          code: `translation.${f.check}`,
          message: `${statement.title}: ${f.message} (${formatTranslationCitation(f.citation)})`,
        })),
    );

  // Every imported document in another language, and every translated statement filed.
  c.exhibits.forEach((exhibit, i) => {
    if (!imported.has(exhibit.id) || exhibit.partOf !== undefined || exhibit.lang === undefined || official(exhibit.lang)) return;
    const translated = c.statements.some((s) => s.originalExhibitId === exhibit.id && hasTranslatedText(s));
    const attached = c.exhibits.some((x) => x.partOf === exhibit.id && official(x.lang));
    if (!translated && !attached)
      issues.push({
        path: `exhibits.${i}.lang`,
        code: 'hc.exhibitUntranslated',
        message: `"${exhibit.title}" is not in English or French and has no translation: IRCC needs an English or French translation, a certified copy of the original and, unless the translator is a certified member, the translator's affidavit.`,
      });
  });
  c.statements.forEach((statement, i) => {
    if (statement.translations.length === 0) return;
    if (statement.originalExhibitId !== undefined && !imported.has(statement.originalExhibitId)) {
      issues.push({
        path: `statements.${i}.originalExhibitId`,
        code: 'hc.originalNotImported',
        message: `${statement.title}: the original's file is not in the case, so its certified copy cannot be filed with the translation. Attach the certified copy on the Exhibits tab.`,
      });
      return;
    }
    issues.push(...translationIssues(statement, i));
    // A translation certifies the text it was made from: an original edited since is not what was certified.
    const current = sourceHash(statement.lang, numberedParagraphs(statement.paragraphs));
    if (statement.translations.some((t) => t.sourceSha256 !== undefined && t.sourceSha256 !== current))
      issues.push({
        path: `statements.${i}.paragraphs`,
        code: 'hc.originalChanged',
        message: `${statement.title}: the original was edited after it was translated, so the certified translation no longer matches it. Have the translator check the translation and certify it again.`,
      });
  });

  // Letters of support and links: what is filed must exist and be readable.
  const evidence = mapHcEvidence(c, input.translations);
  const filed = (gap: HcGap): boolean => {
    const letter = /^hc\.letters\.(\d+)/u.exec(gap.path);
    if (!letter) return true;
    const l = c.hc.letters[Number(letter[1])];
    const original = c.statements.find((s) => s.id === l?.statementId)?.originalExhibitId;
    return (l?.exhibitId !== undefined && imported.has(l.exhibitId)) || (original !== undefined && imported.has(original));
  };
  const warnings: HcGap[] = [];
  for (const gap of evidence.gaps) {
    // A letter's translation is checked once, with its statement, above.
    if (gap.code === 'hc.letterTranslation') continue;
    if (gap.severity === 'error' && filed(gap)) issues.push({ path: gap.path, code: gap.code, message: gap.message });
    else warnings.push(gap);
  }

  if (issues.length > 0)
    throw new DossierError(
      'VALIDATION',
      `The H&C application cannot be built yet: ${issues.length === 1 ? 'one thing needs' : `${issues.length} things need`} fixing first. Nothing was written.`,
      issues,
    );
  return { warnings };
}
