import { DossierError } from '../core/errors.ts';
import type { Case, DocumentTranslation, Person, Statement, Translation } from '../core/model/case.ts';
import { foldForSearch } from '../core/names.ts';
import { diffParagraphs, type ParagraphChange } from './diff.ts';
import type { Manifest, ResponseContent, ResponseItem } from './format.ts';
import { parseItemId } from './item-id.ts';
import { responseRecord } from './order.ts';
import { caseRef, numberedParagraphs, sourceHash } from './source-hash.ts';
import { chosenTranslation, withTranslation } from '../core/model/translations.ts';

export type AttachOutcome =
  | { readonly status: 'attached'; readonly case: Case; readonly itemIds: readonly string[] }
  | { readonly status: 'needs-confirmation'; readonly itemId: string; readonly changes: readonly ParagraphChange[] };

export interface AttachOptions {
  /** Attach even though the source changed since the request (the user saw the changes and agreed). */
  readonly accept: boolean;
  /** When the response was imported, ISO instant. */
  readonly importedAt: string;
  /** A fresh id for a translator not yet in the registry. */
  readonly newPersonId: () => string;
}

/** True when the response answers a request made from this case. */
export function answersCase(manifest: Manifest, caseId: string): boolean {
  return manifest.requestId !== undefined && caseRef(manifest.requestId, caseId) === manifest.caseRef;
}

export function otherCase(): DossierError {
  return new DossierError(
    'VALIDATION',
    'This bundle is for another case: it answers a translation request made from a different case. Nothing was changed.',
  );
}

/** The translator in the registry: the one the request named, else one with the same name, else a new entry. */
function resolveTranslator(c: Case, response: ResponseContent, preferredId: string | undefined, newId: () => string) {
  const preferred = preferredId === undefined ? undefined : c.people.find((p) => p.id === preferredId && p.roles.includes('translator'));
  if (preferred) return { id: preferred.id, people: c.people };
  const name = foldForSearch(`${response.translator.familyName} ${response.translator.givenNames}`);
  const same = c.people.find((p) => p.roles.includes('translator') && foldForSearch(`${p.familyName} ${p.givenNames}`) === name);
  if (same) return { id: same.id, people: c.people };
  const a = response.translator.association;
  const person: Person = {
    id: newId(),
    roles: ['translator'],
    familyName: response.translator.familyName,
    givenNames: response.translator.givenNames,
    namesInScript: [],
    aliases: [],
    citizenships: [],
    phones: response.translator.phone === undefined ? [] : [response.translator.phone],
    translator: {
      languages: [],
      pairs: [],
      ...(a
        ? {
            association: {
              name: a.name,
              memberNo: a.memberNo,
              certified: a.certified,
              certifiedPairs: [],
              ...(a.stampText === undefined ? {} : { stampText: a.stampText }),
            },
          }
        : {}),
      ...(response.translator.email === undefined ? {} : { email: response.translator.email }),
      isClient: false,
      isFamilyOfClient: false,
      isRepresentative: false,
    },
  };
  return { id: person.id, people: [...c.people, person] };
}

function checkOwnHash(item: ResponseItem): void {
  if (sourceHash(item.sourceLang, item.source) !== item.sourceSha256)
    throw new DossierError(
      'CORRUPT',
      'The bundle was refused: the source it carries does not match its own fingerprint. Nothing was changed.',
    );
  const keys = item.source.map((p) => p.key);
  if (item.paragraphs.length !== keys.length || item.paragraphs.some((p, i) => p.key !== keys[i]))
    throw new DossierError(
      'UNSUPPORTED_FORMAT',
      'The bundle was refused: its translation is not aligned with its source. Nothing was changed.',
    );
}

function declarationOf(response: ResponseContent) {
  const d = response.declaration;
  return {
    translatorName: d.translatorName,
    languageAndDialect: d.languageAndDialect,
    accuracyStatement: d.accuracyStatement,
    signedAt: d.signedAt,
    ...(d.typedSignature === undefined ? {} : { typedSignature: d.typedSignature }),
    ...(d.signatureImage === undefined ? {} : { signatureImage: d.signatureImage }),
  };
}

