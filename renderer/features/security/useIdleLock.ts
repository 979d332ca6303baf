// Locks a protected record after the chosen minutes with no keyboard or mouse use.
import { useEffect, useRef } from 'react';
import { useSettings } from '../settings/queries';
import { lockNow } from './queries';

const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleLock() {
  const settings = useSettings();
  const minutes = settings.data?.encrypted ? settings.data.lockAfterMinutes : 0;
  // Time unused counts from when the app opened (or was last used), not from when the setting
  // arrived or last changed.
  const lastUsed = useRef(Date.now());
  useEffect(() => {
    if (!minutes) return;
    const seen = () => (lastUsed.current = Date.now());
    for (const event of activity) window.addEventListener(event, seen, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastUsed.current < minutes * 60_000) return;
      lastUsed.current = Date.now();
      lockNow();
    }, 15_000);
    return () => {
      window.clearInterval(timer);
      for (const event of activity) window.removeEventListener(event, seen);
    };
  }, [minutes]);
}
