// Settings → Your data: a copy of the whole record, one list as a spreadsheet, and bringing
// an archive back in.
import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconFileDownload, IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate } from '../../../shared/dates';
import { exportTableLabels, exportTables, type ExportTable } from '../../../shared/exports/schema';
import { errorMessage, RequestError } from '../../app/client';
import { useImportArchive } from '../imports/queries';
import { ExportDialog } from './ExportDialog';
import { useExportEverything, useExportList } from './queries';

export function YourDataPanel() {
  const [dialog, setDialog] = useState<'all' | 'list' | null>(null);
  const [list, setList] = useState<ExportTable>('employers');
  const exportEverything = useExportEverything();
  const exportList = useExportList();
  const importArchive = useImportArchive();
  const bringIn = () =>
    importArchive.mutate(
      {},
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'teal',
            message: `Added ${result.added.toLocaleString('en-GB')} records from ${result.fileName} (exported ${formatDate(result.exportedAt)}).${
              result.alreadyHad > 0 ? ` ${result.alreadyHad.toLocaleString('en-GB')} were already in your record.` : ''
            }`,
          });
        },
      },
    );
  const cancelled = importArchive.error instanceof RequestError && importArchive.error.error.code === 'cancelled';
  return (
    <Paper withBorder p="lg" id="your-data" tabIndex={-1}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            Your data
          </Title>
          <Text size="sm" c="dimmed">
            Export everything to keep a copy of your whole record, or to carry on with it on another computer. It holds
            names and notes, so keep it as safe as this computer. Export a list to work on it in a spreadsheet.
          </Text>
        </div>
        <Group gap="xs">
          <Button leftSection={<IconArchive size={16} />} onClick={() => setDialog('all')}>
            Export everything
          </Button>
          <Button variant="default" leftSection={<IconFileDownload size={16} />} onClick={() => setDialog('list')}>
            Export a list
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileUpload size={16} />}
            onClick={bringIn}
            loading={importArchive.isPending}
          >
            Import an archive
          </Button>
        </Group>
        {importArchive.error && (
          <Alert color={cancelled ? 'gray' : 'red'} role="alert">
            {errorMessage(importArchive.error)}
          </Alert>
        )}
      </Stack>
      <ExportDialog
        opened={dialog === 'all'}
        onClose={() => setDialog(null)}
        title="Export everything"
        formats={[
          {
            value: 'archive',
            label: 'Bridgework archive (.jsonl)',
            description:
              'Every employer, person, contact, promise, note, case study and setting. Import it into Bridgework to get your record back exactly.',
          },
        ]}
        run={(_format, jobId) => exportEverything.mutateAsync({ jobId })}
      />
      <ExportDialog
        opened={dialog === 'list'}
        onClose={() => setDialog(null)}
        title="Export a list"
        formats={[
          { value: 'xlsx', label: 'Excel (.xlsx)', description: 'Dates and numbers ready to sort and filter.' },
          { value: 'csv', label: 'CSV', description: 'For any spreadsheet or another system.' },
        ]}
        run={(format, jobId) => exportList.mutateAsync({ table: list, format, jobId })}
      >
        <Select
          label="List"
          data={exportTables.map((table) => ({ value: table, label: exportTableLabels[table] }))}
          value={list}
          onChange={(value) => value && setList(value as ExportTable)}
          allowDeselect={false}
        />
      </ExportDialog>
    </Paper>
  );
}
