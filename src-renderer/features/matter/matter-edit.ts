import type { FileNumberIssuer, Matter } from '../../../src-main/core/model/case.ts';

/** The offices a lawyer enters a number for, in the order the File tab shows them. */
export const enteredIssuers = ['IRB', 'CBSA', 'IRCC', 'FC'] as const satisfies readonly FileNumberIssuer[];

/** The value of one office's number in the panel; '' when the case has none. */
export function fileNumberValue(matter: Matter, issuer: FileNumberIssuer): string {
  return matter.fileNumbers.find((f) => f.issuer === issuer)?.value ?? '';
}

/**
 * Sets one office's number: an edit changes it in place, a new one is appended, and clearing the
 * field removes it (a blank number is never stored). Numbers kept as `other` are addressed by index.
 */
export function withFileNumber(matter: Matter, issuer: Exclude<FileNumberIssuer, 'other'>, value: string): Matter {
  const at = matter.fileNumbers.findIndex((f) => f.issuer === issuer);
  const trimmed = value.trim() === '' ? '' : value;
  if (at === -1) return trimmed === '' ? matter : { ...matter, fileNumbers: [...matter.fileNumbers, { issuer, value: trimmed }] };
  const fileNumbers =
    trimmed === ''
      ? matter.fileNumbers.filter((_, i) => i !== at)
      : matter.fileNumbers.map((f, i) => (i === at ? { ...f, value: trimmed } : f));
  return { ...matter, fileNumbers };
}

/** Changes or (when cleared) removes the number at `index`, e.g. one an older case named with its own issuer. */
export function withNumberAt(matter: Matter, index: number, value: string): Matter {
  const fileNumbers =
    value.trim() === ''
      ? matter.fileNumbers.filter((_, i) => i !== index)
      : matter.fileNumbers.map((f, i) => (i === index ? { ...f, value } : f));
  return { ...matter, fileNumbers };
}
