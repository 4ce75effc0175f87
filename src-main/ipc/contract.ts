import { z } from 'zod';
import { errorCodes } from '../core/errors.ts';
import { caseFileSchema } from '../core/model/interchange.ts';
import { counselProfileSchema } from '../documents/builders/counsel-profile.ts';
import { caseKinds, personNameSchema, WORDING_TEXT_MAX } from '../core/model/case.ts';
import {
  base64Bytes,
  deadlineDto,
  exhibitBatch,
  exhibitImportInput,
  exhibitImported,
  idField,
  packetBuildOptions,
  packetJobStatus,
  packetPreview,
  presetName,
} from './channel-dto.ts';

import { issueCodes } from '../core/issues/catalog.ts';
import { coded } from '../core/issues/text.ts';
import {
  docLang,
  documentPreviewDto,
  wordingDocument,
  wordingParagraphs,
  documentRequest,
  documentSavedDto,
  fieldIssueDto,
} from './document-dto.ts';
import {
  passphraseField,
  vaultStatus,
  caseSummary,
  storedCase,
  settings,
  transferExportInput,
  transferExportOutput,
  transferImportInput,
  transferImportOutput,
  vaultCheckReport,
} from './app-dto.ts';
import { viewerChannels } from './contract-viewer.ts';
import { interpreterDraftChannels } from './contract-drafts.ts';
import { backupChannels } from './contract-backups.ts';
import { redactionChannels } from './contract-redaction.ts';

import { evidenceChannels } from './contract-evidence.ts';

export type { OcrJobStatusDto, SearchHitDto, SplitPartDto } from './contract-evidence.ts';

export { MAX_EXHIBIT_BYTES, packetPresetNames } from './channel-dto.ts';

/**
 * The one IPC contract: every channel's input and output schema. Channel strings exist only
 * here (`channelName`). The renderer imports this module for types only.
 */

const templateIdField = z.string().min(1).max(40);
const templateText = z.string().max(1_000_000);
const templateEntry = z.object({
  id: z.string(),
  lang: docLang,
  documentType: z.string(),
  title: z.string(),
  version: z.string(),
  overridden: z.boolean(),
  builtInChanged: z.boolean(),
  errors: z.array(z.string()),
});
const templateErrorDto = z.object({ file: z.string(), line: z.int(), column: z.int(), message: z.string(), field: z.string().optional() });

const passphrase = passphraseField;
const caseId = z.object({ id: z.string().min(1).max(64) });
/** A warning with its code (an imported text no bundled font draws is kept, and named at once). */
const issueDto = z.object({ code: z.enum(issueCodes), path: z.string(), message: z.string() });

