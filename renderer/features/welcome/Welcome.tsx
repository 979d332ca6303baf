// The first run: the charity, the user, where backups go and an optional passphrase, then how to
// start (empty, from a spreadsheet, or with sample data to explore). Shown once, on a new record.
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconDatabase, IconFileImport, IconPlant2 } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { Logo } from '../../../shared/documents/model';
import type { Settings } from '../../../shared/settings/schema';
import { errorMessage } from '../../app/client';
import { NothingSaved, SaveForm, useServerErrors } from '../../app/components/ServerErrors';
import { BackupsFolder } from '../backups/BackupsFolder';
import { PassphraseForm } from '../security/PassphraseForm';
import { LogoInput } from '../settings/LogoInput';
import { useFinishWelcome } from '../app/queries';
import { useSettings, useUpdateSettings } from '../settings/queries';
import { YourNameInput } from '../settings/YourNameInput';

export function Welcome() {
  const settings = useSettings();
  const [step, setStep] = useState(0);
  return (
    <Center mih="100vh" p="xl" component="main">
      <Paper withBorder radius="lg" p="xl" w="100%" maw={760} shadow="sm">
        <Stack gap="lg">
          <div>
            <Title order={1}>Welcome to Bridgework</Title>
            <Text c="dimmed">A few questions to set things up. You can change any of this later in Settings.</Text>
          </div>
          <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
            <Stepper.Step label="You and your charity">
              {settings.data && <AboutYou settings={settings.data} onDone={() => setStep(1)} />}
            </Stepper.Step>
            <Stepper.Step label="Keeping it safe">
              <KeepingItSafe
                encrypted={settings.data?.encrypted ?? false}
                onBack={() => setStep(0)}
                onDone={() => setStep(2)}
              />
            </Stepper.Step>
            <Stepper.Step label="How to start">
              <HowToStart onBack={() => setStep(1)} />
            </Stepper.Step>
          </Stepper>
        </Stack>
      </Paper>
    </Center>
  );
}

function AboutYou({ settings, onDone }: { settings: Settings; onDone: () => void }) {
  const [charityName, setCharityName] = useState(settings.charity.name);
  const [logo, setLogo] = useState<Logo | null>(settings.charity.logo);
  const [yourName, setYourName] = useState(settings.yourName);
  const server = useServerErrors();
  const update = useUpdateSettings();
  const save = () =>
    update.mutate(
      { charity: { name: charityName, logo }, yourName },
      {
        onSuccess: () => {
          server.setErrors({});
          onDone();
        },
        onError: (error) => server.report(error),
      },
    );
  return (
    <SaveForm onSave={async () => save()}>
      <Stack gap="md" mt="md">
        <NothingSaved problem={server.problem} />
        <TextInput
          label="Your charity’s name"
          description="It goes at the top of the case studies and reports you export."
          placeholder="For example, Northside Works"
          maw={420}
          value={charityName}
          onChange={(event) => setCharityName(event.currentTarget.value)}
          error={server.errors['charity.name']}
          data-autofocus
        />
        <LogoInput
          logo={logo}
          onChange={setLogo}
          error={Object.entries(server.errors).find(([field]) => field.startsWith('charity.logo'))?.[1]}
        />
        <YourNameInput value={yourName} onChange={setYourName} error={server.errors.yourName} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            Continue
          </Button>
        </Group>
      </Stack>
    </SaveForm>
  );
}

function KeepingItSafe({ encrypted, onBack, onDone }: { encrypted: boolean; onBack: () => void; onDone: () => void }) {
  const [settingPassphrase, setSettingPassphrase] = useState(false);
  return (
    <Stack gap="md" mt="md">
      <Stack gap={6}>
        <Title order={2} size="h4">
          Backups
        </Title>
        <Text size="sm">
          Bridgework backs up your whole record each day you use it. If you can, keep backups in a folder that is itself
          backed up, such as OneDrive or a shared drive.
        </Text>
        <BackupsFolder />
      </Stack>
      <Stack gap={6}>
        <Title order={2} size="h4">
          A passphrase (optional)
        </Title>
        {encrypted ? (
          <Alert color="teal">Your record and its backups are protected with your passphrase.</Alert>
        ) : settingPassphrase ? (
          <PassphraseForm mode="set" cancelLabel="Not now" onDone={() => setSettingPassphrase(false)} />
        ) : (
          <>
            <Text size="sm">
              With a passphrase, nobody can read your record or its backups without it. Write it down somewhere safe:
              nobody can recover it for you.
            </Text>
            <Button variant="default" w="fit-content" onClick={() => setSettingPassphrase(true)}>
              Set a passphrase
            </Button>
          </>
        )}
      </Stack>
      <Group>
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Button onClick={onDone}>Continue</Button>
      </Group>
    </Stack>
  );
}

const starts = [
  {
    start: 'empty',
    icon: IconPlant2,
    title: 'Start empty',
    text: 'Add your employers as you go.',
    page: '/employers',
  },
  {
    start: 'import',
    icon: IconFileImport,
    title: 'Import my spreadsheet',
    text: 'Bring in your employers from Excel or a CSV file. You check every row before anything is added.',
    page: '/import',
  },
  {
    start: 'sample',
    icon: IconDatabase,
    title: 'Explore with sample data',
    text: 'Try Bridgework with made-up employers. Remove them in one step when you are ready.',
    page: '/today',
  },
] as const;

function HowToStart({ onBack }: { onBack: () => void }) {
  const [, navigate] = useLocation();
  // The welcome closes as the record says it is set up, so what follows is said here.
  const finish = useFinishWelcome({
    onSuccess: (_result, { start }) => {
      navigate(starts.find((choice) => choice.start === start)!.page, { replace: true });
    },
  });
  const start = (choice: (typeof starts)[number]) => finish.mutate({ start: choice.start });
  return (
    <Stack gap="md" mt="md">
      <Stack gap="sm" role="group" aria-label="How to start">
        {starts.map((choice) => (
          <StartChoice
            key={choice.start}
            icon={<choice.icon size={26} stroke={1.6} aria-hidden />}
            title={choice.title}
            text={choice.text}
            busy={finish.isPending && finish.variables?.start === choice.start}
            disabled={finish.isPending}
            onClick={() => start(choice)}
          />
        ))}
      </Stack>
      {finish.isError && (
        <Alert color="red" title="Bridgework could not start" role="alert">
          {errorMessage(finish.error)}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
      </Group>
    </Stack>
  );
}

function StartChoice(props: {
  icon: ReactNode;
  title: string;
  text: string;
  busy: boolean;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <UnstyledButton className="start-choice" onClick={props.onClick} disabled={props.disabled} aria-busy={props.busy}>
      <Group wrap="nowrap" gap="md">
        {props.icon}
        <div>
          <Text fw={600}>{props.busy ? `${props.title}…` : props.title}</Text>
          <Text size="sm" c="dimmed">
            {props.text}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}
