import { Paper, SegmentedControl, Stack, Title, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { AboutDetails } from '../help/AboutDetails';
import { RecentChanges } from '../changes/RecentChanges';
import { CadenceSettings } from './CadenceSettings';
import { BackupsPanel } from '../backups/BackupsPanel';
import { CalendarPanel } from '../calendar/CalendarPanel';
import { TeamPanel } from '../team/TeamPanel';
import { YourDataPanel } from '../exports/YourDataPanel';
import { PrivacyPanel } from '../privacy/PrivacyPanel';
import { SecurityPanel } from '../security/SecurityPanel';
import { CharitySettings } from './CharitySettings';
import { ReferenceSettings } from './ReferenceSettings';

export function SettingsPage() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>Settings</Title>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4" id="appearance">
            Appearance
          </Title>
          <SegmentedControl
            aria-labelledby="appearance"
            value={colorScheme}
            onChange={(value) => setColorScheme(value as MantineColorScheme)}
            data={[
              { value: 'auto', label: 'Match my computer' },
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
            ]}
            w="fit-content"
          />
        </Stack>
      </Paper>
      <RecentChanges />
      <CadenceSettings />
      <BackupsPanel />
      <CalendarPanel />
      <TeamPanel />
      <SecurityPanel />
      <YourDataPanel />
      <PrivacyPanel />
      <CharitySettings />
      <ReferenceSettings />
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          About this copy of Bridgework
        </Title>
        <AboutDetails />
      </Paper>
    </Stack>
  );
}
