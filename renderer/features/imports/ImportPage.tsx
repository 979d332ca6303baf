// Import: bring employers, people and contacts in from the spreadsheets people already keep.
import { Stack, Stepper, Text, Title } from '@mantine/core';
import { ChooseFileStep } from './ChooseFileStep';
import { CheckRowsStep } from './CheckRowsStep';
import { ImportStep } from './ImportStep';
import { MatchColumnsStep } from './MatchColumnsStep';
import { useImportWizard, type WizardStep } from './useImportWizard';

const steps: WizardStep[] = ['file', 'columns', 'rows', 'import'];

export function ImportPage() {
  const wizard = useImportWizard();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Import</Title>
        <Text c="dimmed">
          Bring in employers, people and contacts from a spreadsheet. You see every row before anything is added.
        </Text>
      </div>
      <Stepper active={steps.indexOf(wizard.step)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Choose a file">
          <ChooseFileStep wizard={wizard} />
        </Stepper.Step>
        <Stepper.Step label="Match the columns">{wizard.preview && <MatchColumnsStep wizard={wizard} />}</Stepper.Step>
        <Stepper.Step label="Check the rows">{wizard.preview && <CheckRowsStep wizard={wizard} />}</Stepper.Step>
        <Stepper.Step label="Import">
          <ImportStep wizard={wizard} />
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
