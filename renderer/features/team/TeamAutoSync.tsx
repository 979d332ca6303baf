// A team's laptops keep in step without anyone pressing Sync now: every two minutes, and when the
// window comes back into use. Problems show in Settings → Team, not as interruptions.
import { useEffect } from 'react';
import { change } from '../../app/mutations';
import { queryClient } from '../../app/queryClient';
import { teamQueries, useTeamStatus } from './queries';

const everyMs = 2 * 60_000;

export function TeamAutoSync() {
  const status = useTeamStatus();
  const inTeam = Boolean(status.data?.team);
  useEffect(() => {
    if (!inTeam) return;
    let running = false;
    const sync = async () => {
      if (running || document.hidden) return;
      running = true;
      try {
        const { applied } = await change('team.sync', undefined, 'nothing');
        // Colleagues' changes may show anywhere; otherwise only the team's own status moved.
        await queryClient.invalidateQueries(applied > 0 ? undefined : { queryKey: teamQueries.all });
      } catch {
        await queryClient.invalidateQueries({ queryKey: teamQueries.all });
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void sync(), everyMs);
    const onFocus = () => void sync();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [inTeam]);
  return null;
}