export const contract = {
  vaultStatus: { input: z.void(), output: vaultStatus },
  vaultCreate: {
    input: z.discriminatedUnion('method', [
      z.object({ method: z.literal('passphrase'), passphrase: passphrase.min(10, coded('passphraseLength')) }),
      z.object({ method: z.literal('keychain') }),
    ]),
    output: vaultStatus,
  },
  /** With neither field, the keychain; a recovery code opens a vault of either method that has one. */
  vaultUnlock: {
    input: z.object({ passphrase: passphrase.optional(), recoveryCode: z.string().min(1).max(200).optional() }),
    output: vaultStatus,
  },
  vaultLock: { input: z.void(), output: vaultStatus },
  ...backupChannels,
  ...interpreterDraftChannels,
  /** Wraps the data key under a new passphrase; the current one must be given and stops working. */
  vaultChangePassphrase: { input: z.object({ current: passphrase, next: passphrase }), output: vaultStatus },
  /** Moves the vault key to the keychain (the current passphrase given, which stops working) or to a new passphrase. */
  vaultSwitchKeyMethod: {
    input: z.discriminatedUnion('method', [
      z.object({ method: z.literal('keychain'), current: passphrase }),
      z.object({ method: z.literal('passphrase'), passphrase: passphrase.min(10, coded('passphraseLength')) }),
    ]),
    output: vaultStatus,
  },
  /** Makes a new recovery code for the open vault, replacing any earlier one; the code is returned this once only. */
  vaultCreateRecoveryCode: { input: z.void(), output: z.object({ code: z.string(), status: vaultStatus }) },
  caseList: {
    input: z.object({ query: z.string().max(500).default(''), includeArchived: z.boolean().default(false) }),
    output: z.array(caseSummary),
  },
  caseCreate: {
    input: z.object({
      kind: z.enum(caseKinds),
      name: personNameSchema.pick({ familyName: true, givenNames: true, namesInScript: true }),
      /** The forum's own file number (IRB for a detention review, IRCC for an H&C), when already known. */
      fileNumber: z.string().max(500).optional(),
      languageOfProceedings: z.enum(['en', 'fr']).optional(),
    }),
    output: storedCase,
  },
  caseGet: { input: caseId, output: storedCase },
  caseSave: { input: z.object({ case: z.unknown(), revision: z.int().min(1) }), output: storedCase },
  /** Keeps a copy that does not validate as the case's draft; the case itself stays as last saved. */
  caseDraftSave: { input: z.object({ id: idField, revision: z.int().min(1), draft: z.unknown() }), output: storedCase },
  caseArchive: { input: caseId.extend({ archived: z.boolean() }), output: caseSummary },
  caseDelete: { input: caseId.extend({ confirm: z.literal(true) }), output: z.object({ deleted: z.string() }) },
  caseImport: { input: z.object({ file: z.unknown() }), output: z.object({ id: z.string(), warnings: z.array(issueDto).default([]) }) },
  caseExport: { input: caseId, output: caseFileSchema },
  /** A sealed case transfer (docs/transfer-format.md): the case with its exhibits, under a passphrase asked for this file only. */
  caseTransferExport: { input: transferExportInput, output: transferExportOutput },
  /** Saves the plain JSON case file (unencrypted, no exhibits) where the user chooses; `saved` is false when the dialog was closed. */
  caseExportSave: { input: caseId, output: z.object({ saved: z.boolean(), fileName: z.string() }) },
  /** Imports a sealed case transfer as a new case: under a new id when this vault already holds its id. */
  caseTransferImport: { input: transferImportInput, output: transferImportOutput },
  /** Reports orphaned blobs, unreadable files and quarantined files; `clean` removes the orphans. */
  vaultCheck: { input: z.object({ clean: z.boolean().default(false) }), output: vaultCheckReport },
  settingsGet: { input: z.void(), output: settings },
  settingsSet: { input: settings.partial(), output: settings },
  exhibitImport: { input: exhibitImportInput, output: exhibitImported },
  exhibitPickAndImport: { input: z.object({ caseId: idField, exhibitId: idField.optional() }), output: exhibitBatch },
  ...redactionChannels,
  ...evidenceChannels,
  packetPlanPreview: { input: z.object({ caseId: idField, preset: presetName }), output: packetPreview },
  packetBuildStart: {
    input: z.object({ caseId: idField, preset: presetName, options: packetBuildOptions.default({ skipBadExhibits: false }) }),
    output: z.object({ jobId: z.string() }),
  },
  packetBuildStatus: { input: z.object({ jobId: idField }), output: packetJobStatus },
  packetBuildCancel: { input: z.object({ jobId: idField }), output: packetJobStatus },
  packetShowInFolder: { input: z.object({ jobId: idField }), output: z.object({ shown: z.boolean() }) },
  counselProfileGet: { input: z.void(), output: counselProfileSchema.nullable() },
  counselProfileSet: { input: counselProfileSchema, output: counselProfileSchema },
  /** Counsel's signature image: checked, cleaned of metadata and kept encrypted in the vault; the profile holds its id. */
  counselSignatureSet: {
    input: z.object({ mime: z.enum(['image/png', 'image/jpeg']), base64: z.base64().max(700_000) }),
    output: counselProfileSchema,
  },
  counselSignatureGet: { input: z.void(), output: z.object({ mime: z.enum(['image/png', 'image/jpeg']), base64: z.string() }).nullable() },
  counselSignatureClear: { input: z.void(), output: counselProfileSchema.nullable() },
  templatesList: { input: z.object({ lang: docLang.optional() }), output: z.array(templateEntry) },
  templateGet: {
    input: z.object({ id: templateIdField, lang: docLang }),
    output: z.object({ text: z.string(), defaultText: z.string(), overridden: z.boolean() }),
  },
  templatePreview: {
    input: z.object({ caseId: z.string().min(1).max(64), templateId: templateIdField, lang: docLang, text: templateText.optional() }),
    output: z.object({ html: z.string().nullable(), errors: z.array(templateErrorDto) }),
  },
  templateSave: { input: z.object({ id: templateIdField, lang: docLang, text: templateText }), output: templateEntry },
  templateReset: { input: z.object({ id: templateIdField, lang: docLang }), output: templateEntry },
  documentRender: {
    input: documentRequest.extend({ format: z.enum(['pdf', 'docx']) }),
    output: z.object({
      fileName: z.string(),
      mediaType: z.string(),
      title: z.string(),
      base64: z.string(),
      /** What printed but needs counsel's eye: an edited paragraph the document no longer matches (`wordingEditStale`). */
      warnings: z.array(z.object({ code: z.enum(issueCodes), path: z.string(), message: z.string() })).default([]),
    }),
  },
  /** The paragraphs of one generated document of a case, as the template words them and as this case rewords them. */
  documentParagraphs: { input: wordingDocument, output: wordingParagraphs },
  /** Rewords one paragraph of one document of this case (kept in the case, in the vault); the template's own text removes the edit. */
  wordingEditSave: {
    input: wordingDocument.extend({ original: z.string().min(1).max(WORDING_TEXT_MAX), text: z.string().max(WORDING_TEXT_MAX) }),
    output: wordingParagraphs,
  },
  /** Back to the template's wording: one paragraph, or the whole document without `original`. */
  wordingEditReset: {
    input: wordingDocument.extend({ original: z.string().min(1).max(WORDING_TEXT_MAX).optional() }),
    output: wordingParagraphs,
  },
  /** The print HTML of a document for the in-app preview, or the fields the case must fill first. */
  documentPreview: { input: documentRequest, output: documentPreviewDto },
  /** Asks the user where to save a document (the save dialog, shown by main) and writes it there atomically. */
  documentSave: { input: documentRequest.extend({ format: z.enum(['pdf', 'docx']) }), output: documentSavedDto },
  deadlinesCompute: {
    input: z.object({ caseId: z.string().min(1).max(64), asOf: z.iso.datetime({ offset: false }).optional() }),
    output: z.array(deadlineDto),
  },
  /** Hand-off (docs/handoff-format.md): the advocate exports a passphrase-sealed translation request for one statement or `doc:<kind>`. */
  handoffExport: {
    input: z.object({
      caseId: idField,
      itemId: z.string().regex(/^(?:doc:)?[a-z0-9][a-z0-9-]{0,63}$/u),
      passphrase: passphrase.min(10, coded('passphraseLength')),
      /** A statement goes into en or fr; a document into the client's language unless given. */
      targetLang: z.string().min(2).max(35).optional(),
      destination: z.enum(['IRB-ID', 'IRB-RPD', 'IRCC']).optional(),
      certification: z.enum(['ID_DECLARATION', 'RPD_DECLARATION', 'IRCC_CERTIFIED_MEMBER', 'IRCC_AFFIDAVIT']).optional(),
      translatorId: idField.optional(),
      /** The language a generated document is built in before it is sent. */
      lang: docLang.optional(),
      /** `bytes` answers the bundle itself; `dialog` asks the user for a folder and writes it there. */
      save: z.enum(['bytes', 'dialog']).default('bytes'),
    }),
    output: z.object({ bundleId: z.string(), fileName: z.string(), saved: z.boolean(), base64: z.string().optional() }),
  },
  /** Interpreter side: decrypts a request and shows what to translate; nothing is written to any case. Without bytes, the open dialog is shown. */
  handoffOpenRequest: {
    input: z.object({
      bytes: z
        .union([z.instanceof(Uint8Array), z.base64().max(Math.ceil((16 * 2 ** 20) / 3) * 4)])
        .transform((value) => (typeof value === 'string' ? base64Bytes(value) : value))
        .optional(),
      passphrase,
    }),
    output: z.object({
      /** False when the user closed the dialog without choosing. */
      chosen: z.boolean(),
      /** The bundle as read from the dialog's file, to hand back to handoffRespond. */
      base64: z.string().optional(),
      bundleId: z.string().optional(),
      createdAt: z.string().optional(),
      translator: z
        .object({
          familyName: z.string(),
          givenNames: z.string(),
          association: z
            .object({ name: z.string(), memberNo: z.string(), certified: z.boolean(), stampText: z.string().optional() })
            .optional(),
        })
        .optional(),
      items: z.array(
        z.object({
          itemId: z.string(),
          kind: z.enum(['statement', 'document']),
          title: z.string(),
          sourceLang: z.string(),
          sourceDir: z.enum(['ltr', 'rtl']),
          dialect: z.string().optional(),
          targetLang: z.string(),
          targetDir: z.enum(['ltr', 'rtl']),
          destination: z.string().optional(),
          certification: z.string().optional(),
          paragraphs: z.array(z.object({ key: z.string(), text: z.string() })),
          declaration: z
            .object({ requires: z.array(z.string()), languageAndDialect: z.string(), accuracyStatement: z.string() })
            .optional(),
        }),
      ),
    }),
  },
  /** Interpreter side: the translation and signed declaration, sealed as a response bundle (by default under the request's passphrase). */
  handoffRespond: {
    input: z.object({
      bytes: z
        .union([z.instanceof(Uint8Array), z.base64().max(Math.ceil((16 * 2 ** 20) / 3) * 4)])
        .transform((value) => (typeof value === 'string' ? base64Bytes(value) : value)),
      passphrase,
      responsePassphrase: passphrase.min(10, coded('passphraseLength')).optional(),
      translations: z
        .array(z.object({ itemId: z.string().max(80), paragraphs: z.array(z.string().max(200_000)).max(5000) }))
        .min(1)
        .max(20),
      translator: z.object({
        familyName: z.string().max(500),
        givenNames: z.string().max(500),
        email: z.string().max(500).optional(),
        phone: z.string().max(500).optional(),
        association: z
          .object({
            name: z.string().max(500),
            memberNo: z.string().max(500),
            certified: z.boolean(),
            stampText: z.string().max(500).optional(),
          })
          .optional(),
      }),
      declaration: z.object({
        translatorName: z.string().min(1, coded('translatorName')).max(500),
        languageAndDialect: z.string().max(500),
        accuracyStatement: z.string().max(200_000),
        signedAt: z.iso.date(),
        typedSignature: z.string().max(500).optional(),
        signatureImage: z.object({ mime: z.enum(['image/png', 'image/jpeg']), base64: z.base64().max(700_000) }).optional(),
      }),
      affidavit: z
        .object({
          commissionerName: z.string().max(500),
          commissionerTitle: z.string().max(500),
          place: z.string().max(500),
          swornAt: z.iso.date().optional(),
        })
        .optional(),
      certifiedMember: z
        .object({ association: z.string().max(500), memberNumber: z.string().max(500), stampText: z.string().max(500) })
        .optional(),
      save: z.enum(['bytes', 'dialog']).default('bytes'),
    }),
    output: z.object({ bundleId: z.string(), fileName: z.string(), saved: z.boolean(), base64: z.string().optional() }),
  },
  /** Advocate side: attaches a response to the case it answers, or returns how the source changed since the request (attach again with `accept`). */
  handoffImport: {
    input: z.object({
      caseId: idField.optional(),
      bytes: z
        .union([z.instanceof(Uint8Array), z.base64().max(Math.ceil((16 * 2 ** 20) / 3) * 4)])
        .transform((value) => (typeof value === 'string' ? base64Bytes(value) : value))
        .optional(),
      passphrase,
      accept: z.boolean().default(false),
    }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('attached'), caseId: z.string(), itemIds: z.array(z.string()), revision: z.int() }),
      z.object({
        status: z.literal('needs-confirmation'),
        caseId: z.string(),
        itemId: z.string(),
        /** The bundle as read from the dialog's file, to import again with `accept`. */
        base64: z.string().optional(),
        changes: z.array(
          z.object({
            change: z.enum(['added', 'removed', 'changed']),
            requestedNumber: z.int().optional(),
            currentNumber: z.int().optional(),
            requested: z.string().optional(),
            current: z.string().optional(),
          }),
        ),
      }),
    ]),
  },
  ...viewerChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

