import type { DossierDocument } from '../model.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { caseData } from './case-data.ts';
import { languageName } from './language-names.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';
import { personName } from './person-name.ts';
import { hasSignatureImage, interpreterSignatureId, signatureImageBlocks } from './signature-image.ts';
import { longDate, statementFields } from './statement-data.ts';
import { viewOf } from '../../core/model/translations.ts';
import { DossierError } from '../../core/errors.ts';
import { attestationFields } from './translation-fields.ts';

/**
 * The interpreter's attestation that a statement was read back to its author in their language
 * and dialect: by whom, when and where. The statement is the one asked for, else the first with
 * a read-back on record, else the first dictated through an interpreter. What is not on record
 * (the date, the place) prints as a line to fill in by hand.
 */
export function buildInterpreterAttestation(input: BuildInput, statementId?: string): DossierDocument {
  const c = input.case;
  const statement =
    statementId === undefined
      ? (c.statements.find((s) => s.readBack !== undefined) ?? c.statements.find((s) => s.method === 'dictated-via-interpreter'))
      : c.statements.find((s) => s.id === statementId);
  if (!statement)
    throw new DossierError(
      'VALIDATION',
      statementId === undefined
        ? 'No statement records a read-back or was dictated through an interpreter.'
        : 'The statement chosen for this document is not in the case.',
      [fieldIssue('statements', statementId === undefined ? 'noReadBack' : 'noSuchStatement')],
    );
  const ast = input.templates('interpreter-attestation');
  const labels = ast.front.strings;
  const readBack = statement.readBack;
  const interpreterId = readBack?.interpreterId ?? statement.interpreterId;
  const interpreter = interpreterId === undefined ? undefined : c.people.find((p) => p.id === interpreterId);
  const signatureId = interpreterSignatureId(statement, interpreterId);
  const signed = signatureId !== undefined && hasSignatureImage(input.signatures, signatureId);
  const { title, blocks } = evaluateTemplate(ast, {
    fields: attestationFields,
    data: {
      ...caseData(c, input.lang, input.today, labels),
      ...statementFields(c, viewOf(statement), input.lang, labels),
      interpreter: { name: interpreter ? personName(interpreter) : '', signed },
      readBack: {
        language: languageName(readBack?.lang ?? statement.lang, input.lang),
        dialect: readBack?.dialect ?? statement.dialect ?? '',
        date: longDate(readBack?.on, input.lang),
        place: readBack?.place ?? '',
      },
    },
    partials: {
      'signature-image': () =>
        signatureId === undefined ? [] : signatureImageBlocks(input.signatures, signatureId, interpreter ? personName(interpreter) : ''),
    },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
