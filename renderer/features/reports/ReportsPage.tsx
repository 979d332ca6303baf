// The funder report on screen: choose a period and, if you like, a programme or a funder.
import { Alert, Button, Checkbox, Group, Loader, MultiSelect, Select, Stack, Text, Title } from '@mantine/core';
import { useSessionStorage } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import dayjs from 'dayjs';
import { formatDate } from '../../../shared/dates';
import type { reportFormats } from '../../../shared/reports/schema';
import { outcomesNote } from '../../../shared/reports/tables';
import { errorMessage, RequestError } from '../../app/client';
import { useCaseStudies } from '../caseStudies/queries';
import { ExportDialog, type ExportFormat } from '../exports/ExportDialog';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useProgrammeOptions } from '../programmes/queries';
import { useExportReport, useFunders, useFunderReport } from './queries';
import { ReportSections } from './ReportSections';

type Choice = { from: string; to: string; programmeId: string; funder: string; includeLaterOutcomes?: boolean };

const formats: ExportFormat<(typeof reportFormats)[number]>[] = [
  { value: 'pdf', label: 'PDF', description: 'Ready to send or print, with the charts' },
  { value: 'docx', label: 'Word', description: 'With the charts, to edit further in Word or LibreOffice' },
  { value: 'xlsx', label: 'Excel', description: 'Each table on its own sheet, as numbers you can work with' },
  { value: 'csv', label: 'CSV', description: 'Every table in one file, for any spreadsheet' },
];

const lastTwelveMonths = (): Choice => ({
  from: dayjs().subtract(1, 'year').add(1, 'day').format('YYYY-MM-DD'),
  to: dayjs().format('YYYY-MM-DD'),
  programmeId: '',
  funder: '',
});

export function ReportsPage() {
  const [choice, setChoice] = useSessionStorage<Choice>({ key: 'reports.choice', defaultValue: lastTwelveMonths() });
  const programmes = useProgrammeOptions();
  const funders = useFunders();
  const exportReport = useExportReport();
  const input = {
    from: choice.from,
    to: choice.to,
    programmeId: choice.programmeId || null,
    funder: choice.funder || null,
    includeLaterOutcomes: choice.includeLaterOutcomes ?? false,
  };
  const report = useFunderReport(input);
  const periodClosed = choice.to < dayjs().format('YYYY-MM-DD');
  const fieldError = (field: string) =>
    report.error instanceof RequestError ? report.error.error.fieldErrors?.[field] : undefined;
  const change = (part: Partial<Choice>) => setChoice((current) => ({ ...current, ...part }));
  const [exporting, setExporting] = useState(false);
  const [caseStudyIds, setCaseStudyIds] = useState<string[]>([]);
  const studies = useCaseStudies();
  return (
    <Stack gap="lg" maw={1100} pb="xl">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Funder report</Title>
          <Text c="dimmed">
            What your relationships with employers produced in a period. Every share shows its count and what it is out
            of.
          </Text>
        </div>
        <Button leftSection={<IconDownload size={16} />} onClick={() => setExporting(true)} disabled={!report.data}>
          Export report
        </Button>
      </Group>
      <ExportDialog
        opened={exporting}
        onClose={() => setExporting(false)}
        title="Export the funder report"
        formats={formats}
        run={(format, jobId) =>
          exportReport.mutateAsync({
            ...input,
            format,
            caseStudyIds,
            jobId,
          })
        }
      >
        <MultiSelect
          label="Case studies to add (optional)"
          description="Added at the end of PDF and Word exports, in the order you choose them"
          placeholder={caseStudyIds.length ? undefined : 'Choose case studies'}
          data={(studies.data ?? []).map((study) => ({
            value: study.id,
            label: `${study.title}${study.anonymise ? ' (anonymised)' : ''}`,
          }))}
          value={caseStudyIds}
          onChange={setCaseStudyIds}
          searchable
          nothingFoundMessage="No case studies yet"
        />
      </ExportDialog>
      <Group align="flex-start">
        <UkDateInput
          label="From"
          w={180}
          clearable={false}
          value={choice.from}
          onChange={(from) => change({ from })}
          error={fieldError('from')}
        />
        <UkDateInput
          label="To"
          w={180}
          clearable={false}
          value={choice.to}
          onChange={(to) => change({ to })}
          error={fieldError('to')}
        />
        {programmes.length > 0 && (
          <Select
            label="Programme"
            placeholder="All programmes"
            data={programmes}
            clearable
            w={240}
            value={choice.programmeId || null}
            onChange={(programmeId) => change({ programmeId: programmeId ?? '', funder: '' })}
          />
        )}
        {(funders.data?.length ?? 0) > 0 && (
          <Select
            label="Funder"
            placeholder="All funders"
            data={funders.data ?? []}
            clearable
            w={240}
            value={choice.funder || null}
            onChange={(funder) => change({ funder: funder ?? '', programmeId: '' })}
          />
        )}
      </Group>
      {periodClosed && (
        <Checkbox
          label={`Include outcomes recorded since ${formatDate(choice.to)}`}
          description="Count starts and job checks that people referred in the period reached after it ended. Leave it clear to report the period as it stood on its last day."
          checked={input.includeLaterOutcomes}
          onChange={(event) => change({ includeLaterOutcomes: event.currentTarget.checked })}
        />
      )}
      {report.isError && !fieldError('from') && !fieldError('to') && (
        <Alert color="red" title="The report could not be made">
          {errorMessage(report.error)}
        </Alert>
      )}
      {report.isPending ? (
        <Loader aria-label="Making the report" />
      ) : (
        report.data && (
          <>
            <Text fw={600}>
              {formatDate(report.data.period.from)} to {formatDate(report.data.period.to)}
              {report.data.scope.programmeName ? ` · ${report.data.scope.programmeName}` : ''}
              {report.data.scope.funder ? ` · programmes funded by ${report.data.scope.funder}` : ''}
            </Text>
            <Text size="sm" c="dimmed" mt={-12}>
              {outcomesNote(report.data)}
            </Text>
            <ReportSections report={report.data} />
          </>
        )
      )}
    </Stack>
  );
}
