import { useEffect, useRef } from 'react';

const activityEvents = ['keydown', 'pointerdown', 'wheel', 'focusin'] as const;

/** Calls `onIdle` after `minutes` without keyboard or pointer activity while `enabled`. */
export function useIdleLock(enabled: boolean, minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => onIdleRef.current(), minutes * 60_000);
    };
    restart();
    for (const name of activityEvents) window.addEventListener(name, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, restart);
    };
  }, [enabled, minutes]);
}
