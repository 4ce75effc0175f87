import { z } from 'zod';
import { citationSchema } from '../core/rules/citation.ts';
import { errorCodes } from '../core/errors.ts';
import { caseFileSchema } from '../core/model/interchange.ts';
import { counselProfileSchema } from '../documents/builders/counsel-profile.ts';
import { documentKinds } from '../documents/builders/document-types.ts';
import { caseKinds, caseSchema, exhibitSchema, personNameSchema } from '../core/model/case.ts';

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
  /** The first limit of the review clock: past due and unmet, else the earliest still ahead. */
  nextDeadline: z
    .object({
      kind: z.string(),
      title: z.string(),
      /** Office target, YYYY-MM-DD. */
      dueOffice: z.string(),
      /** The legal limit in the case's local time: YYYY-MM-DD, or YYYY-MM-DD HH:mm for an instant. */
      dueLabel: z.string(),
      pastDue: z.boolean(),
    })
    .optional(),
});

const storedCase = z.object({ case: caseSchema, revision: z.int(), createdAt: z.string(), updatedAt: z.string() });

const settings = z.object({
  uiLanguage: z.enum(['en', 'fr']),
  documentLanguage: z.enum(['en', 'fr']),
  lockTimeoutMinutes: z.int().min(1).max(240),
  /** The advocate's letterhead and signature details (no client data); absent until filled in. */
  counselProfile: counselProfileSchema.optional(),
  /**
   * How this copy of Dossier is used: by an advocate (cases in a vault) or by an interpreter
   * (opening translation requests, keeping nothing). Absent until chosen on first run.
   */
  appMode: z.enum(['advocate', 'interpreter']).optional(),
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

/** Per-exhibit size limit (300 MB: quality.md asks that a 300 MB scan import); the service enforces the same. */
export const MAX_EXHIBIT_BYTES = 300 * 2 ** 20;
const idField = z.string().min(1).max(64);

/** Bytes arrive as a Uint8Array over Electron IPC, or as base64 over a JSON transport (the test bridge). */
const exhibitBytes = z
  .union([z.instanceof(Uint8Array), z.base64().max(Math.ceil(MAX_EXHIBIT_BYTES / 3) * 4)])
  .transform((value) => (typeof value === 'string' ? base64Bytes(value) : value))
  .refine((bytes) => bytes.byteLength <= MAX_EXHIBIT_BYTES, 'The file is over the size limit per exhibit.');

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes text that z.base64() has already checked (no whitespace, padded). */
function base64Bytes(text: string): Uint8Array {
  const body = text.replace(/=+$/u, '');
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of body) {
    buffer = (buffer << 6) | base64Alphabet.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at] = (buffer >> bits) & 0xff;
      at += 1;
    }
  }
  return bytes;
}

/** A file's own name, reduced to its last path segment; it names the exhibit and is never used as a path. */
const fileNameField = z
  .string()
  .max(1000)
  .transform((name) =>
    (name.split(/[\\/]/u).pop() ?? '')
      .replace(/\p{Cc}/gu, '')
      .trim()
      .slice(0, 255),
  )
  .refine((name) => name !== '' && name !== '.' && name !== '..', 'A file name is required.');

const exhibitDetails = {
  title: z.string().max(500).optional(),
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u)
    .optional(),
  author: z.string().max(500).optional(),
  lang: z.string().max(35).optional(),
  supports: z.array(z.string().max(500)).max(100).optional(),
  /** Attach the file to this exhibit already described in the case instead of adding a new one. */
  exhibitId: idField.optional(),
};

const exhibitImportInput = z.object({ caseId: idField, fileName: fileNameField, bytes: exhibitBytes, ...exhibitDetails });
const importWarning = z.object({ code: z.enum(['NOT_SEARCHABLE', 'ACTIVE_CONTENT_REMOVED']), message: z.string() });
const exhibitImported = z.object({ exhibit: exhibitSchema, warnings: z.array(importWarning) });
const exhibitBatch = z.object({
  /** False when the user closed the file dialog without choosing. */
  chosen: z.boolean(),
  imported: z.array(exhibitImported.extend({ fileName: z.string() })),
  failed: z.array(z.object({ fileName: z.string(), error: z.object({ code: z.enum(errorCodes), message: z.string() }) })),
});

