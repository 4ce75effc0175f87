import type { PlacedDocuments } from '../request.ts';
import type { PacketManifest } from '../report/manifest.ts';
import { numberLabel, type LabelStyle } from '../plan/labels.ts';
import type { PacketPlan } from '../plan/plan.ts';

/**
 * Every listed document's place in `plan`: its tab and title, the numbers of its own pages (a
 * tab divider before it is not one of them), printed in `style`, and the hash of the PDF it
 * was resolved from.
 */
export function placedDocuments(
  plan: PacketPlan,
  byKey: ReadonlyMap<string, { readonly sha256: string }>,
  style: LabelStyle,
): PlacedDocuments {
  const pages = new Map<string, { first: number; last: number }>();
  for (const volume of plan.volumes)
    for (const part of volume.parts)
      if (part.role === 'document' && part.key !== undefined && part.firstNumber !== undefined)
        pages.set(part.key, { first: part.firstNumber, last: part.firstNumber + part.pages - 1 });
  return new Map(
    plan.entries.map((entry) => {
      const own = pages.get(entry.key) ?? { first: entry.firstNumber, last: entry.lastNumber };
      return [
        entry.key,
        {
          tab: entry.tab,
          firstLabel: numberLabel(style, own.first),
          lastLabel: numberLabel(style, own.last),
          title: entry.title,
          sha256: byKey.get(entry.key)?.sha256 ?? '',
        },
      ];
    }),
  );
}

/**
 * The same, read from a finished build's manifest: each input's own pages are its last `pages`
 * numbers (a divider before a tab is not one of them).
 */
export function placedFromManifest(manifest: PacketManifest): PlacedDocuments {
  const label = (n: number): string => numberLabel(manifest.options.labelStyle, n);
  return new Map(
    manifest.inputs.map((input) => [
      input.key,
      {
        tab: input.tab,
        firstLabel: label(input.lastPage - input.pages + 1),
        lastLabel: label(input.lastPage),
        title: input.title,
        sha256: input.sha256,
      },
    ]),
  );
}
