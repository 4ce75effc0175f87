/** The packet presets by name, for the IPC contract, the packet builder and the renderer. */
export const packetPresetNames = [
  'detention-release-plan',
  'detention-disclosure',
  'detention-application',
  'hc',
  'hc-application',
] as const;
export type PacketPresetName = (typeof packetPresetNames)[number];

/** Presets built as one file per portal slot, capped by the portal's size limit (decimal megabytes), with no page limit. */
export const portalPresetNames: readonly PacketPresetName[] = ['hc-application'];
