import { describe, expect, it } from 'vitest';
import { toggledInOrder } from '../../../../src-renderer/features/detention/edit.ts';
import { framings, grounds } from '../../../../src-renderer/features/detention/options.ts';

describe('ticking grounds and framings', () => {
  it('keeps what is ticked in the order of IRPA s.58(1), whatever the order of the clicks', () => {
    const flight = toggledInOrder(grounds, [], 'FLIGHT', true);
    expect(toggledInOrder(grounds, flight, 'DANGER', true)).toEqual(['DANGER', 'FLIGHT']);
    expect(toggledInOrder(grounds, ['DANGER', 'FLIGHT'], 'IDENTITY', true)).toEqual(['DANGER', 'FLIGHT', 'IDENTITY']);
  });

  it('unticks one value and leaves the others', () => {
    expect(toggledInOrder(grounds, ['DANGER', 'FLIGHT', 'IDENTITY'], 'FLIGHT', false)).toEqual(['DANGER', 'IDENTITY']);
    expect(toggledInOrder(grounds, ['FLIGHT'], 'DANGER', false)).toEqual(['FLIGHT']);
  });

  it('ticks a value only once', () => {
    const [first] = framings;
    if (!first) throw new Error('the schema lists framings');
    expect(toggledInOrder(framings, [first], first, true)).toEqual([first]);
  });
});