export const packetPresetNames = ['detention-release-plan', 'detention-disclosure', 'hc'] as const;
const presetName = z.enum(packetPresetNames);
const packetBuildOptions = z.object({
  maxBytes: z
    .int()
    .min(100_000)
    .max(2 ** 40)
    .optional(),
  maxPages: z.int().min(1).max(100_000).optional(),
  skipBadExhibits: z.boolean().default(false),
  labelStyle: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('page-of') }),
      z.object({ kind: z.literal('short') }),
      z.object({ kind: z.literal('bates'), prefix: z.string().regex(/^[A-Za-z0-9 ._-]{0,12}$/u), pad: z.int().min(0).max(12) }),
    ])
    .optional(),
  startNumber: z.int().min(1).max(999_999_999).optional(),
  dividers: z.boolean().optional(),
  numberCover: z.boolean().optional(),
  numberList: z.boolean().optional(),
  formats: z
    .array(z.enum(['pdf', 'docx']))
    .min(1)
    .max(2)
    .optional(),
});
const packetPreview = z.object({
  entries: z.array(
    z.object({
      /** Empty for a document before the list of documents (the cover letter). */
      tab: z.string(),
      depth: z.int(),
      /** The exhibit id, or the generated document's key. */
      key: z.string(),
      kind: z.enum(['generated', 'exhibit']),
      /** True when its page count is an estimate: generated documents are printed only by the build. */
      estimated: z.boolean(),
      title: z.string(),
      date: z.string().optional(),
      pages: z.int(),
      firstLabel: z.string(),
      lastLabel: z.string(),
    }),
  ),
  lastNumber: z.int(),
});
const packetJobStatus = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.object({ done: z.int(), total: z.int(), stage: z.enum(['starting', 'exhibits', 'generated-pages', 'assembly', 'done']) }),
  result: z
    .object({
      manifestPath: z.string(),
      volumes: z.array(z.object({ fileName: z.string(), pages: z.int(), bytes: z.int() })),
      skipped: z.array(z.object({ exhibitId: z.string(), code: z.string(), message: z.string() })),
    })
    .optional(),
  error: z.object({ code: z.enum(errorCodes), message: z.string() }).optional(),
});

const zonedInstantDto = z.object({
  utc: z.string(),
  tz: z.string(),
  local: z.object({ date: z.string(), time: z.string(), offset: z.string() }),
});

/** A time limit as the deadline engine computes it (core/rules): legal date, office target, citation, warnings. */
const deadlineDto = z.object({
  kind: z.string(),
  ruleId: z.string(),
  title: z.string(),
  /** What the limit is attached to, by id. */
  subject: z.object({ type: z.enum(['episode', 'hearing', 'seized-item']), id: z.string() }),
  /** The day or instant the period runs from (for limits before a hearing, the hearing). */
  from: z.string(),
  /** The earliest allowed date (s.57.1: a review may not be held earlier). */
  earliest: z.string().optional(),
  dueLaw: z.discriminatedUnion('type', [
    zonedInstantDto.extend({ type: z.literal('instant') }),
    z.object({ type: z.literal('date'), date: z.string() }),
    z.object({ type: z.literal('asap'), before: zonedInstantDto }),
  ]),
  /** The date before IA s.26 moved it, when it did. */
  dueUnrolled: z.string().optional(),
  dueOffice: z.string(),
  basis: citationSchema,
  ruleVersion: z.string(),
  status: z.enum(['verified', 'unconfirmed', 'overridden']),
  overrideReason: z.string().optional(),
  satisfiedBy: z.string().optional(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});

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
  exhibitImport: { input: exhibitImportInput, output: exhibitImported },
  exhibitPickAndImport: { input: z.object({ caseId: idField, exhibitId: idField.optional() }), output: exhibitBatch },
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
    input: z.object({
      caseId: z.string().min(1).max(64),
      kind: z.enum(documentKinds),
      lang: docLang,
      format: z.enum(['pdf', 'docx']),
      /** Which statement, bondsperson, hearing or service record the document is for; each kind has its default. */
      options: z
        .object({ statementId: idField, personId: idField, hearingId: idField, serviceId: idField, filingOnly: z.boolean() })
        .partial()
        .default({}),
    }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), title: z.string(), base64: z.string() }),
  },
  deadlinesCompute: {
    input: z.object({ caseId: z.string().min(1).max(64), asOf: z.iso.datetime({ offset: false }).optional() }),
    output: z.array(deadlineDto),
  },
  /** Hand-off (docs/handoff-format.md): the advocate exports a passphrase-sealed translation request for one statement or `doc:<kind>`. */
  handoffExport: {
    input: z.object({
      caseId: idField,
      itemId: z.string().regex(/^(?:doc:)?[a-z0-9][a-z0-9-]{0,63}$/u),
      passphrase: passphrase.min(10, 'Use at least 10 characters.'),
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
      responsePassphrase: passphrase.min(10, 'Use at least 10 characters.').optional(),
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
        translatorName: z.string().min(1, 'Type your name.').max(500),
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
  /** Each with the stable code the renderer translates, when the check has one. */
  issues: z.array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() })).default([]),
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
export type PacketPresetName = (typeof packetPresetNames)[number];