function attachStatement(
  statement: Statement,
  item: ResponseItem,
  response: ResponseContent,
  translatorId: string,
  handoff: Translation['handoff'],
): Statement {
  if (item.targetLang !== 'en' && item.targetLang !== 'fr')
    throw new DossierError('VALIDATION', 'A statement’s translation is in English or French. Nothing was changed.');
  const existing = chosenTranslation(statement, item.targetLang);
  // Paragraph i translates paragraph i: a paragraph added since the request waits empty, one removed drops out.
  const paragraphs = statement.paragraphs.map((_, i) => item.paragraphs[i]?.text ?? '');
  const certification = item.certification ?? existing?.certification;
  const destination = item.destination ?? existing?.destination;
  const affidavit = response.affidavit ?? existing?.affidavit;
  const certifiedMember = response.certifiedMember ?? existing?.certifiedMember;
  return withTranslation(statement, {
    lang: item.targetLang,
    translatorId,
    paragraphs,
    ...(certification === undefined ? {} : { certification }),
    ...(destination === undefined ? {} : { destination }),
    sourceSha256: item.sourceSha256,
    completedAt: response.declaration.signedAt,
    declaration: declarationOf(response),
    ...(affidavit === undefined ? {} : { affidavit }),
    ...(certifiedMember === undefined ? {} : { certifiedMember }),
    ...(handoff === undefined ? {} : { handoff }),
  });
}

function attachDocument(
  c: Case,
  document: string,
  item: ResponseItem,
  response: ResponseContent,
  translatorId: string,
  handoff: DocumentTranslation['handoff'],
): Case {
  const rows = item.paragraphs.map((p, i) => ({ key: p.key, source: item.source[i]?.text ?? '', text: p.text }));
  if (document === 'client-prep-sheet')
    return {
      ...c,
      detention: {
        ...c.detention,
        prepSheetTranslation: { lang: item.targetLang, translatorId, rows, ...(handoff === undefined ? {} : { handoff }) },
      },
    };
  const id = `dt-${document}`.slice(0, 64);
  const entry: DocumentTranslation = {
    id,
    document,
    sourceLang: item.sourceLang,
    lang: item.targetLang,
    translatorId,
    rows,
    declaration: declarationOf(response),
    ...(handoff === undefined ? {} : { handoff }),
  };
  const others = c.documentTranslations.filter((t) => t.document !== document);
  return { ...c, documentTranslations: [...others, entry] };
}

/**
 * Attaches a response to the case it answers. When a statement's source changed since the
 * request, nothing is attached unless `accept` is set: the paragraph changes are returned so
 * the user can decide. The caller validates and saves the returned case.
 */
export function attachResponse(
  c: Case,
  manifest: Manifest,
  response: ResponseContent,
  preferredTranslatorId: string | undefined,
  options: AttachOptions,
): AttachOutcome {
  if (!answersCase(manifest, c.id)) throw otherCase();
  for (const item of response.items) checkOwnHash(item);
  const handoff = responseRecord(c, manifest, response, options.importedAt);
  for (const item of response.items) {
    const ref = parseItemId(item.itemId);
    if (ref.kind !== 'statement') continue;
    const statement = c.statements.find((s) => s.id === ref.id);
    if (!statement)
      throw new DossierError('NOT_FOUND', 'The statement this translation answers is no longer in the case. Nothing was changed.');
    const now = numberedParagraphs(statement.paragraphs);
    if (sourceHash(statement.lang, now) !== item.sourceSha256 && !options.accept)
      return {
        status: 'needs-confirmation',
        itemId: item.itemId,
        changes: diffParagraphs(
          item.source.map((p) => p.text),
          statement.paragraphs,
        ),
      };
  }
  const { id: translatorId, people } = resolveTranslator(c, response, preferredTranslatorId, options.newPersonId);
  let next: Case = { ...c, people };
  for (const item of response.items) {
    const ref = parseItemId(item.itemId);
    if (ref.kind === 'document') next = attachDocument(next, ref.document, item, response, translatorId, handoff);
    else
      next = {
        ...next,
        statements: next.statements.map((s) => (s.id === ref.id ? attachStatement(s, item, response, translatorId, handoff) : s)),
      };
  }
  return { status: 'attached', case: next, itemIds: response.items.map((i) => i.itemId) };
}
