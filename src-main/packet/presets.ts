import { DEFAULT_PACKET_OPTIONS, type PacketOptions } from './plan.ts';

/** A generated document that opens a packet; declarations come one per translated statement. */
export type PacketDocumentKind = 'cover-letter' | 'chronology' | 'translator-declarations';

/**
 * What each kind of packet is called in its file names, which generated documents open it (in
 * order), and how it is numbered by default.
 */
export const PACKET_PRESETS = {
  'detention-release-plan': { documentType: 'Release plan', documents: ['cover-letter', 'chronology'], options: DEFAULT_PACKET_OPTIONS },
  'detention-disclosure': { documentType: 'Disclosure', documents: ['cover-letter', 'chronology'], options: DEFAULT_PACKET_OPTIONS },
  hc: {
    documentType: 'H&C application',
    documents: ['cover-letter', 'chronology', 'translator-declarations'],
    options: { ...DEFAULT_PACKET_OPTIONS, labelStyle: { kind: 'bates', prefix: 'APP-', pad: 6 } },
  },
} as const satisfies Record<string, { documentType: string; documents: readonly PacketDocumentKind[]; options: PacketOptions }>;

export type PresetName = keyof typeof PACKET_PRESETS;
export const PRESET_NAMES = Object.keys(PACKET_PRESETS) as PresetName[];

export const DIVISIONS: Record<string, string> = { 'IRB-ID': 'ID', 'IRB-RPD': 'RPD', IRCC: 'IRCC', CBSA: 'CBSA', FC: 'FC' };
