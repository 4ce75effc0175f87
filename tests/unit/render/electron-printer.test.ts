import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFontLibrary } from '../../../src-main/render/fonts/library.ts';

type Handler = (request: { url: string }) => Promise<Response>;
type BeforeRequest = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;

const mock = vi.hoisted(() => {
  const state = {
    handler: undefined as ((request: { url: string }) => Promise<Response>) | undefined,
    beforeRequest: undefined as BeforeRequest | undefined,
    windowOptions: undefined as unknown,
    partition: undefined as unknown,
    destroyed: false,
    loadURL: vi.fn<(url: string) => Promise<void>>(),
    printToPDF: vi.fn<(options: unknown) => Promise<Buffer>>(),
    executeJavaScript: vi.fn<(code: string) => Promise<unknown>>(),
    unhandle: vi.fn<(scheme: string) => void>(),
  };
  return state;
});

vi.mock('electron', () => {
  const ses = {
    protocol: {
      handle: (_scheme: string, handler: Handler) => {
        mock.handler = handler;
      },
      unhandle: mock.unhandle,
    },
    webRequest: {
      onBeforeRequest: (listener: BeforeRequest) => {
        mock.beforeRequest = listener;
      },
    },
    setPermissionRequestHandler: vi.fn(),
  };
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      executeJavaScript: mock.executeJavaScript,
      printToPDF: mock.printToPDF,
    };
    constructor(options: unknown) {
      mock.windowOptions = options;
    }
    loadURL(url: string): Promise<void> {
      return mock.loadURL(url);
    }
    isDestroyed(): boolean {
      return mock.destroyed;
    }
    destroy(): void {
      mock.destroyed = true;
    }
  }
  return {
    BrowserWindow,
    session: {
      fromPartition: (name: string, options: unknown) => {
        mock.partition = { name, options };
        return ses;
      },
    },
  };
});

const { createElectronPrinter } = await import('../../../src-main/render/pdf/electron-printer.ts');
const { shellHtml } = await import('../../../src-main/render/pdf/print-page.ts');
const fonts = loadFontLibrary();

describe('Electron printer', () => {
  beforeEach(() => {
    mock.loadURL.mockReset().mockResolvedValue(undefined);
    mock.printToPDF.mockReset().mockResolvedValue(Buffer.from('%PDF-1.4 test'));
    mock.executeJavaScript.mockReset().mockResolvedValue(true);
  });

  it('prints in a hidden sandboxed window without preload, in an uncached print partition', async () => {
    const printer = createElectronPrinter({ fonts });
    const pdf = await printer.print('<p>x</p>', { pageSize: 'a4' });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 test');
    expect(mock.partition).toEqual({ name: 'dossier-print', options: { cache: false } });
    expect(mock.windowOptions).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect((mock.windowOptions as { webPreferences: Record<string, unknown> }).webPreferences['preload']).toBeUndefined();
    expect(mock.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: false,
    });
    await printer.close();
    expect(mock.destroyed).toBe(true);
    expect(mock.unhandle).toHaveBeenCalledWith('http');
  });

  it('serves the shell page and bundled fonts, and nothing else; each job is put into the page', async () => {
    const printer = createElectronPrinter({ fonts });
    let served: { document?: string; font?: number; other?: number; traversal?: number } = {};
    mock.loadURL.mockImplementation(async (url: string) => {
      const handler = mock.handler;
      if (handler === undefined) throw new Error('no handler');
      const face = fonts.faces[0];
      served = {
        document: await (await handler({ url })).text(),
        font: (await handler({ url: `http://dossier.invalid/fonts/${face?.file ?? ''}` })).status,
        other: (await handler({ url: 'http://dossier.invalid/etc/passwd' })).status,
        traversal: (await handler({ url: 'http://dossier.invalid/fonts/noto-sans/files/..%2F..%2F..%2Fpackage.json' })).status,
      };
    });
    await printer.print('<p>hello</p>', { pageSize: 'letter' });
    await printer.print('<p>again</p>', { pageSize: 'letter' });
    expect(served).toEqual({ document: shellHtml("default-src 'none'"), font: 200, other: 404, traversal: 404 });
    // One shell for both jobs; each job's HTML reaches the page through the script that puts it in.
    expect(mock.loadURL).toHaveBeenCalledTimes(1);
    expect(mock.executeJavaScript.mock.calls.map(([code]) => /<p>(\w+)<\/p>/u.exec(code)?.[1])).toEqual(['hello', 'again']);
    const verdicts: boolean[] = [];
    for (const url of ['https://example.com/', 'http://dossier.invalid/x', 'file:///etc/passwd'])
      mock.beforeRequest?.({ url }, (r) => verdicts.push(r.cancel));
    expect(verdicts).toEqual([true, false, true]);
    await printer.close();
  });

  it('runs jobs one at a time and keeps going after a failed job, in a freshly opened page', async () => {
    const printer = createElectronPrinter({ fonts });
    mock.printToPDF.mockRejectedValueOnce(new Error('boom'));
    const first = printer.print('<p>1</p>', { pageSize: 'letter' });
    const second = printer.print('<p>2</p>', { pageSize: 'letter' });
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBeInstanceOf(Uint8Array);
    expect(mock.loadURL.mock.calls.map((c) => c[0])).toEqual([
      expect.stringMatching(/\/documents\/\d+\.html$/u),
      expect.stringMatching(/\/documents\/\d+\.html$/u),
    ]);
    await printer.close();
  });
});
