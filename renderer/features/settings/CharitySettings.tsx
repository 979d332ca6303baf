// The charity's name and logo, and your own name, printed on every case study and report you export.
import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Logo } from '../../../shared/documents/model';
import type { Settings } from '../../../shared/settings/schema';
import { NothingSaved, SaveForm, useServerErrors } from '../../app/components/ServerErrors';
import { useRecordMutation } from '../../app/mutations';
import { LogoInput } from './LogoInput';
import { YourNameInput } from './YourNameInput';
import { useSettings } from './queries';

export function CharitySettings() {
  const settings = useSettings();
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4">
        Your charity on exports
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Case studies and reports you export show your charity’s name and logo at the top, and who produced them.
      </Text>
      {settings.data && <CharityForm charity={settings.data.charity} yourName={settings.data.yourName} />}
    </Paper>
  );
}

function CharityForm({ charity, yourName }: { charity: Settings['charity']; yourName: string }) {
  const update = useRecordMutation('settings.update');
  const [name, setName] = useState(charity.name);
  const [producer, setProducer] = useState(yourName);
  const [logo, setLogo] = useState<Logo | null>(charity.logo);
  const server = useServerErrors();
  const save = async () => {
    try {
      await update.mutateAsync({ charity: { name, logo }, yourName: producer });
      server.setErrors({});
      notifications.show({ color: 'teal', message: 'Saved your charity’s details and your name.' });
    } catch (error) {
      server.report(error);
    }
  };
  const logoError = Object.entries(server.errors).find(([field]) => field.startsWith('charity.logo'))?.[1];
  return (
    <SaveForm onSave={save}>
      <Stack gap="sm">
        <NothingSaved problem={server.problem} />
        <TextInput
          label="Charity name"
          placeholder="For example, Northside Works"
          maw={420}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={server.errors['charity.name']}
        />
        <LogoInput logo={logo} onChange={setLogo} error={logoError} />
        <YourNameInput value={producer} onChange={setProducer} error={server.errors.yourName} />
        <Button type="submit" w="fit-content" loading={update.isPending}>
          Save these details
        </Button>
      </Stack>
    </SaveForm>
  );
}
