import { Button, FileInput, Group, Radio, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { importTargetLabels, importTargets, type ImportTarget } from '../../../shared/imports/fields';
import type { ImportWizard } from './useImportWizard';

const descriptions: Record<ImportTarget, string> = {
  employers: 'One row for each employer. A contact’s name, job title and email on the row are added too.',
  people: 'One row for each person, with the employer they work for. Contacts saved as vCard (.vcf) go here.',
  interactions: 'One row for each call, email, meeting or visit, with the employer’s name and the date.',
};

export function ChooseFileStep({ wizard }: { wizard: ImportWizard }) {
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const read = () => {
    if (!file) return setMissing(true);
    void wizard.readFile(file);
  };
  return (
    <Stack gap="md" maw={640}>
      <Radio.Group
        label="What does the file hold?"
        value={wizard.target}
        onChange={(value) => wizard.chooseTarget(value as ImportTarget)}
      >
        <Stack gap="xs" mt="xs">
          {importTargets.map((target) => (
            <Radio key={target} value={target} label={importTargetLabels[target]} description={descriptions[target]} />
          ))}
        </Stack>
      </Radio.Group>
      <FileInput
        label="File"
        description="A spreadsheet saved as Excel (.xlsx) or CSV, or contacts saved as vCard (.vcf). Nothing is added until you have checked it."
        placeholder="Choose a file"
        accept=".csv,.txt,.tsv,.xlsx,.vcf,text/csv,text/vcard"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        value={file}
        onChange={(chosen) => {
          setFile(chosen);
          setMissing(false);
        }}
        error={missing ? 'Choose a file to import' : wizard.problem}
        clearable
      />
      <Text size="sm" c="dimmed">
        Bridgework reads files in any common layout: commas, semicolons or tabs; UTF-8 or Windows text; dates like
        22/11/2026 or 22 Nov 2026.
      </Text>
      <Group>
        <Button onClick={read} loading={wizard.busy}>
          Read the file
        </Button>
      </Group>
    </Stack>
  );
}
