import { DEFAULT_PACKET_OPTIONS, type PacketOptions } from './plan.ts';

/**
 * A generated document of a packet. Translated statements come one tab each (the original, the
 * translation, its certification), bondsperson declarations one per bondsperson not rejected;
 * the statement of service closes the packet.
 */
export type PacketDocumentKind =
  'cover-letter' | 'release-plan' | 'bondsperson-declarations' | 'chronology' | 'translated-statements' | 'proof-of-service';

/**
 * What each kind of packet is called in its file names, which generated documents open it (in
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
    documentType: 'Release plan',
    documents: ['cover-letter', 'release-plan', 'bondsperson-declarations', 'chronology', 'translated-statements', 'proof-of-service'],
    options: DEFAULT_PACKET_OPTIONS,
  },
  /** Disclosure under ID Rule 26: the chronology and the documents, with their translations and service. */
  'detention-disclosure': {
    documentType: 'Disclosure',
    documents: ['cover-letter', 'chronology', 'translated-statements', 'proof-of-service'],
    options: DEFAULT_PACKET_OPTIONS,
  },
  hc: {
    documentType: 'H&C application',
    documents: ['cover-letter', 'chronology', 'translated-statements'],
    options: { ...DEFAULT_PACKET_OPTIONS, labelStyle: { kind: 'bates', prefix: 'APP-', pad: 6 } },
  },
} as const satisfies Record<string, { documentType: string; documents: readonly PacketDocumentKind[]; options: PacketOptions }>;

export type PresetName = keyof typeof PACKET_PRESETS;
export const PRESET_NAMES = Object.keys(PACKET_PRESETS) as PresetName[];

export const DIVISIONS: Record<string, string> = { 'IRB-ID': 'ID', 'IRB-RPD': 'RPD', IRCC: 'IRCC', CBSA: 'CBSA', FC: 'FC' };
