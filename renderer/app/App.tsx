import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './queryClient';
import 'dayjs/locale/en-gb';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Routes } from './Routes';
import { OpenedBackup } from '../features/backups/OpenedBackup';
import { LockScreen } from '../features/security/LockScreen';
import { StartupGate } from './StartupGate';
import { WelcomeGate } from '../features/welcome/WelcomeGate';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <DatesProvider settings={{ locale: 'en-gb', firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <QueryClientProvider client={queryClient}>
          <Router hook={useHashLocation}>
            <OpenedBackup />
            <LockScreen>
              <StartupGate>
                <WelcomeGate>
                  <Routes />
                </WelcomeGate>
              </StartupGate>
            </LockScreen>
          </Router>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
