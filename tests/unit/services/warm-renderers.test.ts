import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../src-main/core/errors.ts';
import { DEFAULT_PAGE, type DossierDocument } from '../../../src-main/documents/model.ts';
import type { PacketRenderers } from '../../../src-main/packet/pages/ports.ts';
import { createWarmRenderers } from '../../../src-main/services/warm-renderers.ts';

/** A stand-in printer whose renderDocument does what the next test step says. */
function fakePrinters() {
  const log: string[] = [];
  let opened = 0;
  let next: 'ok' | 'crash' | 'refuse' = 'ok';
  const open = async () => {
    const id = (opened += 1);
    log.push(`open ${id}`);
    await Promise.resolve();
    const renderers: PacketRenderers = {
      listOfDocuments: () => Promise.resolve(Uint8Array.of(id)),
      volumeCover: () => Promise.resolve(Uint8Array.of(id)),
      renderDocument: async () => {
        await Promise.resolve();
        if (next === 'crash') throw new Error('Target page, context or browser has been closed');
        if (next === 'refuse') throw new DossierError('VALIDATION', 'A character no font covers.');
        return Uint8Array.of(id);
      },
    };
    return { renderers, close: () => Promise.resolve(void log.push(`close ${id}`)) };
  };
  return { open, log, set: (mode: typeof next) => (next = mode) };
}

const model: DossierDocument = { meta: { title: 'Plan', lang: 'en' }, page: DEFAULT_PAGE, blocks: [] };

describe('the session printer for packet builds', () => {
  it('is opened once for every build until closed; a build releasing it does not close it', async () => {
    const printers = fakePrinters();
    const warm = createWarmRenderers(printers.open);
    for (let build = 0; build < 3; build++) {
      const { renderers, close } = await warm.open();
      expect(await renderers.renderDocument(model)).toEqual(Uint8Array.of(1));
      await close();
    }
    expect(printers.log).toEqual(['open 1']);
    await warm.close();
    await warm.close();
    expect(printers.log).toEqual(['open 1', 'close 1']);
    const { renderers } = await warm.open();
    expect(await renderers.listOfDocuments([], { lang: 'en', headerLines: [], labelStyle: { kind: 'short' }, volumes: 1 })).toEqual(
      Uint8Array.of(2),
    );
  });

  it('a crashed printer is closed and replaced at the next build; a typed refusal keeps it', async () => {
    const printers = fakePrinters();
    const warm = createWarmRenderers(printers.open);
    printers.set('refuse');
    await expect((await warm.open()).renderers.renderDocument(model)).rejects.toThrow(/no font covers/u);
    printers.set('crash');
    await expect((await warm.open()).renderers.renderDocument(model)).rejects.toThrow(/closed/u);
    printers.set('ok');
    expect(await (await warm.open()).renderers.renderDocument(model)).toEqual(Uint8Array.of(2));
    expect(printers.log).toEqual(['open 1', 'close 1', 'open 2']);
  });

  it('a printer that fails to open is tried again at the next build', async () => {
    let attempts = 0;
    const printers = fakePrinters();
    const warm = createWarmRenderers(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('Chromium is missing');
      return printers.open();
    });
    await expect(warm.open()).rejects.toThrow(/missing/u);
    expect((await warm.open()).renderers).toBeDefined();
    expect(attempts).toBe(2);
  });

  it('started in the background after unlock, the first build finds it open; a failed start is retried by the build', async () => {
    const printers = fakePrinters();
    const warm = createWarmRenderers(printers.open);
    warm.prewarm();
    warm.prewarm();
    expect(await (await warm.open()).renderers.renderDocument(model)).toEqual(Uint8Array.of(1));
    expect(printers.log).toEqual(['open 1']);

    let attempts = 0;
    const flaky = createWarmRenderers(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('Chromium is missing');
      return printers.open();
    });
    flaky.prewarm();
    await Promise.resolve();
    expect((await flaky.open()).renderers).toBeDefined();
    expect(attempts).toBe(2);
  });
});
