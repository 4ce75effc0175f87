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
    handle = timers.setTimeout(() => {
      running = false;
      onIdle();
    }, ms);
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
