import { DossierError, isDossierError } from '../core/errors.ts';
import { validationError } from '../core/model/interchange.ts';
import { contract, isChannel, type Channel, type Output, type ParsedInput, type Result } from './contract.ts';

/** A transport-free handler map: the same functions serve ipcMain, the CLI and the e2e bridge. */
export type Handlers = { readonly [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> };

export interface InvokeHooks {
  /** Called before every handler; the vault uses it to reset its idle timer. */
  readonly onActivity?: () => void;
  /** Called with unexpected (non-typed) errors; it must not log client data. */
  readonly onInternalError?: (channel: string, error: unknown) => void;
}

/**
 * Parses untrusted input for a channel, calls its handler and wraps the outcome in a typed
 * result. Never throws: unknown channels, bad input and handler failures all become errors.
 */
export async function invokeChannel(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  hooks: InvokeHooks = {},
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown request.', issues: [] } };
  }
  try {
    const parsed = contract[channel].input.safeParse(rawInput);
    if (!parsed.success) throw validationError('The request', parsed.error);
    hooks.onActivity?.();
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toIpcError(channel, error, hooks) };
  }
}

function toIpcError(channel: string, error: unknown, hooks: InvokeHooks) {
  if (isDossierError(error)) {
    return { code: error.code, message: error.message, issues: [...error.issues] };
  }
  hooks.onInternalError?.(channel, error);
  const internal = new DossierError('INTERNAL', 'Something went wrong inside Dossier. Your saved data was not changed.');
  return { code: internal.code, message: internal.message, issues: [] };
}
