import { isTrustedSender, type SenderEventLike, type TrustedContentsLookup } from '../security/ipc-sender.ts';
import { channelName, channels, type Channel, type Result } from './contract.ts';
import { invokeChannel, type Handlers, type InvokeHooks } from './invoke.ts';

/**
 * The one wrapper around `ipcMain`: every contract channel gets exactly one handler that first
 * checks the sender frame, then lets `invokeChannel` parse the input and call the service. Nothing
 * else in the app calls `ipcMain.handle` or `ipcMain.on`.
 */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: SenderEventLike, input?: unknown) => Promise<Result<unknown>>): void;
  removeHandler(channel: string): void;
}

export interface RegisterOptions {
  readonly ipcMain: IpcRegistrar;
  readonly handlers: Handlers;
  /** The webContents of our own windows; any other sender is refused. */
  readonly trusted: TrustedContentsLookup;
  readonly hooks?: InvokeHooks;
  /** Told the channel of a refused call (never its input). */
  readonly onForbiddenSender?: (channel: Channel) => void;
}

const forbiddenSender: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: 'This request did not come from the Dossier window.', issues: [] },
};

/** Registers every channel and returns a function that removes them all again. */
export function registerIpcHandlers(options: RegisterOptions): () => void {
  for (const channel of channels) {
    options.ipcMain.handle(channelName(channel), (event, input) => {
      if (!isTrustedSender(event, options.trusted)) {
        options.onForbiddenSender?.(channel);
        return Promise.resolve(forbiddenSender);
      }
      return invokeChannel(options.handlers, channel, input, options.hooks);
    });
  }
  return () => {
    for (const channel of channels) options.ipcMain.removeHandler(channelName(channel));
  };
}
