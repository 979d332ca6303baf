// Locks a protected record after the chosen minutes with no keyboard or mouse use.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { invoke } from '../../app/client';

const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the record; the next call is answered "locked", which brings up the lock screen. */
export function lockNow() {
  void invoke('security.lock')
    .then(() => invoke('app.info'))
    .catch(() => undefined);
}

export function useIdleLock() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => invoke('settings.get') });
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
