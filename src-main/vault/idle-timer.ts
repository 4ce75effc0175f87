export interface TimerPort {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: TimerPort = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // An idle timer alone must not keep the CLI process alive.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleTimer {
  /** (Re)starts the countdown. */
  restart(): void;
  stop(): void;
  setTimeoutMs(ms: number): void;
}

/** Timers overflow above 2^31 - 1 ms and fire at once; a longer timeout is capped instead. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function createIdleTimer(timers: TimerPort, initialMs: number, onIdle: () => void): IdleTimer {
  let ms = initialMs;
  let handle: unknown;
  let running = false;
  const stop = () => {
    if (running) timers.clearTimeout(handle);
    running = false;
  };
  const restart = () => {
    stop();
    running = true;
    handle = timers.setTimeout(
      () => {
        running = false;
        onIdle();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
  };
  return {
    restart,
    stop,
    setTimeoutMs(next) {
      ms = next;
      if (running) restart();
    },
  };
}
