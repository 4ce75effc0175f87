import type { Case, FileNumberIssuer, Matter } from '../model/case.ts';

/** A number naming the matter: a file number, or the client's UCI (read from `client.uci`, its one home). */
export interface MatterNumber {
  readonly issuer: FileNumberIssuer | 'UCI';
  readonly label?: string;
  readonly value: string;
}

/** The office whose number names a matter before that forum. */
export const forumIssuer: Readonly<Record<Matter['forum'], FileNumberIssuer>> = {
  'IRB-ID': 'IRB',
  'IRB-RPD': 'IRB',
  IRCC: 'IRCC',
  CBSA: 'CBSA',
  FC: 'FC',
};

const ORDER: readonly FileNumberIssuer[] = ['IRB', 'FC', 'IRCC', 'CBSA', 'other'];

/** Forums that file by the client's UCI until an application number exists. */
const filesByUci: ReadonlySet<Matter['forum']> = new Set(['IRCC', 'CBSA']);

/**
 * Every number of the case in the order a filing prints them: the forum's own file number first
 * (before IRCC or CBSA, then the client's UCI, which they file by), then the other offices' (IRB,
 * Federal Court, IRCC, CBSA, any other), then the UCI. Blank numbers are left out.
 */
export function matterNumbers(c: Pick<Case, 'matter' | 'client'>): MatterNumber[] {
  const own = forumIssuer[c.matter.forum];
  const rank = (issuer: FileNumberIssuer): number => (issuer === own ? -1 : ORDER.indexOf(issuer));
  const sorted = c.matter.fileNumbers
    .filter((f) => f.value.trim() !== '')
    .map((f, i) => ({ f, i }))
    .toSorted((a, b) => rank(a.f.issuer) - rank(b.f.issuer) || a.i - b.i)
    .map(({ f }): MatterNumber => ({ issuer: f.issuer, ...(f.label === undefined ? {} : { label: f.label }), value: f.value.trim() }));
  const value = c.client.uci?.trim();
  if (!value) return sorted;
  const uci: MatterNumber = { issuer: 'UCI', value };
  if (!filesByUci.has(c.matter.forum)) return [...sorted, uci];
  const ownCount = sorted.filter((n) => n.issuer === own).length;
  return [...sorted.slice(0, ownCount), uci, ...sorted.slice(ownCount)];
}

/**
 * The number a packet is named and titled by: the forum's own; before IRCC or CBSA without one,
 * the client's UCI; else another office's. Never an internal id.
 */
export function primaryFileNumber(c: Pick<Case, 'matter' | 'client'>): MatterNumber | undefined {
  const numbers = matterNumbers(c);
  const own = numbers.find((n) => n.issuer === forumIssuer[c.matter.forum]);
  if (own) return own;
  if (filesByUci.has(c.matter.forum)) {
    const uci = numbers.find((n) => n.issuer === 'UCI');
    if (uci) return uci;
  }
  return numbers.find((n) => n.issuer !== 'UCI');
}

/** The value of the case's number from one office, '' when it has none. */
export function fileNumberOf(c: Pick<Case, 'matter'>, issuer: FileNumberIssuer): string {
  return c.matter.fileNumbers.find((f) => f.issuer === issuer)?.value.trim() ?? '';
}
