import type { DocLang } from '../../documents/builders/format-date.ts';
import { DEFAULT_PACKET_OPTIONS, type PacketOptions } from './plan.ts';
import { portalPresetNames, type PacketPresetName } from '../../core/packet-presets.ts';

/**
 * A generated document of a packet. Translated statements come one tab each (the original, the
 * translation, its certification), bondsperson declarations one per bondsperson not rejected;
 * the statement of service closes the packet.
 */
export type PacketDocumentKind =
  | 'cover-letter'
  | 'release-plan'
  | 'bondsperson-declarations'
  | 'chronology'
  | 'translated-statements'
  | 'proof-of-service'
  | 'applications'
  | 'hc-submission'
  | 'hc-letters-index';

/**
 * What each kind of packet is called in its file names and PDF title (in the language of the proceedings), which generated documents open it (in
 * order), and how it is numbered by default.
 */
export const PACKET_PRESETS = {
  /**
   * The ID's release-plan filing: the submissions first (Tab 1), each bondsperson's declaration,
   * the chronology, then the exhibits in the order the advocate set, and the statement of service
   * last (ID Rules 24, 25, 38). A translated statement is one tab (ID Rules r.25): its original
   * exhibit where the advocate placed it, or the side-by-side statement after the chronology,
   * with the translation and the translator's declaration as sub-tabs.
   */
  'detention-release-plan': {
    documentType: { en: 'Release plan', fr: 'Plan de mise en liberté' },
    documents: ['cover-letter', 'release-plan', 'bondsperson-declarations', 'chronology', 'translated-statements', 'proof-of-service'],
    options: DEFAULT_PACKET_OPTIONS,
  },
  /** Disclosure under ID Rule 26: the chronology and the documents, with their translations and service. */
  'detention-disclosure': {
    documentType: { en: 'Disclosure', fr: 'Communication de la preuve' },
    documents: ['cover-letter', 'chronology', 'translated-statements', 'proof-of-service'],
    options: DEFAULT_PACKET_OPTIONS,
  },
  /**
   * An ID Rules application as filed: each application recorded as a draft (its statement of
   * service is its own last page), then the supporting statements with their translations and the
   * exhibits in the order the advocate set (ID Rules 24, 25, 38).
   */
  'detention-application': {
    documentType: { en: 'Application', fr: 'Demande' },
    documents: ['applications', 'translated-statements'],
    options: DEFAULT_PACKET_OPTIONS,
  },
  /** An H&C bundle as one PDF (a paper filing, or a record for the file): cover letter, chronology, evidence and translations. */
  hc: {
    documentType: { en: 'H&C application', fr: 'Demande CH' },
    documents: ['cover-letter', 'chronology', 'translated-statements'],
    options: { ...DEFAULT_PACKET_OPTIONS, labelStyle: { kind: 'bates', prefix: 'APP-', pad: 6 } },
  },
  /**
   * The H&C application for the Permanent Residence portal: the submission letter and the list
   * of documents, then the evidence grouped by the factor it proves, the letters of support with
   * their index, and each translation with its certification and the certified copy of its
   * original as one tab. One file per portal slot (templates/rules/hc-slots.json), each under
   * the portal's size cap; the build stops first if a bar applies or a translation falls short
   * of IRCC's rules.
   */
  'hc-application': {
    documentType: { en: 'H&C application', fr: 'Demande CH' },
    documents: ['hc-submission', 'hc-letters-index', 'translated-statements'],
    options: { ...DEFAULT_PACKET_OPTIONS, labelStyle: { kind: 'bates', prefix: 'APP-', pad: 6 } },
  },
} as const satisfies Record<
  PacketPresetName,
  { documentType: Readonly<Record<DocLang, string>>; documents: readonly PacketDocumentKind[]; options: PacketOptions }
>;

/** Presets built as one file per portal slot, under the portal's size cap. */
export const isPortalPreset = (preset: PacketPresetName): boolean => portalPresetNames.includes(preset);

export const DIVISIONS: Record<string, string> = { 'IRB-ID': 'ID', 'IRB-RPD': 'RPD', IRCC: 'IRCC', CBSA: 'CBSA', FC: 'FC' };

/** The same divisions as French filings abbreviate them (SI, SPR, ASFC, CF). */
const DIVISIONS_FR: Record<string, string> = { 'IRB-ID': 'SI', 'IRB-RPD': 'SPR', IRCC: 'IRCC', CBSA: 'ASFC', FC: 'CF' };

/** A forum's short name in file names, in the language of the proceedings; an unknown forum as recorded. */
export function divisionName(forum: string, lang: DocLang): string {
  return (lang === 'fr' ? DIVISIONS_FR : DIVISIONS)[forum] ?? forum;
}
