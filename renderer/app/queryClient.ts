import { QueryClient } from '@tanstack/react-query';

/** The one cache of what the backend answered; every change to the record refreshes it. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
