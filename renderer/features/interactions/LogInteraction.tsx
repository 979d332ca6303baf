// Logging contact from anywhere: Ctrl/Cmd+L (see AppCommands) opens the form, with the employer
// filled in when you are on an employer's page. For a call: type the summary, press Enter, done.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { lazyNamed } from '../../app/lazyNamed';
import type { InteractionRequest } from './InteractionForm';

// The dialog and its form (date and number inputs) load the first time it is opened; the dialog
// opens once they have, so its first field takes the focus.
const InteractionDialog = lazyNamed(() => import('./InteractionDialog'), 'InteractionDialog');

const LogInteractionContext = createContext<(request?: InteractionRequest) => void>(() => {});

export const useLogInteraction = () => useContext(LogInteractionContext);

export function LogInteractionProvider({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [request, setRequest] = useState<InteractionRequest | null>(null);
  const employerHere = location.match(/^\/employers\/([0-9a-f-]{36})/)?.[1];
  const open = (next: InteractionRequest = {}) => setRequest({ employerId: employerHere, ...next });
  return (
    <LogInteractionContext.Provider value={open}>
      {children}
      {request && <InteractionDialog request={request} onClose={() => setRequest(null)} />}
    </LogInteractionContext.Provider>
  );
}
