// The charity's name and logo, printed at the top of every case study and report you export.
import { Button, FileInput, Group, Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Logo } from '../../../shared/documents/model';
import type { Settings } from '../../../shared/settings/schema';
import { invoke } from '../../app/client';
import { NothingSaved, SaveForm, useServerErrors } from '../../app/components/ServerErrors';
import { useRecordMutation } from '../../app/mutations';

const maxLogoBytes = 500 * 1024;

export function CharitySettings() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => invoke('settings.get') });
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4">
        Your charity on exports
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Case studies and reports you export show your charity’s name and logo at the top.
      </Text>
      {settings.data && <CharityForm charity={settings.data.charity} />}
    </Paper>
  );
}

function CharityForm({ charity }: { charity: Settings['charity'] }) {
  const update = useRecordMutation('settings.update');
  const [name, setName] = useState(charity.name);
  const [logo, setLogo] = useState<Logo | null>(charity.logo);
  const server = useServerErrors();
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const chooseLogo = async (file: File | null) => {
    setLogoProblem(null);
    if (!file) return setLogo(null);
    if (!/^image\/(png|jpeg)$/.test(file.type)) return setLogoProblem('Choose a PNG or JPEG picture for the logo');
    if (file.size > maxLogoBytes) return setLogoProblem('Choose a logo file of 500 KB or less');
    try {
      setLogo(await readLogo(file));
    } catch {
      setLogoProblem('That picture could not be read. Choose another PNG or JPEG file.');
    }
  };
  const save = async () => {
    try {
      await update.mutateAsync({ charity: { name, logo } });
      server.setErrors({});
      notifications.show({ color: 'teal', message: 'Saved your charity’s name and logo.' });
    } catch (error) {
      server.report(error);
    }
  };
  const logoError =
    logoProblem ?? Object.entries(server.errors).find(([field]) => field.startsWith('charity.logo'))?.[1];
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
        <Group align="flex-end">
          <FileInput
            label="Logo (optional)"
            description="A PNG or JPEG picture, up to 500 KB"
            placeholder={logo ? 'Choose a different picture' : 'Choose a picture'}
            accept="image/png,image/jpeg"
            w={300}
            onChange={(file) => void chooseLogo(file)}
            error={logoError}
          />
          {logo && (
            <>
              <Image
                src={logo.dataUrl}
                alt="Your logo"
                h={48}
                w={Math.round((48 * logo.width) / logo.height)}
                maw={240}
                fit="contain"
              />
              <Button variant="subtle" color="gray" onClick={() => setLogo(null)}>
                Remove logo
              </Button>
            </>
          )}
        </Group>
        <Button type="submit" w="fit-content" loading={update.isPending}>
          Save name and logo
        </Button>
      </Stack>
    </SaveForm>
  );
}

/** The picture as a data URL with its size, so exports can place it without reading the file again. */
function readLogo(file: File): Promise<Logo> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error('unreadable'));
    reader.onload = () => {
      const dataUrl = String(reader.result);
      const image = new window.Image();
      image.onerror = () => reject(new Error('not a picture'));
      image.onload = () => resolve({ dataUrl, width: image.naturalWidth, height: image.naturalHeight });
      image.src = dataUrl;
    };
    reader.readAsDataURL(file);
  });
}
