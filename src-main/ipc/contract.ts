import { z } from 'zod';
import { errorCodes } from '../core/errors.ts';
import { caseFileSchema } from '../core/model/interchange.ts';
import { counselProfileSchema } from '../documents/builders/counsel-profile.ts';
import { caseKinds, caseSchema, personNameSchema } from '../core/model/case.ts';

/**
 * The one IPC contract: every channel's input and output schema. Channel strings exist only
 * here (`channelName`). The renderer imports this module for types only.
 */

const vaultStatus = z.object({
  state: z.enum(['absent', 'locked', 'unlocked', 'read-only']),
  keyMethod: z.enum(['passphrase', 'keychain']).nullable(),
  recovered: z.array(z.object({ file: z.string(), restoredFrom: z.enum(['previous', 'none']) })),
  readOnlyReason: z.string().optional(),
  /** Whether the OS keychain can wrap the key; false on Linux without a secret store (basic_text). */
  keychainUsable: z.boolean(),
});

const caseSummary = z.object({
  id: z.string(),
  displayName: z.string(),
  kind: z.enum(caseKinds),
  archived: z.boolean(),
  updatedAt: z.string(),
});

const storedCase = z.object({ case: caseSchema, revision: z.int(), createdAt: z.string(), updatedAt: z.string() });

const settings = z.object({
  uiLanguage: z.enum(['en', 'fr']),
  documentLanguage: z.enum(['en', 'fr']),
  lockTimeoutMinutes: z.int().min(1).max(240),
  /** The advocate's letterhead and signature details (no client data); absent until filled in. */
  counselProfile: counselProfileSchema.optional(),
});

const docLang = z.enum(['en', 'fr']);
const templateIdField = z.string().min(1).max(40);
const templateText = z.string().max(1_000_000);
const templateEntry = z.object({
  id: z.string(),
  lang: docLang,
  documentType: z.string(),
  title: z.string(),
  version: z.string(),
  overridden: z.boolean(),
  errors: z.array(z.string()),
});
const templateErrorDto = z.object({ file: z.string(), line: z.int(), column: z.int(), message: z.string(), field: z.string().optional() });

const passphrase = z.string().min(1).max(1024);
const caseId = z.object({ id: z.string().min(1).max(64) });

export const contract = {
  vaultStatus: { input: z.void(), output: vaultStatus },
  vaultCreate: {
    input: z.discriminatedUnion('method', [
      z.object({ method: z.literal('passphrase'), passphrase: passphrase.min(10, 'Use at least 10 characters.') }),
      z.object({ method: z.literal('keychain') }),
    ]),
    output: vaultStatus,
  },
  vaultUnlock: { input: z.object({ passphrase: passphrase.optional() }), output: vaultStatus },
  vaultLock: { input: z.void(), output: vaultStatus },
  caseList: {
    input: z.object({ query: z.string().max(500).default(''), includeArchived: z.boolean().default(false) }),
    output: z.array(caseSummary),
  },
  caseCreate: {
    input: z.object({ kind: z.enum(caseKinds), name: personNameSchema.pick({ familyName: true, givenNames: true, namesInScript: true }) }),
    output: storedCase,
  },
  caseGet: { input: caseId, output: storedCase },
  caseSave: { input: z.object({ case: z.unknown(), revision: z.int().min(1) }), output: storedCase },
  caseArchive: { input: caseId.extend({ archived: z.boolean() }), output: caseSummary },
  caseDelete: { input: caseId.extend({ confirm: z.literal(true) }), output: z.object({ deleted: z.string() }) },
  caseImport: { input: z.object({ file: z.unknown() }), output: z.object({ id: z.string() }) },
  caseExport: { input: caseId, output: caseFileSchema },
  settingsGet: { input: z.void(), output: settings },
  settingsSet: { input: settings.partial(), output: settings },
  counselProfileGet: { input: z.void(), output: counselProfileSchema.nullable() },
  counselProfileSet: { input: counselProfileSchema, output: counselProfileSchema },
  templatesList: { input: z.object({ lang: docLang.optional() }), output: z.array(templateEntry) },
  templateGet: { input: z.object({ id: templateIdField, lang: docLang }), output: z.object({ text: z.string(), defaultText: z.string(), overridden: z.boolean() }) },
  templatePreview: {
    input: z.object({ caseId: z.string().min(1).max(64), templateId: templateIdField, lang: docLang, text: templateText.optional() }),
    output: z.object({ html: z.string().nullable(), errors: z.array(templateErrorDto) }),
  },
  templateSave: { input: z.object({ id: templateIdField, lang: docLang, text: templateText }), output: templateEntry },
  templateReset: { input: z.object({ id: templateIdField, lang: docLang }), output: templateEntry },
  documentRender: {
    input: z.object({ caseId: z.string().min(1).max(64), kind: z.enum(['letter', 'timeline', 'translator-declaration']), lang: docLang, format: z.literal('pdf') }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), title: z.string(), base64: z.string() }),
  },
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
  issues: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
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
