import type { Page } from '@playwright/test';

/**
 * What a person would have had to do to drive the page, counted in the page itself:
 * - a click is a trusted `click` event (a mouse click, a `check`, a tap of a button by the test);
 *   choosing an option of a native select without clicking counts as one click too;
 * - a keystroke is a trusted `keydown` event (typed text, Tab, Enter, arrows, shortcuts), plus one
 *   for every character that arrived in a trusted `input` event without a key before it (text put
 *   in by `fill` or a paste, which a person would have typed).
 */
export interface InputTally {
  readonly clicks: number;
  readonly keystrokes: number;
}

interface TallyState {
  clicks: number;
  keystrokes: number;
  keyPending: boolean;
  pointerPending: boolean;
}

/** The little of the DOM the tally reads (this file is compiled without the DOM library). */
interface PageEvent {
  readonly isTrusted: boolean;
  readonly target: { readonly tagName?: unknown } | null;
  readonly data?: unknown;
}
interface PageDocument {
  addEventListener(type: string, listener: (event: PageEvent) => void, options: { readonly capture: boolean }): void;
}

function installTally(): void {
  const state: TallyState = { clicks: 0, keystrokes: 0, keyPending: false, pointerPending: false };
  Object.defineProperty(globalThis, '__inputTally', { value: state, configurable: false, writable: false });
  const { document } = globalThis as unknown as { readonly document: PageDocument };
  const listen = (type: string, handle: (event: PageEvent) => void) =>
    document.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) handle(event);
      },
      { capture: true },
    );
  listen('pointerdown', () => {
    state.pointerPending = true;
  });
  listen('click', () => {
    state.clicks += 1;
    state.pointerPending = false;
  });
  listen('keydown', () => {
    state.keystrokes += 1;
    state.keyPending = true;
  });
  listen('keyup', () => {
    state.keyPending = false;
  });
  listen('input', (event) => {
    if (!state.keyPending && typeof event.data === 'string') state.keystrokes += [...event.data].length;
  });
  listen('change', (event) => {
    if (event.target?.tagName === 'SELECT' && !state.pointerPending && !state.keyPending) state.clicks += 1;
    state.pointerPending = false;
  });
}

/** Starts counting in every page of the context opened after this call (the init script runs before the app). */
export async function startTally(page: Page): Promise<void> {
  await page.context().addInitScript(installTally);
}

export async function readTally(page: Page): Promise<InputTally> {
  return page.evaluate(() => {
    const state = (globalThis as unknown as { __inputTally?: TallyState }).__inputTally;
    return { clicks: state?.clicks ?? 0, keystrokes: state?.keystrokes ?? 0 };
  });
}

export function tallyLine(tally: InputTally): string {
  return `Clicks: ${tally.clicks}, keystrokes: ${tally.keystrokes}`;
}
