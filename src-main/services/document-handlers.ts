import { DossierError, isDossierError, type FieldIssue } from '../core/errors.ts';
import { unprintableFieldIssues } from '../core/issues/script-fields.ts';
import { fieldIssue } from '../core/issues/text.ts';
import { localToday } from '../core/model/dates.ts';
import { buildDocumentChecked, type DocumentOptions } from '../documents/builders/build-document.ts';
import { counselProfileSchema, type CounselProfile } from '../documents/builders/counsel-profile.ts';
import { caseAsNamedIn } from '../documents/builders/document-audience.ts';
import { isTemplateId, type DocumentKind, type TemplateId } from '../documents/builders/document-types.ts';
import type { DocLang } from '../documents/builders/format-date.ts';
import type { TemplateSet } from '../documents/builders/template-set.ts';
import type { DossierDocument } from '../documents/model.ts';
import type { Case } from '../core/model/case.ts';
import type { Handlers } from '../ipc/invoke.ts';
import { loadFontLibrary } from '../render/fonts/library.ts';
import { documentToDocx } from '../render/document-to-docx.ts';
import { assertCoverage, checkCoverage, coverageWarnings } from '../render/fonts/coverage.ts';
import { documentToPdf, printHtml } from '../render/pdf/document-to-pdf.ts';
import type { VaultApi } from '../vault/types.ts';
import type { DialogPort, SettingsPort } from './ports.ts';
import { defaultDocumentName, documentProblems, saveThroughDialog, type DocumentFormat } from './document-files.ts';
import type { TemplateStore } from './templates-store.ts';
import type { OpenPrinter } from '../render/pdf/open-printer.ts';
import { cleanSignatureImage, loadSignatureImages, type LoadedSignatures } from './signature-images.ts';
import type { TranslationLang } from '../core/model/case.ts';
import { cachedDocumentPdf } from './cached-prints.ts';
import { frenchTextWarnings, realNameWarnings } from './document-checks.ts';
import type { PrintCache } from './print-cache.ts';

/** Opens the printer documents are printed with: Electron's in the app, Playwright in Node. */
export type OpenDocumentPrinter = OpenPrinter;

export interface DocumentHandlerDeps {
  readonly vault: VaultApi;
  readonly settings: SettingsPort;
  readonly templates: TemplateStore;
  readonly now: () => Date;
  readonly openPrinter?: OpenDocumentPrinter | undefined;
  /** The save dialog for `documentSave`; without it that channel answers a typed error. */
  readonly dialog?: DialogPort | undefined;
  /** Prints kept by case: an unchanged document is answered without printing it again. */
  readonly prints?: PrintCache | undefined;
}

type DocumentHandlers = Pick<
  Handlers,
  | 'counselProfileGet'
  | 'counselProfileSet'
  | 'counselSignatureSet'
  | 'counselSignatureGet'
  | 'counselSignatureClear'
  | 'templatesList'
  | 'templateGet'
  | 'templatePreview'
  | 'templateSave'
  | 'templateReset'
  | 'documentRender'
  | 'documentPreview'
  | 'documentSave'
>;

type ChosenOptions = Partial<
  Record<'statementId' | 'personId' | 'hearingId' | 'serviceId' | 'applicationId' | 'exhibitId', string | undefined>
> & {
  readonly filingOnly?: boolean | undefined;
  readonly translationLang?: TranslationLang | undefined;
};

/** The request's choices without the keys it left out, as the builders take them. */
function chosenOptions(options: ChosenOptions): DocumentOptions {
  return {
    ...(options.statementId === undefined ? {} : { statementId: options.statementId }),
    ...(options.translationLang === undefined ? {} : { translationLang: options.translationLang }),
    ...(options.personId === undefined ? {} : { personId: options.personId }),
    ...(options.hearingId === undefined ? {} : { hearingId: options.hearingId }),
    ...(options.serviceId === undefined ? {} : { serviceId: options.serviceId }),
    ...(options.applicationId === undefined ? {} : { applicationId: options.applicationId }),
    ...(options.filingOnly === undefined ? {} : { filingOnly: options.filingOnly }),
    ...(options.exhibitId === undefined ? {} : { exhibitId: options.exhibitId }),
  };
}

const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Which document shows a template in the preview: letterhead and signature appear in the letter. */
const previewKind: Readonly<Record<TemplateId, DocumentKind>> = {
  letter: 'letter',
  letterhead: 'letter',
  signature: 'letter',
  'application-service': 'privacy-application',
  timeline: 'timeline',
  'translator-declaration': 'translator-declaration',
  'translator-affidavit': 'translator-affidavit',
  'translation-certificate': 'translation-certificate',
  'statement-bilingual': 'statement-bilingual',
  'statement-translation': 'statement-translation',
  'statement-transcription': 'statement-transcription',
  'interpreter-attestation': 'interpreter-attestation',
  'release-plan': 'release-plan',
  'bondsperson-declaration': 'bondsperson-declaration',
  'early-review-application': 'early-review-application',
  'interpreter-notice': 'interpreter-notice',
  'proof-of-service': 'proof-of-service',
  'client-prep-sheet': 'client-prep-sheet',
  'privacy-application': 'privacy-application',
  'documents-application': 'documents-application',
  'witnesses-application': 'witnesses-application',
  'summons-application': 'summons-application',
  'change-date-application': 'change-date-application',
  'hc-submission': 'hc-submission',
  'hc-letters-index': 'hc-letters-index',
  'hc-forms-checklist': 'hc-forms-checklist',
  'redaction-log': 'redaction-log',
};

