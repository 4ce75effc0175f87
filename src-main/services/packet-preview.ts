import { isDossierError } from '../core/errors.ts';
import type { Case } from '../core/model/case.ts';
import type { PacketPresetName } from '../core/packet-presets.ts';
import type { PacketPreviewDto } from '../ipc/contract.ts';
import { exhibitSources, type ExhibitBlobs } from '../packet/contents/exhibits.ts';
import { packetCounsel, packetDocuments } from '../packet/contents/generated.ts';
import { packetDocumentPlaces } from '../packet/contents/places.ts';
import { packetSourceOrder } from '../packet/contents/order.ts';
import { plainTitle } from '../packet/contents/plain-titles.ts';
import { frontAndTabs, type PlacedSource } from '../packet/contents/resolve.ts';
import { slotSources } from '../packet/hc/application.ts';
import { defaultHcSlotRules } from '../packet/hc/slots-data.ts';
import { packetOptionsFor } from '../packet/plan/options.ts';
import { planPacket } from '../packet/plan/plan.ts';
import { isPortalPreset, PACKET_PRESETS } from '../packet/plan/presets.ts';
import { localToday } from '../core/model/dates.ts';
import type { PacketDocumentSources } from './packet-build.ts';

type PreviewOutput = PacketPreviewDto;

/** What the preview needs: the counsel profile and templates for the generated documents' exact titles, and the clock. */
export interface PreviewDeps {
  readonly documents?: PacketDocumentSources | undefined;
  readonly now?: (() => Date) | undefined;
}

/** Estimated pages of a generated document for the preview: the build prints it for real. */
const ESTIMATED_PAGES = 1;

/**
 * The generated documents where the build puts them. Built (never printed) with the counsel
 * profile and templates when they are at hand, for their exact titles; otherwise placed with
 * plain titles, so the preview still shows where they go.
 */
function previewDocuments(
  value: Case,
  preset: PacketPresetName,
  importedExhibits: ReadonlySet<string>,
  deps: PreviewDeps,
): { key: string; title: string; date?: string; partOf?: string; front?: boolean }[] {
  const kinds = PACKET_PRESETS[preset].documents;
  const lang = value.matter.languageOfProceedings;
  if (deps.documents && deps.documents.counsel() !== undefined) {
    try {
      const input = {
        case: value,
        counsel: packetCounsel(deps.documents.counsel()),
        lang,
        today: localToday((deps.now ?? (() => new Date()))()),
        templates: deps.documents.templates(lang),
      };
      return packetDocuments(kinds, input, importedExhibits).map(({ doc: _doc, kind: _kind, ...placed }) => placed);
    } catch (error) {
      if (!isDossierError(error)) throw error;
    }
  }
  return packetDocumentPlaces(kinds, value, importedExhibits).map((place) => {
    const { statementId: _statement, translationLang: _lang, personId: _person, certifies: _certifies, kind: _kind, ...placed } = place;
    return { ...placed, title: plainTitle(place, value, lang) };
  });
}

/**
 * What the build would list: the same generated documents, order, front matter and plan as
 * `buildCasePacket`, with exhibits at the pages recorded at import and generated documents
 * (and the list of documents) counted at one page each.
 */
export function previewPacket(value: Case, preset: PacketPresetName, deps: PreviewDeps & { readonly vault: ExhibitBlobs }): PreviewOutput {
  const exhibits = exhibitSources(value, deps.vault);
  const options = packetOptionsFor(preset);
  const numbering = {
    labelStyle: options.labelStyle,
    startNumber: options.startNumber,
    dividers: options.dividers,
    numberCover: options.numberCover,
    numberList: options.numberList,
  };
  if (exhibits.length === 0) return { entries: [], lastNumber: 0, numbering };
  const generated = previewDocuments(value, preset, new Set(exhibits.map((e) => (e.kind === 'exhibit' ? e.exhibitId : e.key))), deps);
  const sizes = new Map<string, { pages: number; bytes: number }>();
  for (const e of value.exhibits) sizes.set(e.id, { pages: e.pages ?? 0, bytes: 0 });
  for (const g of generated) sizes.set(g.key, { pages: ESTIMATED_PAGES, bytes: 0 });
  const generatedSources: PlacedSource[] = generated.map((g) => ({ kind: 'generated', ...g }));
  // An H&C application is ordered slot by slot, as its build orders it.
  const slotted = isPortalPreset(preset) ? slotSources(value, generatedSources, exhibits, defaultHcSlotRules) : undefined;
  const placed: PlacedSource[] = slotted ?? packetSourceOrder<PlacedSource, PlacedSource>(generatedSources, exhibits);
  const lang = value.matter.languageOfProceedings;
  const slotTitle = new Map(defaultHcSlotRules.slots.map((s) => [s.id, s.title[lang]]));
  const fileOf = new Map((slotted ?? []).map((s) => [s.kind === 'exhibit' ? s.exhibitId : s.key, slotTitle.get(s.group) ?? s.group]));
  const { front, tabs } = frontAndTabs(placed, sizes);
  const plan = planPacket({ front, tabs, options, listPages: 1, volumeBreaks: [], coverPages: [0] });
  return {
    entries: plan.entries.map((e) => ({
      tab: e.tab,
      depth: e.depth,
      key: e.key,
      kind: e.kind,
      estimated: e.kind === 'generated',
      title: e.title,
      ...(e.date === undefined ? {} : { date: e.date }),
      pages: e.lastNumber - e.firstNumber + 1,
      firstLabel: e.firstLabel,
      lastLabel: e.lastLabel,
      ...(fileOf.has(e.key) ? { file: fileOf.get(e.key) } : {}),
    })),
    lastNumber: plan.lastNumber,
    numbering,
  };
}
