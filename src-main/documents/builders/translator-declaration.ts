import { DossierError } from '../../core/errors.ts';
import type { Case } from '../../core/model/case.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { caseData } from './case-data.ts';
import { declarationFields } from './field-maps.ts';
import { partialDateText } from './format-date.ts';
import { languageName } from './language-names.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';
import { personName } from './person-name.ts';

function translatedStatement(c: Case, statementId: string | undefined) {
  const statement = c.statements.find((s) => s.translation !== undefined && (statementId === undefined || s.id === statementId));
  if (!statement?.translation)
    throw new DossierError('VALIDATION', 'There is no translated statement to declare: add the translation to a statement first.', [
      { path: 'statements', message: 'No translation.' },
    ]);
  const translator = c.people.find((p) => p.id === statement.translation?.translatorId);
  if (!translator)
    throw new DossierError('VALIDATION', 'Choose who translated the statement before printing the declaration.', [
      { path: `statements.${statement.id}.translation.translatorId`, message: 'No translator.' },
    ]);
  return { statement, translation: statement.translation, translator };
}

/**
 * The translator's declaration (ID Rules r.25(3); RPD Rules r.32 adds the dialect): translator's
 * name, the language and dialect translated from and into, the document, and the signed
 * statement that the translation is accurate. Before the RPD a missing dialect is an error.
 */
export function buildTranslatorDeclaration(input: BuildInput, statementId?: string): DossierDocument {
  const c = input.case;
  const ast = input.templates('translator-declaration');
  const labels = ast.front.strings;
  const { statement, translation, translator } = translatedStatement(c, statementId);
  const primary = statement.lang.split('-')[0];
  const pair = translator.translator?.pairs.find((p) => p.from === statement.lang || p.from.split('-')[0] === primary);
  const dialects = (pair?.dialects ?? []).filter((d) => d.trim() !== '');
  if (dialects.length === 0 && c.matter.forum === 'IRB-RPD')
    throw new DossierError(
      'VALIDATION',
      "The RPD requires the dialect on a translator's declaration (RPD Rules r.32): add it to the translator's language pair.",
      [{ path: `people.${translator.id}.translator.pairs`, message: 'No dialect.' }],
    );
  const association = translator.translator?.association;
  const { title, blocks } = evaluateTemplate(ast, {
    fields: declarationFields,
    data: {
      ...caseData(c, input.lang, input.today, labels),
      translator: {
        name: personName(translator),
        certified: association?.certified === true,
        ...(association ? { association: association.name, memberNo: association.memberNo } : {}),
      },
      document: { title: statement.title, ...(statement.dateWritten ? { date: partialDateText(statement.dateWritten) } : {}) },
      from: {
        language: languageName(statement.lang, input.lang),
        dialect: dialects.length > 0 ? dialects.join(', ') : (labels['noDialect'] ?? ''),
      },
      into: { language: languageName(translation.lang, input.lang) },
    },
    partials: {},
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
