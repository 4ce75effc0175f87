import type { Input, Output } from '../../../src-main/ipc/contract.ts';
import type { AlignedRow } from '../statements/paragraphs.ts';

export type OpenedRequest = Output<'handoffOpenRequest'>;
export type RequestItem = OpenedRequest['items'][number];
export type RespondInput = Input<'handoffRespond'>;

/** What the interpreter fills in: their translation per item, who they are, and the signed declaration. */
export interface InterpreterWork {
  /** Translations by item id, one string per paragraph sent. */
  readonly translations: Readonly<Record<string, readonly string[]>>;
  readonly familyName: string;
  readonly givenNames: string;
  readonly email: string;
  readonly phone: string;
  readonly association: { readonly name: string; readonly memberNo: string; readonly certified: boolean; readonly stampText: string };
  readonly declaration: {
    readonly translatorName: string;
    readonly languageAndDialect: string;
    readonly accuracyStatement: string;
    /** YYYY-MM-DD. */
    readonly signedAt: string;
    readonly typedSignature: string;
    readonly signatureImage: { readonly mime: 'image/png' | 'image/jpeg'; readonly base64: string } | null;
  };
  readonly affidavit: {
    readonly commissionerName: string;
    readonly commissionerTitle: string;
    readonly place: string;
    readonly swornAt: string;
  };
}

/** The certification the request asks for, the same for every item it holds (one statement or document per request). */
export function requestedCertification(request: OpenedRequest): string | undefined {
  return request.items.find((item) => item.certification !== undefined)?.certification;
}

/**
 * The work as it starts: empty translation cells, the translator's name and membership as the
 * advocate's registry has them, the declaration's wording as the request proposes it, signed today.
 */
export function startWork(request: OpenedRequest, today: string): InterpreterWork {
  const first = request.items[0];
  const translator = request.translator;
  const name = [translator?.givenNames, translator?.familyName].filter((p) => p !== undefined && p.trim() !== '').join(' ');
  return {
    translations: Object.fromEntries(request.items.map((item) => [item.itemId, item.paragraphs.map(() => '')])),
    familyName: translator?.familyName ?? '',
    givenNames: translator?.givenNames ?? '',
    email: '',
    phone: '',
    association: {
      name: translator?.association?.name ?? '',
      memberNo: translator?.association?.memberNo ?? '',
      certified: translator?.association?.certified ?? false,
      stampText: translator?.association?.stampText ?? '',
    },
    declaration: {
      translatorName: name,
      languageAndDialect: first?.declaration?.languageAndDialect ?? '',
      accuracyStatement: first?.declaration?.accuracyStatement ?? '',
      signedAt: today,
      typedSignature: '',
      signatureImage: null,
    },
    affidavit: { commissionerName: '', commissionerTitle: '', place: '', swornAt: '' },
  };
}

/** The item's paragraphs beside the interpreter's translation, as the side-by-side grid shows them. */
export function itemRows(item: RequestItem, translated: readonly string[] | undefined): AlignedRow[] {
  return item.paragraphs.map((paragraph, i) => {
    const translation = translated?.[i] ?? '';
    return {
      n: i + 1,
      original: paragraph.text,
      translation,
      pending: paragraph.text.trim() !== '' && translation.trim() === '',
    };
  });
}

/** Sets paragraph `index` of an item's translation. */
export function withTranslation(work: InterpreterWork, itemId: string, index: number, text: string): InterpreterWork {
  const current = [...(work.translations[itemId] ?? [])];
  while (current.length <= index) current.push('');
  current[index] = text;
  return { ...work, translations: { ...work.translations, [itemId]: current } };
}

/** Paragraphs with words in the original and none yet in the translation, across every item. */
export function untranslated(request: OpenedRequest, work: InterpreterWork): number {
  return request.items.reduce((sum, item) => sum + itemRows(item, work.translations[item.itemId]).filter((r) => r.pending).length, 0);
}

