// A new record starts with the welcome instead of the app.
import type { ReactNode } from 'react';
import { useAppInfo } from '../app/queries';
import { Welcome } from './Welcome';

export function WelcomeGate({ children }: { children: ReactNode }) {
  const info = useAppInfo();
  return info.data?.firstRun ? <Welcome /> : children;
}
