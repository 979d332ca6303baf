// The first page's questions are asked before React draws anything, so the backend answers while
// the window is drawn, and Today appears with its lists in one go.
import type { QueryClient } from '@tanstack/react-query';
import { appQueries } from '../features/app/queries';
import { settingsQueries } from '../features/settings/queries';
import { prefetchToday } from '../features/today/queries';

export function askForFirstPage(client: QueryClient) {
  // Straight to Today, rather than drawing the app once at "/" and again after a redirect.
  if (!window.location.hash || window.location.hash === '#/') window.history.replaceState(null, '', '#/today');
  void client.prefetchQuery(appQueries.query('app.info'));
  void client.prefetchQuery(settingsQueries.query('settings.get'));
  if (window.location.hash === '#/today') prefetchToday(client);
}