export type WorkProblem = 'untranslated' | 'translatorName' | 'familyName' | 'accuracyStatement' | 'signedAt' | 'affidavit';

/** What still stops the response from being sealed, in the order the screen shows it. */
export function workProblems(request: OpenedRequest, work: InterpreterWork): WorkProblem[] {
  const problems: WorkProblem[] = [];
  if (untranslated(request, work) > 0) problems.push('untranslated');
  if (work.familyName.trim() === '' && work.givenNames.trim() === '') problems.push('familyName');
  if (work.declaration.translatorName.trim() === '') problems.push('translatorName');
  if (work.declaration.accuracyStatement.trim() === '') problems.push('accuracyStatement');
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(work.declaration.signedAt)) problems.push('signedAt');
  if (requestedCertification(request) === 'IRCC_AFFIDAVIT') {
    const a = work.affidavit;
    if (a.commissionerName.trim() === '' || a.commissionerTitle.trim() === '' || a.place.trim() === '') problems.push('affidavit');
  }
  return problems;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The answer the main process seals: every item's translation, the translator, the declaration and what the certification adds. */
export function respondInput(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string,
  request: OpenedRequest,
  work: InterpreterWork,
): RespondInput {
  const certification = requestedCertification(request);
  const { association, declaration, affidavit } = work;
  const email = optional(work.email);
  const phone = optional(work.phone);
  const typedSignature = optional(declaration.typedSignature);
  const hasAssociation = association.name.trim() !== '' || association.memberNo.trim() !== '';
  const stampText = optional(association.stampText);
  return {
    bytes,
    passphrase,
    save: 'dialog',
    translations: request.items.map((item) => ({
      itemId: item.itemId,
      paragraphs: item.paragraphs.map((_, i) => work.translations[item.itemId]?.[i] ?? ''),
    })),
    translator: {
      familyName: work.familyName.trim(),
      givenNames: work.givenNames.trim(),
      ...(email === undefined ? {} : { email }),
      ...(phone === undefined ? {} : { phone }),
      ...(hasAssociation
        ? {
            association: {
              name: association.name.trim(),
              memberNo: association.memberNo.trim(),
              certified: association.certified,
              ...(stampText === undefined ? {} : { stampText }),
            },
          }
        : {}),
    },
    declaration: {
      translatorName: declaration.translatorName.trim(),
      languageAndDialect: declaration.languageAndDialect.trim(),
      accuracyStatement: declaration.accuracyStatement.trim(),
      signedAt: declaration.signedAt,
      ...(typedSignature === undefined ? {} : { typedSignature }),
      ...(declaration.signatureImage ? { signatureImage: declaration.signatureImage } : {}),
    },
    ...(certification === 'IRCC_AFFIDAVIT'
      ? {
          affidavit: {
            commissionerName: affidavit.commissionerName.trim(),
            commissionerTitle: affidavit.commissionerTitle.trim(),
            place: affidavit.place.trim(),
            ...(affidavit.swornAt === '' ? {} : { swornAt: affidavit.swornAt }),
          },
        }
      : {}),
    ...(certification === 'IRCC_CERTIFIED_MEMBER'
      ? {
          certifiedMember: {
            association: association.name.trim(),
            memberNumber: association.memberNo.trim(),
            stampText: association.stampText.trim(),
          },
        }
      : {}),
  };
}

/** The largest signature image a declaration carries (the case schema's limit, as decoded bytes). */
export const MAX_SIGNATURE_BYTES = 500 * 1024;

/** Reads a signature image the interpreter chose: PNG or JPEG, small enough; anything else is refused with a reason. */
export function signatureProblem(file: { readonly type: string; readonly size: number }): 'type' | 'size' | null {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return 'type';
  if (file.size > MAX_SIGNATURE_BYTES) return 'size';
  return null;
}

/** Base64 of bytes, as the contract carries a signature image. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
