import { DossierError } from '../core/errors.ts';
import type { Case, CertificationKind, TranslationDestination } from '../core/model/case.ts';
import { localToday } from '../core/model/dates.ts';
import { parseCase } from '../core/model/interchange.ts';
import { defaultTranslationRules } from '../core/rules/translation-rules-data.ts';
import type { TranslationRuleSet } from '../core/rules/translation-rules.ts';
import { checkCaseFacts } from '../core/validate.ts';
import type { DocumentKind } from '../documents/builders/document-types.ts';
import type { ScryptParams } from '../vault/key-file.ts';
import type { StoredCase, VaultApi } from '../vault/types.ts';
import { APP_VERSION } from './app-version.ts';
import { answersCase, attachResponse, otherCase } from './attach.ts';
import { readBundle, writeBundle, type OpenedBundle } from './bundle.ts';
import type { ParagraphChange } from './diff.ts';
import type { DocumentText } from './document-source.ts';
import type { RequestContent } from './format.ts';
import { buildRequest, type RequestChoices } from './request.ts';
import { buildResponse, type InterpreterAnswer } from './response.ts';
import { caseRef } from './source-hash.ts';
import { isTranslationLang } from '../core/model/translations.ts';

export interface HandoffDeps {
  readonly vault: VaultApi;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly random: (n: number) => Uint8Array;
  readonly scrypt: ScryptParams;
  /** Builds a generated document of the case and returns its wording. */
  readonly documentText: (c: Case, kind: DocumentKind, lang: 'en' | 'fr') => DocumentText;
  readonly rules?: TranslationRuleSet;
}

export interface ExportRequest extends RequestChoices {
  readonly caseId: string;
  readonly itemId: string;
  readonly passphrase: string;
  readonly lang?: 'en' | 'fr' | undefined;
  readonly destination?: TranslationDestination | undefined;
  readonly certification?: CertificationKind | undefined;
}

export type ImportResult =
  | { readonly status: 'attached'; readonly caseId: string; readonly itemIds: readonly string[]; readonly revision: number }
  | {
      readonly status: 'needs-confirmation';
      readonly caseId: string;
      readonly itemId: string;
      readonly changes: readonly ParagraphChange[];
    };

/** Schema and cross-field checks, as a save does: the translation's certification rules included. */
function validated(value: Case, today: string): Case {
  const parsed = parseCase(value);
  const issues = checkCaseFacts(parsed, today);
  if (issues.length > 0)
    throw new DossierError(
      'VALIDATION',
      `The translation cannot be attached: ${issues.map((i) => i.message).join(' ')} Nothing was changed.`,
      issues,
    );
  return parsed;
}

/**
 * The hand-off in both directions, over the vault and the bundle format: export a request
 * from a case, open it and answer it on the interpreter's side (nothing is written to any case),
 * and import the answer into the case it came from.
 */
export function createHandoffService(deps: HandoffDeps) {
  const rules = deps.rules ?? defaultTranslationRules;
  const seal = { scrypt: deps.scrypt, random: deps.random };

  const exportRequest = async (input: ExportRequest): Promise<{ bundleId: string; bytes: Uint8Array }> => {
    const stored = await deps.vault.readCase(input.caseId);
    const request = buildRequest(stored.case, input.itemId, input, {
      rules,
      documentText: (kind) => deps.documentText(stored.case, kind, input.lang ?? stored.case.matter.languageOfProceedings),
    });
    const bundleId = deps.newId();
    const createdAt = deps.now();
    const bytes = await writeBundle(
      'request',
      {
        bundleId,
        caseRef: caseRef(bundleId, stored.case.id),
        itemIds: request.items.map((i) => i.itemId),
        createdAt,
        appVersion: APP_VERSION,
      },
      request,
      input.passphrase,
      seal,
    );
    // The case keeps what was asked and when, so a response can be checked against its request.
    // A statement's request records which of its translations it is for: the response must come back in that language.
    const target = request.items.find((i) => i.kind === 'statement')?.targetLang;
    const asked = {
      bundleId,
      itemIds: request.items.map((i) => i.itemId),
      createdAt: createdAt.toISOString(),
      ...(isTranslationLang(target) ? { translationLang: target } : {}),
    };
    await deps.vault.writeCase(
      { ...stored.case, handoffRequests: [...(stored.case.handoffRequests ?? []), asked].slice(-500) },
      stored.revision,
    );
    return { bundleId, bytes };
  };

  const openRequest = (bytes: Uint8Array, passphrase: string): Promise<OpenedBundle<'request'>> => readBundle(bytes, passphrase, 'request');

  const respond = async (
    requestBytes: Uint8Array,
    passphrase: string,
    answer: InterpreterAnswer,
    responsePassphrase: string = passphrase,
  ): Promise<{ bundleId: string; bytes: Uint8Array }> => {
    const opened = await readBundle(requestBytes, passphrase, 'request');
    const content = buildResponse(opened.content, answer);
    const bundleId = deps.newId();
    const bytes = await writeBundle(
      'response',
      {
        bundleId,
        caseRef: opened.manifest.caseRef,
        requestId: opened.manifest.bundleId,
        itemIds: content.items.map((i) => i.itemId),
        createdAt: deps.now(),
        appVersion: APP_VERSION,
      },
      content,
      responsePassphrase,
      seal,
    );
    return { bundleId, bytes };
  };

  /** The case the response answers: the one named, which must match, else the one in the vault that does. */
  const findCase = async (manifestOf: OpenedBundle<'response'>['manifest'], caseId: string | undefined): Promise<StoredCase> => {
    if (caseId !== undefined) {
      const stored = await deps.vault.readCase(caseId);
      if (!answersCase(manifestOf, stored.case.id)) throw otherCase();
      return stored;
    }
    const match = (await deps.vault.listCases()).find((s) => answersCase(manifestOf, s.id));
    if (!match)
      throw new DossierError(
        'VALIDATION',
        'This bundle is for another case: it answers a translation request from a case that is not in this vault. Nothing was changed.',
      );
    return deps.vault.readCase(match.id);
  };

  const importResponse = async (input: {
    readonly bytes: Uint8Array;
    readonly passphrase: string;
    readonly caseId?: string | undefined;
    readonly accept: boolean;
  }): Promise<ImportResult> => {
    const opened = await readBundle(input.bytes, input.passphrase, 'response');
    const stored = await findCase(opened.manifest, input.caseId);
    const outcome = attachResponse(stored.case, opened.manifest, opened.content, undefined, {
      accept: input.accept,
      importedAt: deps.now().toISOString(),
      newPersonId: () => `p-translator-${deps.newId().replaceAll('-', '').slice(0, 12)}`,
    });
    if (outcome.status === 'needs-confirmation') return { ...outcome, caseId: stored.case.id };
    const saved = await deps.vault.writeCase(validated(outcome.case, localToday(deps.now())), stored.revision);
    return { status: 'attached', caseId: saved.case.id, itemIds: outcome.itemIds, revision: saved.revision };
  };

  return { exportRequest, openRequest, respond, importResponse };
}

export type HandoffService = ReturnType<typeof createHandoffService>;
export type { RequestContent };
