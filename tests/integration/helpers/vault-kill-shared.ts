/** What the kill-test writer and its checker agree on. */
export const steadyIds = ['case-steady-a', 'case-steady-b', 'case-steady-c'] as const;
/** Low scrypt cost: the test unlocks hundreds of times; the wrap itself is not under test here. */
export const writerScrypt = { N: 2 ** 10, r: 8, p: 1 };

/** Notes that carry the revision at both ends of a 24 KB body, so a torn or mixed write is visible. */
export function markedNotes(revision: number): string {
  return `<${revision}>${'x'.repeat(24_000)}</${revision}>`;
}

export function notesRevision(notes: string | undefined): number | null {
  const m = /^<(\d+)>x{24000}<\/(\d+)>$/.exec(notes ?? '');
  return m && m[1] === m[2] ? Number(m[1]) : null;
}
