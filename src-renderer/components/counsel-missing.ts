/** Enough of an error to read: an IPC error, or a packet job's (whose issues are optional). */
interface ErrorLike {
  readonly code: string;
  readonly issues?: readonly { readonly path: string }[] | undefined;
}

/** A part of the counsel profile a document cannot be printed without. */
export type CounselGap = 'name' | 'firm' | 'address' | 'profile';

const gapOfPath: Readonly<Record<string, CounselGap>> = {
  counselProfile: 'profile',
  'counselProfile.name': 'name',
  'counselProfile.firm': 'firm',
  'counselProfile.addressLines': 'address',
};

/**
 * What of the counsel profile an error says is missing (the documents' `requireCounsel` puts it
 * at `counselProfile.<field>`), in the form's order; null when the error is about something else.
 */
export function counselGaps(error: ErrorLike): CounselGap[] | null {
  if (error.code !== 'VALIDATION') return null;
  const gaps = new Set<CounselGap>();
  for (const issue of error.issues ?? []) {
    const gap = gapOfPath[issue.path];
    if (gap !== undefined) gaps.add(gap);
  }
  if (gaps.size === 0) return null;
  const order: readonly CounselGap[] = ['profile', 'name', 'firm', 'address'];
  return order.filter((gap) => gaps.has(gap));
}
