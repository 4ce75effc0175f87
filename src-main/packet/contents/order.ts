/**
 * The packet's sources in order: generated documents of their own open it (the cover letter,
 * the submissions, declarations, the chronology), the exhibits follow, then documents that
 * close it (the statement of service); a declaration joining an exhibit's tab comes last so
 * that it can find that tab.
 */
export function packetSourceOrder<G extends { readonly partOf?: string; readonly back?: boolean }, E>(
  generated: readonly G[],
  exhibits: readonly E[],
): (G | E)[] {
  const own = generated.filter((g) => g.partOf === undefined);
  return [
    ...own.filter((g) => g.back !== true),
    ...exhibits,
    ...own.filter((g) => g.back === true),
    ...generated.filter((g) => g.partOf !== undefined),
  ];
}
