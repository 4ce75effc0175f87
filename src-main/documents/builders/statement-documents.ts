import type { TranslationLang } from '../../core/model/case.ts';
import type { BilingualBlock, Block, DossierDocument, TextRun } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { caseData } from './case-data.ts';
import { fill, word, type Labels } from './detention-facts.ts';
import { languageName } from './language-names.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';
import { chosenStatement, longDate, statementFields, translatedStatement, type TranslatedStatement } from './statement-data.ts';
import { DossierError } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import { viewOf } from '../../core/model/translations.ts';
import { statementDocumentFields } from './translation-fields.ts';

/** "14." then the paragraph: the number is the same on both sides, so "para 14" is one place. */
function numbered(n: number, text: string): TextRun[] {
  return [{ text: `${n}.`, bold: true }, { text: ` ${text}` }];
}

const paragraph = (n: number, text: string, lang: string): Block => ({ type: 'paragraph', lang, runs: numbered(n, text) });

/**
 * Two columns, one row per paragraph number: the original in its own language and direction
 * (a Persian cell is right-to-left, a Chinese one in its own font), the translation beside it.
 */
function sideBySide(statement: TranslatedStatement, labels: Labels, lang: BuildInput['lang']): BilingualBlock {
  const original = { lang: statement.lang };
  const translation = { lang: statement.translation.lang };
  return {
    type: 'bilingual',
    // The headings are in the document's language, even above a right-to-left column.
    headers: {
      left: [{ text: fill(word(labels, 'column.original'), { language: languageName(statement.lang, lang) }), lang }],
      right: [{ text: fill(word(labels, 'column.translation'), { language: languageName(statement.translation.lang, lang) }), lang }],
    },
    rows: statement.paragraphs.map((text, i) => ({
      left: { ...original, blocks: [paragraph(i + 1, text, statement.lang)] },
      right: { ...translation, blocks: [paragraph(i + 1, statement.translation.paragraphs[i] ?? '', statement.translation.lang)] },
    })),
  };
}

function build(
  kind: 'statement-bilingual' | 'statement-translation',
  input: BuildInput,
  statementId: string | undefined,
  lang: TranslationLang | undefined,
): DossierDocument {
  const c = input.case;
  const statement = translatedStatement(chosenStatement(c, statementId, lang));
  const ast = input.templates(kind);
  const labels = ast.front.strings;
  const exhibit = statement.originalExhibitId === undefined ? undefined : c.exhibits.find((x) => x.id === statement.originalExhibitId);
  const ref = exhibit === undefined ? undefined : input.exhibitRefs?.get(exhibit.id);
  const where = ref === undefined ? '' : fill(word(labels, 'cite.tab'), { tab: ref.tab, page: ref.label ?? String(ref.page) });
  const body = (): Block[] =>
    kind === 'statement-bilingual'
      ? [sideBySide(statement, labels, input.lang)]
      : statement.translation.paragraphs.map((text, i) => paragraph(i + 1, text, statement.translation.lang));
  const { title, blocks } = evaluateTemplate(ast, {
    fields: statementDocumentFields,
    data: {
      ...caseData(c, input.lang, input.today, labels),
      ...statementFields(c, statement, input.lang, labels),
      ...(exhibit ? { original: { title: exhibit.title, where } } : {}),
    },
    partials: { [kind === 'statement-bilingual' ? 'statement-table' : 'translation-paragraphs']: body },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}

/**
 * The side-by-side statement: the original beside its English or French translation, one row per
 * paragraph number, with the dates written inside it and their Gregorian values. Refused for a
 * statement whose translation is missing or incomplete.
 */
export function buildStatementBilingual(input: BuildInput, statementId?: string, lang?: TranslationLang): DossierDocument {
  return build('statement-bilingual', input, statementId, lang);
}

/**
 * The typed transcription of a handwritten original: the statement's paragraphs in the original's
 * language, numbered as the translations number them, with who typed them and when. Refused for
 * a statement that records no transcription.
 */
export function buildStatementTranscription(input: BuildInput, statementId?: string): DossierDocument {
  const c = input.case;
  const statement =
    statementId === undefined ? c.statements.find((s) => s.transcription !== undefined) : c.statements.find((s) => s.id === statementId);
  const transcription = statement?.transcription;
  if (statement === undefined || transcription === undefined)
    throw new DossierError(
      'VALIDATION',
      statement === undefined && statementId !== undefined
        ? 'The statement chosen for this document is not in the case.'
        : 'This statement has no transcription: add it on the Statements tab first.',
      [fieldIssue(statement === undefined ? 'statements' : `statements.${statement.id}.transcription`, 'noTranscription')],
    );
  const ast = input.templates('statement-transcription');
  const labels = ast.front.strings;
  const { title, blocks } = evaluateTemplate(ast, {
    fields: statementDocumentFields,
    data: {
      ...caseData(c, input.lang, input.today, labels),
      ...statementFields(c, viewOf(statement), input.lang, labels),
      transcription: { by: transcription.transcriberName.trim(), on: longDate(transcription.transcribedOn, input.lang) },
    },
    partials: { 'transcription-paragraphs': () => statement.paragraphs.map((text, i) => paragraph(i + 1, text, statement.lang)) },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}

/** The translation alone, its paragraphs numbered as the original's. */
export function buildStatementTranslation(input: BuildInput, statementId?: string, lang?: TranslationLang): DossierDocument {
  return build('statement-translation', input, statementId, lang);
}
