import type { Case } from '../../core/model/case.ts';
import { DossierError } from '../../core/errors.ts';
import { defaultHcBarRules } from '../../core/rules/hc-bars-data.ts';
import { acceptedType, type PortalRules } from '../../core/rules/portal-rules.ts';
import { defaultTranslationRules } from '../../core/rules/translation-rules-data.ts';
import type { FileGroup, FittedFile, PacketSource } from '../request.ts';
import { HC_LETTERS_INDEX_KEY } from '../contents/places.ts';
import { safeFileStem } from '../plan/file-names.ts';
import { fitNotes, fitPdf, fitSummary } from '../portal/fit.ts';
import type { EncodedImages } from '../portal/encoded-images.ts';
import { checkHcFiling, type HcGateResult } from './gate.ts';
import type { PlacedSource } from '../contents/resolve.ts';
import { assignSlots, orderBySlot, type HcSlot, type HcSlotRules } from './slots.ts';

/**
 * How an H&C application is cut into the portal's files: the checks that must pass first, the
 * slot of every source (exhibits by the factor they prove, the letters with their index, the
 * translations with their originals), the files' names and titles, and the fitting of each file
 * under the portal's cap.
 */

type Source = PacketSource & { back?: boolean };

export interface HcApplicationLayout {
  /** The sources in slot order, each with its slot as its group. */
  readonly sources: (Source & { group: string })[];
  readonly groups: FileGroup[];
  readonly gate: HcGateResult;
}

export interface HcApplicationInput {
  readonly case: Case;
  /** The generated documents, in the preset's order. */
  readonly generated: readonly Source[];
  /** The imported exhibits, in the case's order. */
  readonly exhibits: readonly Source[];
  readonly lang: 'en' | 'fr';
  readonly today: string;
  readonly fileNumber: string;
  readonly slots: HcSlotRules;
  readonly portal: PortalRules;
}

/** Refuses the build when a bar applies or a translation falls short (checkHcFiling); nothing is printed before this. */
export function checkHcApplication(value: Case, imported: ReadonlySet<string>, today: string): HcGateResult {
  return checkHcFiling({ case: value, imported, today, bars: defaultHcBarRules, translations: defaultTranslationRules });
}

export function layoutHcApplication(input: HcApplicationInput, gate: HcGateResult): HcApplicationLayout {
  const sources = slotSources(input.case, input.generated, input.exhibits, input.slots);
  const used = new Set(sources.map((s) => s.group));
  const groups = input.slots.slots
    .filter((s) => used.has(s.id))
    .map((slot, i): FileGroup => {
      const title = slot.title[input.lang];
      const fileName = `${safeFileStem([input.fileNumber, 'IRCC', `${String(i + 1).padStart(2, '0')} ${title}`].join(' – '))}.pdf`;
      return { id: slot.id, title, fileName };
    });
  for (const g of groups)
    if (!acceptedType(input.portal, g.fileName))
      throw new DossierError(
        'VALIDATION',
        `The portal rules (templates/rules/portal.json) do not list PDF among the accepted file types, so "${g.title}" cannot be uploaded.`,
      );
  return { sources, groups, gate };
}

/**
 * The packet's sources in slot order, each with its slot as its group: the submission letter
 * first, then each slot's tabs in the case's order (the letters' index opening the letters),
 * and the sub-tabs (translations, certifications) with their originals. The build and the
 * preview both order an H&C application here.
 */
export function slotSources<S extends PlacedSource>(
  value: Case,
  generated: readonly S[],
  exhibits: readonly S[],
  slots: HcSlotRules,
): (S & { group: string })[] {
  const slotOfExhibit = assignSlots(value, slots);
  const byHolds = (holds: HcSlot['holds']): HcSlot => slots.slots.find((s) => s.holds === holds) ?? (slots.slots[0] as HcSlot);
  const letterStatements = new Set(value.hc.letters.map((l) => l.statementId).filter((id) => id !== undefined));
  const isIndex = (source: S): boolean => source.kind === 'generated' && source.key === HC_LETTERS_INDEX_KEY;

  const slotOf = (source: S): HcSlot => {
    if (source.kind === 'exhibit') return slotOfExhibit.get(source.partOf ?? source.exhibitId) ?? byHolds('other');
    if (source.front === true) return byHolds('submission');
    if (source.partOf !== undefined) return slotOfExhibit.get(source.partOf) ?? byHolds('other');
    if (isIndex(source)) return byHolds('letters');
    // A side-by-side statement (its original not imported): a letter goes with the letters.
    const statementId = /^generated:statement:(.+)$/u.exec(source.key)?.[1];
    return statementId !== undefined && letterStatements.has(statementId) ? byHolds('letters') : byHolds('other');
  };

  const front = generated.filter((g) => g.kind === 'generated' && g.front === true);
  const subs = generated.filter((g) => g.partOf !== undefined);
  const own = generated.filter((g) => !(g.kind === 'generated' && g.front === true) && g.partOf === undefined);
  const tabs = orderBySlot([...own.filter(isIndex), ...own.filter((g) => !isIndex(g)), ...exhibits], slotOf, slots);
  return [
    ...front.map((s) => ({ ...s, group: byHolds('submission').id })),
    ...tabs.map(({ item, slot }) => ({ ...item, group: slot.id })),
    ...subs.map((s) => ({ ...s, group: slotOf(s).id })),
  ];
}

/**
 * Fits one file under the cap down the portal rules' ladder, reporting what changed in both
 * languages; images re-encoded in an earlier build of the session are taken from `memo`.
 */
export function portalFitter(portal: PortalRules, signal: AbortSignal | undefined, memo?: EncodedImages) {
  return async (bytes: Uint8Array, file: { readonly title: string; readonly maxBytes: number }): Promise<FittedFile> => {
    const result = await fitPdf(bytes, { maxBytes: file.maxBytes, ladder: portal.ladder.steps, slot: file.title, signal, memo });
    return {
      bytes: result.bytes,
      imagesChanged: result.changed.length,
      summary: {
        en: [fitSummary(result, 'en'), ...fitNotes(result, 'en')],
        fr: [fitSummary(result, 'fr'), ...fitNotes(result, 'fr')],
      },
    };
  };
}
