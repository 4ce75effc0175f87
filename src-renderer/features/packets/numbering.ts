import type { PacketPreviewDto } from '../../../src-main/ipc/contract.ts';

export type LabelKind = 'page-of' | 'short' | 'bates';
export const labelKinds = ['page-of', 'short', 'bates'] as const satisfies readonly LabelKind[];

/** What the user changed in the numbering options; anything left undefined keeps the preset's default. */
export interface NumberingChoices {
  readonly labelKind?: LabelKind | undefined;
  readonly prefix?: string | undefined;
  readonly pad?: string | undefined;
  readonly startNumber: string;
  readonly dividers?: boolean | undefined;
  readonly numberCover?: boolean | undefined;
  readonly numberList?: boolean | undefined;
  readonly docx?: boolean | undefined;
}

export interface NumberingDefaults {
  readonly labelKind: LabelKind;
  readonly prefix: string;
  readonly pad: number;
  readonly dividers: boolean;
  readonly numberCover: boolean;
  readonly numberList: boolean;
}

/**
 * The form's defaults: the numbering the build applies when nothing is changed, as the packet
 * preview reports it for the chosen preset (the main process decides it, once). Until the
 * preview arrives, the plain defaults of a packet.
 */
export function numberingDefaults(numbering: PacketPreviewDto['numbering'] | undefined): NumberingDefaults {
  const style = numbering?.labelStyle ?? { kind: 'page-of' as const };
  return {
    labelKind: style.kind,
    prefix: style.kind === 'bates' ? style.prefix : 'APP-',
    pad: style.kind === 'bates' ? style.pad : 6,
    dividers: numbering?.dividers ?? false,
    numberCover: numbering?.numberCover ?? false,
    numberList: numbering?.numberList ?? true,
  };
}

export const MAX_START = 999_999_999;
export const MAX_PAD = 12;
const SAFE_PREFIX = /^[A-Za-z0-9 ._-]{0,12}$/u;

export type NumberingError = 'startNumber' | 'prefix' | 'pad';

/** A whole number written with digits only (no signs, decimals or exponents), or undefined. */
function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,12}$/u.test(trimmed) ? Number(trimmed) : undefined;
}

export interface ResolvedNumbering {
  readonly labelKind: LabelKind;
  readonly prefix: string;
  readonly pad: string;
  readonly dividers: boolean;
  readonly numberCover: boolean;
  readonly numberList: boolean;
  readonly docx: boolean;
}

/** The values the form shows: the user's choice where made, the preset's default otherwise. */
export function resolveNumbering(choices: NumberingChoices, defaults: NumberingDefaults): ResolvedNumbering {
  return {
    labelKind: choices.labelKind ?? defaults.labelKind,
    prefix: choices.prefix ?? defaults.prefix,
    pad: choices.pad ?? String(defaults.pad),
    dividers: choices.dividers ?? defaults.dividers,
    numberCover: choices.numberCover ?? defaults.numberCover,
    numberList: choices.numberList ?? defaults.numberList,
    docx: choices.docx ?? false,
  };
}

/** Which fields are invalid, in the order they appear on screen. */
export function numberingErrors(choices: NumberingChoices, defaults: NumberingDefaults): NumberingError[] {
  const shown = resolveNumbering(choices, defaults);
  const errors: NumberingError[] = [];
  if (shown.labelKind === 'bates') {
    if (!SAFE_PREFIX.test(shown.prefix)) errors.push('prefix');
    const pad = wholeNumber(shown.pad);
    if (pad === undefined || pad > MAX_PAD) errors.push('pad');
  }
  if (choices.startNumber.trim() !== '') {
    const start = wholeNumber(choices.startNumber);
    if (start === undefined || start < 1 || start > MAX_START) errors.push('startNumber');
  }
  return errors;
}

/** A Bates number as stamped, e.g. "APP-000012" for prefix "APP-", six digits and page 12. */
export function batesExample(prefix: string, pad: number, n: number): string {
  return `${prefix}${String(n).padStart(pad, '0')}`;
}

/** The first page number the example shows: the typed start number when valid, else 1. */
export function exampleStart(startNumber: string): number {
  const start = wholeNumber(startNumber);
  return start !== undefined && start >= 1 && start <= MAX_START ? start : 1;
}

export interface NumberingOptions {
  labelStyle?: { kind: 'page-of' } | { kind: 'short' } | { kind: 'bates'; prefix: string; pad: number };
  startNumber?: number;
  dividers?: boolean;
  numberCover?: boolean;
  numberList?: boolean;
  formats?: ('pdf' | 'docx')[];
}

/** The build options for what the user changed; undefined when a field is invalid. */
export function numberingOptions(choices: NumberingChoices, defaults: NumberingDefaults): NumberingOptions | undefined {
  if (numberingErrors(choices, defaults).length > 0) return undefined;
  const shown = resolveNumbering(choices, defaults);
  const options: NumberingOptions = {};
  const styleTouched =
    choices.labelKind !== undefined || (shown.labelKind === 'bates' && (choices.prefix !== undefined || choices.pad !== undefined));
  if (styleTouched) {
    options.labelStyle =
      shown.labelKind === 'bates' ? { kind: 'bates', prefix: shown.prefix, pad: Number(shown.pad.trim()) } : { kind: shown.labelKind };
  }
  if (choices.startNumber.trim() !== '') options.startNumber = Number(choices.startNumber.trim());
  if (choices.dividers !== undefined) options.dividers = choices.dividers;
  if (choices.numberCover !== undefined) options.numberCover = choices.numberCover;
  if (choices.numberList !== undefined) options.numberList = choices.numberList;
  if (choices.docx !== undefined) options.formats = choices.docx ? ['pdf', 'docx'] : ['pdf'];
  return options;
}
