import { describe, expect, it } from 'vitest';
import { loadFontLibrary } from '../../../../src-main/render/fonts/library.ts';
import type { OpenPrinter } from '../../../../src-main/render/pdf/open-printer.ts';
import { sharePrinter } from '../../../../src-main/render/pdf/shared-printer.ts';

function countingOpen(fail = false): { open: OpenPrinter; log: string[] } {
  const log: string[] = [];
  let n = 0;
  const open: OpenPrinter = async () => {
    const id = (n += 1);
    log.push(`open ${id}`);
    await Promise.resolve();
    if (fail && id === 1) throw new Error('Chromium did not start');
    return {
      fonts: loadFontLibrary(),
      printer: {
        print: () => Promise.resolve(Uint8Array.of(id)),
        close: () => Promise.resolve(void log.push(`close ${id}`)),
      },
    };
  };
  return { open, log };
}

describe('a printer shared by several holders', () => {
  it('is started once and closed when the last holder closes it; the next opening starts a fresh one', async () => {
    const { open, log } = countingOpen();
    const shared = sharePrinter(open);
    const [a, b] = await Promise.all([shared(), shared()]);
    expect(await a.printer.print('', { pageSize: 'letter' })).toEqual(Uint8Array.of(1));
    expect(await b.printer.print('', { pageSize: 'letter' })).toEqual(Uint8Array.of(1));
    await a.printer.close();
    await a.printer.close();
    expect(log).toEqual(['open 1']);
    await b.printer.close();
    expect(log).toEqual(['open 1', 'close 1']);
    const c = await shared();
    expect(await c.printer.print('', { pageSize: 'a4' })).toEqual(Uint8Array.of(2));
  });

  it('forgets a printer that failed to open, so the next opening tries again', async () => {
    const { open, log } = countingOpen(true);
    const shared = sharePrinter(open);
    await expect(shared()).rejects.toThrow(/did not start/u);
    const next = await shared();
    expect(await next.printer.print('', { pageSize: 'letter' })).toEqual(Uint8Array.of(2));
    expect(log).toEqual(['open 1', 'open 2']);
  });
});
