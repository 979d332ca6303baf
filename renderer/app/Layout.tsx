import { AppShell, Box, Group, Image, Kbd, NavLink, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconBuildingFactory2,
  IconCalendarDue,
  IconCoins,
  IconFileImport,
  IconFileText,
  IconHelpCircle,
  IconReportAnalytics,
  IconSearch,
  IconSettings,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import iconUrl from '../../resources/icon.svg';
import { DamageBanner } from '../features/backups/DamageBanner';
import { LogInteractionProvider } from '../features/interactions/LogInteraction';
import { useIdleLock } from '../features/security/useIdleLock';
import { SampleDataBanner } from '../features/welcome/SampleDataBanner';
import { AppCommands } from './AppCommands';
import { ErrorBoundary } from './ErrorBoundary';
import { RecordDialogsProvider } from './RecordDialogs';
import { SearchPalette, searchPalette } from '../features/search/SearchPalette';
import { MailCapture } from '../features/mail/MailCapture';
import { TeamAutoSync } from '../features/team/TeamAutoSync';
import { TeamIndicator } from '../features/team/TeamIndicator';

const areas = [
  { href: '/today', label: 'Today', icon: IconCalendarDue },
  { href: '/employers', label: 'Employers', icon: IconBuildingFactory2 },
  { href: '/people', label: 'People', icon: IconUsers },
  { href: '/programmes', label: 'Programmes', icon: IconCoins },
  { href: '/reports', label: 'Reports', icon: IconReportAnalytics },
  { href: '/case-studies', label: 'Case studies', icon: IconFileText },
];
const housekeeping = [
  { href: '/import', label: 'Import', icon: IconFileImport },
  { href: '/trash', label: 'Trash', icon: IconTrash },
  { href: '/settings', label: 'Settings', icon: IconSettings },
  { href: '/help', label: 'Help', icon: IconHelpCircle },
];

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  useIdleLock();
  // On the small laptops charities use (1366 or 1024 wide) the side menu is icons, named on hover
  // and to screen readers, so the lists keep the width.
  const narrow = useMediaQuery('(max-width: 1400px)', false, { getInitialValueInEffect: false });
  const link = ({ href, label, icon: Icon }: (typeof areas)[number]) => {
    const active = location === href || location.startsWith(`${href}/`);
    return (
      <Tooltip key={href} label={label} position="right" disabled={!narrow} withArrow>
        <NavLink
          component={Link}
          href={href}
          label={narrow ? undefined : label}
          aria-label={narrow ? label : undefined}
          leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
          active={active}
          aria-current={active ? 'page' : undefined}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        />
      </Tooltip>
    );
  };
  return (
    <AppShell navbar={{ width: narrow ? 64 : 220, breakpoint: 0 }} padding="lg">
      <AppShell.Navbar p="sm" aria-label="Main">
        <Group gap="xs" px={narrow ? 4 : 'xs'} py="sm" mb="sm">
          <Image src={iconUrl} w={28} h={28} alt="" />
          <Title order={2} size="h4" className={narrow ? 'visually-hidden' : undefined}>
            Bridgework
          </Title>
        </Group>
        <Tooltip label="Search (Ctrl K)" position="right" disabled={!narrow} withArrow>
          <UnstyledButton
            onClick={() => searchPalette.open()}
            mb="sm"
            px="sm"
            py={8}
            aria-label={narrow ? 'Search' : undefined}
            style={{
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-md)',
            }}
          >
            <Group gap="xs" wrap="nowrap">
              <IconSearch size={16} aria-hidden />
              {!narrow && (
                <>
                  <Text size="sm" style={{ flex: 1 }}>
                    Search
                  </Text>
                  <Kbd size="xs">Ctrl K</Kbd>
                </>
              )}
            </Group>
          </UnstyledButton>
        </Tooltip>
        <Stack gap={2} component="nav" aria-label="Areas">
          {areas.map(link)}
        </Stack>
        <Stack gap={2} mt="auto" component="nav" aria-label="Housekeeping">
          <TeamIndicator narrow={narrow} />
          {housekeeping.map(link)}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <LogInteractionProvider>
          <RecordDialogsProvider>
            <SearchPalette />
            <MailCapture />
            <TeamAutoSync />
            <AppCommands />
            <Box maw={1400} h="calc(100vh - 2 * var(--mantine-spacing-lg))">
              <DamageBanner />
              <SampleDataBanner />
              <ErrorBoundary resetKey={location}>{children}</ErrorBoundary>
            </Box>
          </RecordDialogsProvider>
        </LogInteractionProvider>
      </AppShell.Main>
    </AppShell>
  );
}
