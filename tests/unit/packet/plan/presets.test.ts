import { describe, expect, it } from 'vitest';
import { packetPresetNames, portalPresetNames } from '../../../../src-main/core/packet-presets.ts';
import { presetName } from '../../../../src-main/ipc/channel-dto.ts';
import { packetOptionsFor } from '../../../../src-main/packet/plan/options.ts';
import { isPortalPreset, PACKET_PRESETS } from '../../../../src-main/packet/plan/presets.ts';

describe('the packet presets', () => {
  it('are one list: the IPC schema, the presets and the portal presets all name it', () => {
    expect(Object.keys(PACKET_PRESETS).sort()).toEqual([...packetPresetNames].sort());
    expect(presetName.options).toEqual([...packetPresetNames]);
    expect(packetPresetNames.filter(isPortalPreset)).toEqual([...portalPresetNames]);
  });

  it("number each preset as it says, and take the user's changes over it", () => {
    expect(packetOptionsFor('hc-application').labelStyle).toEqual({ kind: 'bates', prefix: 'APP-', pad: 6 });
    expect(packetOptionsFor('detention-release-plan').labelStyle).toEqual({ kind: 'page-of' });
    expect(packetOptionsFor('hc', { labelStyle: { kind: 'short' }, startNumber: 5 })).toMatchObject({
      labelStyle: { kind: 'short' },
      startNumber: 5,
    });
  });
});