/** The Electron channel string for a contract key. */
export function channelName(channel: Channel): string {
  return `dossier:${channel}`;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const ipcErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  /** Each with the stable code (and its parameters) the renderer translates as `validation.<code>`. */
  issues: z.array(fieldIssueDto).default([]),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** What the renderer sees as `window.dossier`: one named function per channel. */
export type DossierApi = {
  readonly [C in Channel]: Input<C> extends void ? () => Promise<Result<Output<C>>> : (input: Input<C>) => Promise<Result<Output<C>>>;
};

export type VaultStatusDto = z.infer<typeof vaultStatus>;
export type CaseSummaryDto = z.infer<typeof caseSummary>;
export type StoredCaseDto = z.infer<typeof storedCase>;
export type SettingsDto = z.infer<typeof settings>;
export type TemplateEntryDto = z.infer<typeof templateEntry>;
export type ExhibitImportedDto = z.infer<typeof exhibitImported>;
export type ExhibitBatchDto = z.infer<typeof exhibitBatch>;
export type PacketPreviewDto = z.infer<typeof packetPreview>;
export type PacketJobStatusDto = z.infer<typeof packetJobStatus>;
export type DeadlineDto = z.infer<typeof deadlineDto>;
export type WordingParagraphsDto = z.infer<typeof wordingParagraphs>;
export type VaultCheckDto = z.infer<typeof vaultCheckReport>;
export type TransferImportDto = z.infer<typeof transferImportOutput>;
export type { PacketPresetName } from '../core/packet-presets.ts';
