import { DossierError } from '../../core/errors.ts';
import { SAFE_PREFIX, type LabelStyle } from './labels.ts';
import type { PacketOptions } from './plan.ts';
import type { PacketPresetName } from '../../core/packet-presets.ts';
import { PACKET_PRESETS } from './presets.ts';

/** What the user may change from the preset's numbering. */
export interface PacketOptionOverrides {
  readonly labelStyle?: LabelStyle;
  readonly startNumber?: number;
  readonly dividers?: boolean;
  readonly numberCover?: boolean;
  readonly numberList?: boolean;
}

export type PacketOutputFormat = 'pdf' | 'docx';
export const PACKET_OUTPUT_FORMATS = ['pdf', 'docx'] as const;

/**
 * The preset's options with the user's changes, checked: the one place a preset's numbering is
 * decided, for the build, the CLI and the numbering the Packets tab shows before a build.
 */
export function packetOptionsFor(preset: PacketPresetName, overrides: PacketOptionOverrides = {}): PacketOptions {
  const base = PACKET_PRESETS[preset].options;
  const { labelStyle, startNumber } = overrides;
  if (startNumber !== undefined && (!Number.isInteger(startNumber) || startNumber < 1 || startNumber > 999_999_999))
    throw new DossierError('VALIDATION', 'The first page number must be a whole number from 1 to 999999999.');
  if (labelStyle?.kind === 'bates') {
    if (!SAFE_PREFIX.test(labelStyle.prefix))
      throw new DossierError('VALIDATION', 'A Bates prefix may hold up to 12 letters, digits, spaces, dots, hyphens or underscores.');
    if (!Number.isInteger(labelStyle.pad) || labelStyle.pad < 0 || labelStyle.pad > 12)
      throw new DossierError('VALIDATION', 'Bates numbers may be padded to at most 12 digits.');
  }
  return {
    ...base,
    ...(labelStyle === undefined ? {} : { labelStyle }),
    ...(startNumber === undefined ? {} : { startNumber }),
    ...(overrides.dividers === undefined ? {} : { dividers: overrides.dividers }),
    ...(overrides.numberCover === undefined ? {} : { numberCover: overrides.numberCover }),
    ...(overrides.numberList === undefined ? {} : { numberList: overrides.numberList }),
  };
}