function templateId(value: string): TemplateId {
  if (!isTemplateId(value)) throw new DossierError('NOT_FOUND', `There is no template "${value.slice(0, 60)}".`);
  return value;
}

/**
 * A PDF refused for text no bundled font draws names the case's fields, one line each ("Client —
 * name in script 1: Text in Odia script: no bundled font — …"), in place of the document's texts;
 * the other refusals (a letter drawn with another script's font) stay as the document gives them.
 */
function withCaseFields(error: unknown, source: Case, doc: DossierDocument): unknown {
  if (!isDossierError(error) || !error.issues?.some((i) => i.code === 'noFontForScript')) return error;
  const refused = checkCoverage(doc, loadFontLibrary())
    .filter((e) => e.drawnWith === undefined)
    .map((e) => e.character);
  const fields = unprintableFieldIssues(source, (value) => refused.some((ch) => value.normalize('NFC').includes(ch)));
  if (fields.length === 0) return error;
  const others = error.issues.filter((i) => i.code !== 'noFontForScript');
  return new DossierError('VALIDATION', `${fields.length} field(s) of the case cannot be printed with the bundled fonts.`, [
    ...fields,
    ...others,
  ]);
}

/**
 * Counsel profile, templates, previews and rendering. The profile lives in settings: it is the
 * advocate's own professional card (no client data) and is needed on every file. One printer is
 * opened on first use and kept warm until `close`.
 */
