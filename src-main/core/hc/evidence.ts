import type { hcGapIssues } from '../issues/packet-issues.ts';
import type { Case, HcFactorKind, Statement } from '../model/case.ts';
import { defaultTranslationRules } from '../rules/translation-rules-data.ts';
import {
  checkTranslation,
  formatTranslationCitation,
  type TranslationCitation,
  type TranslationRuleSet,
} from '../rules/translation-rules.ts';

/**
 * The H&C factor-to-evidence map: which exhibits each factor and exception relies on, which
 * exhibits prove nothing, which links point nowhere, and which letters of support still need an
 * English or French translation acceptable to IRCC.
 */

export const hcGapCodes = [
  /** A factor relied on with no exhibit linked. */
  'hc.factorWithoutEvidence',
  /** A factor relied on with no narrative. */
  'hc.factorWithoutNarrative',
  /** An exception to the 12-month bar claimed with no exhibit linked. */
  'hc.exceptionWithoutEvidence',
  /** A BIOC exception that names no child, or one not in the case. */
  'hc.exceptionChildMissing',
  /** An exhibit not linked from any factor, exception, letter or statement. */
  'hc.exhibitUnlinked',
  /** A link to an exhibit that is not in the case. */
  'hc.exhibitMissing',
  /** A letter pointing to a statement or author that is not in the case. */
  'hc.letterStatementMissing',
  'hc.letterAuthorMissing',
  /** A letter neither in English nor in French with no translation. */
  'hc.letterUntranslated',
  /** A letter marked translated whose translation is not in the case, so it cannot be checked. */
  'hc.letterTranslationUnchecked',
  /** A letter's translation that IRCC's translation rules refuse or question. */
  'hc.letterTranslation',
] as const;
export type HcGapCode = (typeof hcGapCodes)[number];
/** Every gap code's wording in the issue catalog: this fails to compile when one has none. */
export type HcGapWording = Pick<typeof hcGapIssues, HcGapCode>;

export interface HcGap {
  readonly code: HcGapCode;
  /** `error`: the packet must not be filed as is; `warning`: counsel must look. */
  readonly severity: 'error' | 'warning';
  /** Field path inside the case, e.g. `hc.factors.2.exhibitIds`. */
  readonly path: string;
  readonly message: string;
  readonly exhibitId?: string;
  readonly citation?: string;
  /** For hc.letterTranslation: the translation rule's check. */
  readonly check?: string;
}

export interface HcEvidenceMap {
  readonly factors: readonly { readonly kind: HcFactorKind; readonly reliedOn: boolean; readonly exhibitIds: readonly string[] }[];
  /** Every exhibit in the case and where it is linked from (field paths). */
  readonly exhibits: readonly { readonly id: string; readonly title: string; readonly linkedFrom: readonly string[] }[];
  readonly gaps: readonly HcGap[];
}

const IRCC_CITATION: TranslationCitation = {
  instrument: 'IRCC-GUIDE',
  pinpoint: 'application guides, "Translation of documents": an English or French translation of any document in another language',
};

const officialLanguage = (tag: string): boolean => {
  const primary = tag.toLowerCase().split('-')[0];
  return primary === 'en' || primary === 'fr';
};

type Hc = Case['hc'];
type Facts = Pick<Case, 'hc' | 'exhibits' | 'statements' | 'people' | 'matter'>;

/** Every link to an exhibit the H&C record and the statements hold, as [exhibit id, field path]. */
function links(c: Facts): [string, string][] {
  const out: [string, string][] = [];
  const hc: Hc = c.hc;
  hc.factors.forEach((f, i) => f.exhibitIds.forEach((id, j) => out.push([id, `hc.factors.${i}.exhibitIds.${j}`])));
  hc.exceptions.forEach((e, i) => e.exhibitIds.forEach((id, j) => out.push([id, `hc.exceptions.${i}.exhibitIds.${j}`])));
  hc.letters.forEach((l, i) => {
    if (l.exhibitId !== undefined) out.push([l.exhibitId, `hc.letters.${i}.exhibitId`]);
  });
  c.statements.forEach((s, i) => {
    if (s.originalExhibitId !== undefined) out.push([s.originalExhibitId, `statements.${i}.originalExhibitId`]);
  });
  return out;
}

