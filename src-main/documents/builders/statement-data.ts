import { DossierError } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { Case, CertificationKind, Person, Translation, TranslationLang } from '../../core/model/case.ts';
import { viewOf, type StatementView } from '../../core/model/translations.ts';
import { fill, word, type Labels } from './detention-facts.ts';
import type { DocLang } from './format-date.ts';
import { formatLongDate, partialDateText, partialRange } from './format-date.ts';
import { languageName } from './language-names.ts';
import { personName } from './person-name.ts';

/**
 * Where the packet placed the translation a certification is about: its tab ("4a"), its first
 * and last page numbers as stamped, its title in the list of documents, and the SHA-256 of its
 * PDF as the packet's manifest lists it (the PDF printed for the packet, before page numbers
 * and tab labels are stamped; for an imported translation, the file as imported).
 */
export interface TranslationPlacement {
  readonly tab: string;
  readonly firstLabel: string;
  readonly lastLabel: string;
  readonly title: string;
  readonly sha256: string;
}

export type TranslatedStatement = StatementView & { readonly translation: Translation };

/**
 * The statement a document is for, seen through one of its translations: the one into `lang`,
 * else its first. Without a statement id, the first statement with a translation.
 */
export function chosenStatement(c: Case, statementId: string | undefined, lang?: TranslationLang): StatementView {
  const statement =
    statementId === undefined ? c.statements.find((s) => s.translations.length > 0) : c.statements.find((s) => s.id === statementId);
  if (statement) return viewOf(statement, lang);
  throw new DossierError(
    'VALIDATION',
    statementId === undefined
      ? 'There is no translated statement: add the translation to a statement first.'
      : 'The statement chosen for this document is not in the case.',
    [fieldIssue('statements', statementId === undefined ? 'noTranslation' : 'noSuchStatement')],
  );
}

/**
 * The statement with a complete translation, paragraph for paragraph, or an error naming what is
 * missing: a document filed with a translation must translate every paragraph, so "para 14"
 * exists on both sides (ID Rules r.25(1)).
 */
export function translatedStatement(statement: StatementView): TranslatedStatement {
  const translation = statement.translation;
  if (translation === undefined)
    throw new DossierError(
      'VALIDATION',
      statement.translations.length === 0
        ? 'This statement has no English or French translation yet. A document in another language is filed with its translation (ID Rules r.25(1)): add the translation first.'
        : 'This statement has no translation into the language chosen: choose one of its translations, or add that translation first.',
      [fieldIssue(`statements.${statement.id}.translations`, 'noTranslation')],
    );
  const missing = statement.paragraphs.flatMap((p, i) =>
    p.trim() !== '' && (translation.paragraphs[i] ?? '').trim() === '' ? [i + 1] : [],
  );
  if (missing.length > 0)
    throw new DossierError(
      'VALIDATION',
      `The translation is not complete: paragraph${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of the original ${missing.length === 1 ? 'has' : 'have'} no translation yet.`,
      missing.map((n) =>
        fieldIssue(
          `statements.${statement.id}.translations.${statement.translations.indexOf(translation)}.paragraphs.${n - 1}`,
          'notTranslatedYet',
        ),
      ),
    );
  return { ...statement, translation };
}

/** The certification a translation needs: the one recorded, else the one its destination takes. */
export function certificationOf(c: Case, statement: StatementView, translator: Person | undefined): CertificationKind {
  const recorded = statement.translation?.certification;
  if (recorded !== undefined) return recorded;
  switch (statement.translation?.destination ?? c.matter.forum) {
    case 'IRB-RPD':
      return 'RPD_DECLARATION';
    case 'IRCC':
      return translator?.translator?.association?.certified === true ? 'IRCC_CERTIFIED_MEMBER' : 'IRCC_AFFIDAVIT';
    default:
      return 'ID_DECLARATION';
  }
}

/** The document kind that prints each certification. */
export const certificationDocument = {
  ID_DECLARATION: 'translator-declaration',
  RPD_DECLARATION: 'translator-declaration',
  IRCC_AFFIDAVIT: 'translator-affidavit',
  IRCC_CERTIFIED_MEMBER: 'translation-certificate',
} as const satisfies Record<CertificationKind, string>;

export const translatorOf = (c: Case, statement: StatementView): Person | undefined =>
  statement.translation?.translatorId === undefined ? undefined : c.people.find((p) => p.id === statement.translation?.translatorId);

/** The dialect in words: the statement's own, else the translator's for that language. */
export function dialectOf(statement: StatementView, translator: Person | undefined): string {
  if (statement.dialect !== undefined && statement.dialect.trim() !== '') return statement.dialect.trim();
  const primary = statement.lang.split('-')[0];
  const pair = translator?.translator?.pairs.find((p) => p.from === statement.lang || p.from.split('-')[0] === primary);
  return (pair?.dialects ?? [])
    .map((d) => d.trim())
    .filter((d) => d !== '')
    .join(', ');
}

/** "page 7" or "pages 7 to 9" at a tab, in the template's words. */
export function placementText(placement: TranslationPlacement, labels: Labels): string {
  const one = placement.firstLabel === placement.lastLabel;
  return fill(word(labels, one ? 'where.one' : 'where.many'), {
    tab: placement.tab,
    first: placement.firstLabel,
    last: placement.lastLabel,
  });
}

/** Fields every statement document reads: the statement, its languages, its author and translator. */
export function statementFields(c: Case, statement: StatementView, lang: DocLang, labels: Labels) {
  const author = statement.authorId === undefined ? undefined : c.people.find((p) => p.id === statement.authorId);
  const translator = translatorOf(c, statement);
  const authorName = author ? personName(author) : statement.kind === 'client-statement' ? personName(c.client) : '';
  return {
    statement: {
      title: statement.title,
      kind: word(labels, `kind.${statement.kind}`),
      method: word(labels, `method.${statement.method}`),
      author: authorName,
      language: languageName(statement.lang, lang),
      dialect: statement.dialect ?? '',
      paragraphs: String(statement.paragraphs.length),
      ...(statement.dateWritten ? { date: partialDateText(statement.dateWritten) } : {}),
      handwritten: statement.method === 'handwritten',
    },
    into: { language: statement.translation ? languageName(statement.translation.lang, lang) : '' },
    translator: {
      name: translator ? personName(translator) : (statement.translation?.declaration?.translatorName ?? ''),
    },
    dates: statement.dates
      .toSorted((a, b) => a.paragraph - b.paragraph)
      .map((d) => {
        const range = partialRange(d.date);
        const gregorian = range ? (range.earliest === range.latest ? range.earliest : `${range.earliest} – ${range.latest}`) : '';
        return {
          paragraph: String(d.paragraph + 1),
          written: d.date.original.trim() || gregorian,
          gregorian,
          calendar: word(labels, `calendar.${d.date.calendar}`) || d.date.calendar,
        };
      }),
  };
}

/** A date of the model (YYYY-MM-DD) written out, or empty. */
export const longDate = (iso: string | undefined, lang: DocLang): string => (iso === undefined ? '' : formatLongDate(iso, lang));