export function createDocumentHandlers(deps: DocumentHandlerDeps): {
  readonly handlers: DocumentHandlers;
  readonly close: () => Promise<void>;
} {
  let opened: ReturnType<OpenDocumentPrinter> | undefined;
  const printer = () => {
    if (!deps.openPrinter) throw new DossierError('INTERNAL', 'Printing is not available in this session.');
    opened ??= deps.openPrinter().catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };
  const today = (): string => localToday(deps.now());
  const counsel = (): CounselProfile | undefined => deps.settings.get().counselProfile;
  /** The case's document with every signature it may draw read, cleaned and ready to embed. */
  const build = async (
    caseId: string,
    kind: DocumentKind,
    lang: DocLang,
    templates: TemplateSet,
    options: DocumentOptions = {},
  ): Promise<{ doc: DossierDocument; images: LoadedSignatures['images']; case: Case; warnings: FieldIssue[] }> => {
    const stored = await deps.vault.readCase(caseId);
    const profile = counsel();
    const { signatures, images } = await loadSignatureImages({ case: stored.case, counsel: profile, vault: deps.vault });
    const { doc, warnings } = buildDocumentChecked(
      kind,
      { case: stored.case, counsel: profile, lang, today: today(), templates, signatures },
      options,
    );
    return {
      doc,
      images,
      case: stored.case,
      warnings: [...warnings, ...frenchTextWarnings(kind, stored.case, lang), ...realNameWarnings(kind, stored.case, doc)],
    };
  };
  /** A built document as file bytes. DOCX needs only the fonts' names and coverage, never a browser. */
  const bytesOf = async (
    doc: DossierDocument,
    images: LoadedSignatures['images'],
    format: DocumentFormat,
    source: Case,
  ): Promise<Uint8Array> => {
    if (format === 'docx') return await documentToDocx(doc, { fonts: loadFontLibrary(), images });
    // The font pre-flight first, before a browser is opened, its refusal naming the case's fields.
    try {
      assertCoverage(doc, loadFontLibrary());
    } catch (error) {
      throw withCaseFields(error, source, doc);
    }
    return await cachedDocumentPdf(deps.prints, source.id, doc, images, loadFontLibrary(), async () =>
      documentToPdf(doc, { ...(await printer()), images }),
    );
  };
  const withoutImage = (profile: CounselProfile): CounselProfile => {
    const { signatureImageId: _dropped, ...rest } = profile;
    void _dropped;
    return rest;
  };

  /** The replaced or removed signature's blob goes once the settings no longer name it (unless a case does). */
  const dropSignature = async (previous: string | undefined, current?: string): Promise<void> => {
    if (previous === undefined || previous === current) return;
    await deps.vault.sweepBlobs([previous], new Set(current === undefined ? [] : [current])).catch(() => undefined);
  };

  const handlers: DocumentHandlers = {
    counselProfileGet: () => Promise.resolve(counsel() ?? null),
    counselProfileSet: (profile) => {
      // The signature image is set and removed by its own channels only: the id kept is the stored one.
      const stored = counsel()?.signatureImageId;
      const checked = {
        ...withoutImage(counselProfileSchema.parse(profile)),
        ...(stored === undefined ? {} : { signatureImageId: stored }),
      };
      return Promise.resolve(deps.settings.set({ counselProfile: checked }).counselProfile ?? checked);
    },
    counselSignatureSet: async ({ mime, base64 }) => {
      const profile = counsel();
      if (profile === undefined)
        throw new DossierError('VALIDATION', 'Save the counsel profile first, then add the signature image.', [
          fieldIssue('counselProfile', 'counselProfileEmpty'),
        ]);
      const clean = await cleanSignatureImage(new Uint8Array(Buffer.from(base64, 'base64')), mime);
      const ref = await deps.vault.putBlob(clean.bytes);
      const next = { ...profile, signatureImageId: ref.blobId };
      const saved = deps.settings.set({ counselProfile: next }).counselProfile ?? next;
      await dropSignature(profile.signatureImageId, ref.blobId);
      return saved;
    },
    counselSignatureGet: async () => {
      const blobId = counsel()?.signatureImageId;
      if (blobId === undefined) return null;
      const bytes = await deps.vault.getBlob(blobId);
      return { mime: 'image/png' as const, base64: Buffer.from(bytes).toString('base64') };
    },
    counselSignatureClear: () => {
      const profile = counsel();
      if (profile === undefined) return Promise.resolve(null);
      const next = withoutImage(profile);
      const saved = deps.settings.set({ counselProfile: next }).counselProfile ?? next;
      return dropSignature(profile.signatureImageId).then(() => saved);
    },
    templatesList: ({ lang }) => Promise.resolve(deps.templates.list(lang)),
    templateGet: ({ id, lang }) => {
      const tid = templateId(id);
      const entry = deps.templates.list(lang).find((e) => e.id === tid);
      return Promise.resolve({
        text: deps.templates.text(lang, tid),
        defaultText: deps.templates.defaultText(lang, tid),
        overridden: entry?.overridden ?? false,
      });
    },
    templatePreview: async ({ caseId, templateId: id, lang, text }) => {
      const tid = templateId(id);
      let templates = deps.templates.set(lang);
      if (text !== undefined) {
        const checked = deps.templates.check(lang, tid, text);
        if (!checked.ok) return { html: null, errors: [...checked.errors] };
        templates = deps.templates.setWith(lang, tid, checked.ast);
      }
      const { doc, images } = await build(caseId, previewKind[tid], lang, templates);
      return { html: printHtml(doc, loadFontLibrary(), images), errors: [] };
    },
    templateSave: ({ id, lang, text }) => deps.templates.saveOverride(lang, templateId(id), text),
    templateReset: ({ id, lang }) => deps.templates.resetOverride(lang, templateId(id)),
    documentRender: async ({ caseId, kind, lang, format, options }) => {
      const { doc, images, warnings, case: source } = await build(caseId, kind, lang, deps.templates.set(lang), chosenOptions(options));
      const bytes = await bytesOf(doc, images, format, source);
      const fontWarnings = format === 'docx' ? coverageWarnings(doc, loadFontLibrary()) : [];
      return {
        fileName: `${caseId}-${kind}-${lang}.${format}`,
        mediaType: mediaTypes[format],
        title: doc.meta.title,
        base64: Buffer.from(bytes).toString('base64'),
        warnings: [...warnings, ...fontWarnings].map(({ code, path, message }) => ({ code, path, message })),
      };
    },
    documentPreview: async ({ caseId, kind, lang, options }) => {
      try {
        const { doc, images, warnings } = await build(caseId, kind, lang, deps.templates.set(lang), chosenOptions(options));
        const page = { size: doc.page.size, margins: { ...doc.page.margins } };
        return { html: printHtml(doc, loadFontLibrary(), images), title: doc.meta.title, page, problems: [], warnings: [...warnings] };
      } catch (error) {
        return { html: null, title: null, page: null, problems: documentProblems(error).map((issue) => ({ ...issue })), warnings: [] };
      }
    },
    documentSave: async ({ caseId, kind, lang, format, options }) => {
      // Built before the dialog opens: a document the case cannot make yet is refused with its fields, and its title names the file.
      const built = await build(caseId, kind, lang, deps.templates.set(lang), chosenOptions(options));
      // Named as the document names the client: a possibly-public document's file carries the pseudonym.
      const name = defaultDocumentName(built.doc.meta.title, caseAsNamedIn(kind, built.case).client, today(), format);
      return saveThroughDialog({ dialog: deps.dialog }, name, format, () => bytesOf(built.doc, built.images, format, built.case));
    },
  };

  return {
    handlers,
    close: async () => {
      const current = opened;
      opened = undefined;
      if (current) await (await current).printer.close();
    },
  };
}