export function mapHcEvidence(c: Facts, translationRules: TranslationRuleSet = defaultTranslationRules): HcEvidenceMap {
  const gaps: HcGap[] = [];
  const exhibitIds = new Set(c.exhibits.map((x) => x.id));
  const linked = new Map<string, string[]>();
  for (const [id, path] of links(c)) {
    if (!exhibitIds.has(id)) {
      gaps.push({
        code: 'hc.exhibitMissing',
        severity: 'error',
        path,
        exhibitId: id,
        message: 'This links to an exhibit that is not in the case.',
      });
      continue;
    }
    linked.set(id, [...(linked.get(id) ?? []), path]);
  }

  c.hc.factors.forEach((factor, i) => {
    if (!factor.reliedOn) return;
    if (!factor.exhibitIds.some((id) => exhibitIds.has(id)))
      gaps.push({
        code: 'hc.factorWithoutEvidence',
        severity: 'warning',
        path: `hc.factors.${i}.exhibitIds`,
        message: 'This factor is relied on but no exhibit supports it: the applicant must provide evidence for each factor relied on.',
      });
    if (factor.narrative.trim() === '')
      gaps.push({
        code: 'hc.factorWithoutNarrative',
        severity: 'warning',
        path: `hc.factors.${i}.narrative`,
        message: 'This factor is relied on but says nothing yet.',
      });
  });

  c.hc.exceptions.forEach((exception, i) => {
    if (!exception.exhibitIds.some((id) => exhibitIds.has(id)))
      gaps.push({
        code: 'hc.exceptionWithoutEvidence',
        severity: 'warning',
        path: `hc.exceptions.${i}.exhibitIds`,
        message: 'This exception to the 12-month bar is claimed with no evidence linked (IRPA s.25(1.21)).',
        citation: 'IRPA s.25(1.21)',
      });
    if (exception.kind === 'BIOC' && (exception.personId === undefined || !c.people.some((p) => p.id === exception.personId)))
      gaps.push({
        code: 'hc.exceptionChildMissing',
        severity: 'warning',
        path: `hc.exceptions.${i}.personId`,
        message: 'Name the directly affected child, from the people in the case (IRPA s.25(1.21)(b)).',
        citation: 'IRPA s.25(1.21)(b)',
      });
  });

  // A translation or declaration joins its parent's tab: it proves what the parent proves.
  const isLinked = (id: string, seen = new Set<string>()): boolean => {
    if (linked.has(id)) return true;
    const parent = c.exhibits.find((x) => x.id === id)?.partOf;
    if (parent === undefined || seen.has(parent)) return false;
    seen.add(id);
    return isLinked(parent, seen);
  };
  c.exhibits.forEach((exhibit, i) => {
    if (!isLinked(exhibit.id))
      gaps.push({
        code: 'hc.exhibitUnlinked',
        severity: 'warning',
        path: `exhibits.${i}`,
        exhibitId: exhibit.id,
        message: 'This exhibit is not linked to any factor, exception, letter or statement: say what it proves, or leave it out.',
      });
  });

  gaps.push(...letterGaps(c, translationRules));

  return {
    factors: c.hc.factors.map((f) => ({ kind: f.kind, reliedOn: f.reliedOn, exhibitIds: f.exhibitIds })),
    exhibits: c.exhibits.map((x) => ({ id: x.id, title: x.title, linkedFrom: linked.get(x.id) ?? [] })),
    gaps,
  };
}

function letterGaps(c: Facts, rules: TranslationRuleSet): HcGap[] {
  const gaps: HcGap[] = [];
  c.hc.letters.forEach((letter, i) => {
    const path = `hc.letters.${i}`;
    if (letter.authorId !== undefined && !c.people.some((p) => p.id === letter.authorId))
      gaps.push({
        code: 'hc.letterAuthorMissing',
        severity: 'error',
        path: `${path}.authorId`,
        message: 'This letter names an author who is not in the case.',
      });
    let statement: Statement | undefined;
    if (letter.statementId !== undefined) {
      statement = c.statements.find((s) => s.id === letter.statementId);
      if (!statement)
        gaps.push({
          code: 'hc.letterStatementMissing',
          severity: 'error',
          path: `${path}.statementId`,
          message: 'This letter points to a statement that is not in the case.',
        });
    }
    if (officialLanguage(letter.lang)) return;
    const cite = formatTranslationCitation(IRCC_CITATION);
    const translated = statement?.translations.filter((t) => t.paragraphs.some((p) => p.trim() !== '')) ?? [];
    if (statement && translated.length > 0) {
      // IRCC's rules apply whatever the statement's own destination: the letter is filed with the H&C.
      const findings = translated.flatMap((translation) =>
        checkTranslation(c, { ...statement, translation: { ...translation, destination: 'IRCC' } }, rules),
      );
      for (const finding of findings) {
        if (finding.effect === 'note') continue;
        const citation = formatTranslationCitation(finding.citation);
        gaps.push({
          code: 'hc.letterTranslation',
          severity: finding.effect === 'refuse' ? 'error' : 'warning',
          path: `${path}.statementId`,
          check: finding.check,
          message: `${finding.message} (${citation})`,
          citation,
        });
      }
      return;
    }
    if (letter.translated && statement === undefined) {
      gaps.push({
        code: 'hc.letterTranslationUnchecked',
        severity: 'warning',
        path: `${path}.translated`,
        message:
          'The translation of this letter is not in the case, so its translator and certification cannot be checked against IRCC rules.',
        citation: cite,
      });
      return;
    }
    gaps.push({
      code: 'hc.letterUntranslated',
      severity: 'error',
      path: `${path}.translated`,
      message: `This letter is not in English or French and has no translation; IRCC needs an English or French translation with a certified copy of the original (${cite}).`,
      citation: cite,
    });
  });
  return gaps;
}
