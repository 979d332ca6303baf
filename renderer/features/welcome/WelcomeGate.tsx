// A new record starts with the welcome instead of the app.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { invoke } from '../../app/client';
import { Welcome } from './Welcome';

export function WelcomeGate({ children }: { children: ReactNode }) {
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => invoke('app.info') });
  return info.data?.firstRun ? <Welcome /> : children;
}
