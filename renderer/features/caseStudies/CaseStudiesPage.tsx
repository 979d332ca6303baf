// Every case study, newest first. A case study is started from an employer's page.
import { Anchor, Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { formatDate, formatDateTime } from '../../../shared/dates';
import { useCaseStudies } from './queries';

export function CaseStudiesPage() {
  const studies = useCaseStudies();
  return (
    <Stack gap="lg" maw={1100} pb="xl">
      <div>
        <Title order={1}>Case studies</Title>
        <Text c="dimmed">
          Stories for funders, drafted from your record. To start one, open an employer and choose More, then Start a
          case study.
        </Text>
      </div>
      {studies.isPending ? (
        <Loader aria-label="Loading case studies" />
      ) : studies.data?.length === 0 ? (
        <Paper withBorder p="xl">
          <Text fw={600}>No case studies yet.</Text>
          <Text c="dimmed">
            Open an employer you have worked with, choose More, then Start a case study. Bridgework drafts it from what
            you have recorded.
          </Text>
        </Paper>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th>Employer</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th>Last saved</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {studies.data?.map((study) => (
              <Table.Tr key={study.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Anchor component={Link} href={`/case-studies/${study.id}`} fw={600}>
                      {study.title}
                    </Anchor>
                    {study.anonymise && (
                      <Badge variant="light" color="gray" radius="sm" tt="none">
                        Anonymised
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{study.employerName}</Table.Td>
                <Table.Td>
                  {formatDate(study.periodFrom)} to {formatDate(study.periodTo)}
                </Table.Td>
                <Table.Td>{formatDateTime(study.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
