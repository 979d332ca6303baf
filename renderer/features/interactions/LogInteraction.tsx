// Logging contact from anywhere: Ctrl/Cmd+L (see AppCommands) opens the form, with the employer filled in when
// you are on an employer's page. For a call: type the summary, press Enter, done.
import { Center, Loader, Modal } from '@mantine/core';
import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';

// The form (with its date and number inputs) loads the first time it is opened.
const InteractionForm = lazy(() => import('./InteractionForm').then((module) => ({ default: module.InteractionForm })));

type Request = { employerId?: string; interactionId?: string; status?: 'planned' };
const LogInteractionContext = createContext<(request?: Request) => void>(() => {});

export const useLogInteraction = () => useContext(LogInteractionContext);

export function LogInteractionProvider({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [request, setRequest] = useState<Request | null>(null);
  const employerHere = location.match(/^\/employers\/([0-9a-f-]{36})/)?.[1];
  const open = (next: Request = {}) => setRequest({ employerId: employerHere, ...next });
  return (
    <LogInteractionContext.Provider value={open}>
      {children}
      <Modal
        opened={request !== null}
        onClose={() => setRequest(null)}
        title={request?.interactionId ? 'Edit contact' : 'Log contact'}
        size="lg"
      >
        {request && (
          <Suspense
            fallback={
              <Center h={240}>
                <Loader aria-label="Opening the form" />
              </Center>
            }
          >
            <InteractionForm request={request} onDone={() => setRequest(null)} />
          </Suspense>
        )}
      </Modal>
    </LogInteractionContext.Provider>
  );
}
