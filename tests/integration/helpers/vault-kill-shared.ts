import { parseCase } from '../../../src-main/core/model/interchange.ts';

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

/** The passphrases the passphrase kill test walks through: pass-0, pass-1, … */
export function nextPassphrase(current: string): string {
  return `pass-${String(Number(current.slice('pass-'.length)) + 1)}`;
}

/** A case whose notes carry its revision, so a case file from one state beside an index from another shows. */
export function opCase(id: string, revision: number) {
  return parseCase({
    id,
    kind: 'detention-review',
    matter: { forum: 'IRB-ID', openedAt: '2026-03-10' },
    client: { familyName: `Family${String(revision)}`, givenNames: 'Test' },
    notes: markedNotes(revision),
  });
}
