import { afterEach, describe, expect, it, vi } from 'vitest';
import { quietPdfLib } from '../../../src-main/exhibits/quiet-pdf-lib.ts';

describe('quietPdfLib', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("drops pdf-lib's workaround lines while an exhibit is read, passes every other warning, and puts console.warn back", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const installed = console.warn;
    await quietPdfLib(async () => {
      console.warn('Removing parsed object: 0 0 R');
      console.warn('Trying to parse invalid object: {"line":3,"column":0,"offset":12})');
      await quietPdfLib(() => {
        console.warn('Invalid object ref: 7 0 R');
        return Promise.resolve();
      });
      console.warn('something else');
    });
    expect(warn.mock.calls).toEqual([['something else']]);
    expect(console.warn).toBe(installed);
  });

  it('puts console.warn back when the reading fails', async () => {
    const installed = console.warn;
    await expect(quietPdfLib(() => Promise.reject(new Error('damaged')))).rejects.toThrow('damaged');
    expect(console.warn).toBe(installed);
  });
});
