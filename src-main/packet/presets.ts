import { DEFAULT_PACKET_OPTIONS, type PacketOptions } from './plan.ts';

/** What each kind of packet is called in its file names, and how it is numbered by default. */
export const PACKET_PRESETS = {
  'detention-review': { documentType: 'Disclosure', options: DEFAULT_PACKET_OPTIONS },
  disclosure: { documentType: 'Disclosure', options: DEFAULT_PACKET_OPTIONS },
  hc: { documentType: 'H&C application', options: { ...DEFAULT_PACKET_OPTIONS, labelStyle: { kind: 'bates', prefix: 'APP-', pad: 6 } } },
} as const satisfies Record<string, { documentType: string; options: PacketOptions }>;

export type PresetName = keyof typeof PACKET_PRESETS;
export const PRESET_NAMES = Object.keys(PACKET_PRESETS) as PresetName[];

export const DIVISIONS: Record<string, string> = { 'IRB-ID': 'ID', 'IRB-RPD': 'RPD', IRCC: 'IRCC', CBSA: 'CBSA', FC: 'FC' };
