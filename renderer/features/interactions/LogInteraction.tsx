// Logging contact from anywhere: Ctrl/Cmd+L opens the form, with the employer filled in when
// you are on an employer's page. For a call: type the summary, press Enter, done.
import { Modal } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { InteractionForm } from './InteractionForm';

type Request = { employerId?: string; interactionId?: string; status?: 'planned' };
const LogInteractionContext = createContext<(request?: Request) => void>(() => {});

export const useLogInteraction = () => useContext(LogInteractionContext);

export function LogInteractionProvider({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [request, setRequest] = useState<Request | null>(null);
  const employerHere = location.match(/^\/employers\/([0-9a-f-]{36})/)?.[1];
  const open = (next: Request = {}) => setRequest({ employerId: employerHere, ...next });
  useHotkeys([['mod+L', () => open()]], []);
  return (
    <LogInteractionContext.Provider value={open}>
      {children}
      <Modal
        opened={request !== null}
        onClose={() => setRequest(null)}
        title={request?.interactionId ? 'Edit contact' : 'Log contact'}
        size="lg"
      >
        {request && <InteractionForm request={request} onDone={() => setRequest(null)} />}
      </Modal>
    </LogInteractionContext.Provider>
  );
}
