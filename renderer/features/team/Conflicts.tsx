// Fields changed on two laptops at once: the later change stands everywhere; keep it or put the
// other back.
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../../../shared/dates';
import type { TeamConflict } from '../../../shared/team/schema';
import type { VocabularyListName } from '../../../shared/vocabulary';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useResolveConflict, useTeamConflicts } from './queries';

const fieldNames: Record<string, string> = {
  locality: 'area',
  occurred_at: 'date',
  deleted_at: 'place in Trash',
  follow_up_on: 'follow-up date',
  due_on: 'due date',
};
/** Fields holding a code from one of the lists, shown by its label. */
const fieldLists: Record<string, VocabularyListName> = { phase: 'phase', sector: 'sector', kind: 'interaction_kind' };

/** "Sam Taylor and Priya Shah both changed the phase of the employer “Greggs plc” on 3 Mar 2026." */
function bothChanged(conflict: TeamConflict, what: string) {
  const names = [...new Set([conflict.otherBy, conflict.keptBy])];
  const who =
    names.length === 2 && names.every(Boolean)
      ? `${names[0]} and ${names[1]} both changed`
      : names.length === 1 && names[0]
        ? `${names[0]} changed, on two laptops,`
        : 'Two laptops changed';
  return `${who} ${what} on ${formatDate(conflict.changedAt)}.`;
}

export function Conflicts() {
  const conflicts = useTeamConflicts();
  const resolve = useResolveConflict();
  const vocabulary = useVocabulary();
  if (!conflicts.data?.length) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Changed on two laptops at once
      </Title>
      <Text size="sm">The later change stands on every laptop. Keep it, or put the other one back.</Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>What</Table.Th>
            <Table.Th>Stands</Table.Th>
            <Table.Th>The other change</Table.Th>
            <Table.Th>
              <span className="visually-hidden">Settle it</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conflicts.data.map((conflict) => {
            const list = fieldLists[conflict.field];
            const shown = (value: unknown) =>
              value === null || value === ''
                ? '(empty)'
                : list && typeof value === 'string'
                  ? vocabulary.label(list, value)
                  : String(value);
            const what = `the ${fieldNames[conflict.field] ?? conflict.field.replace(/_/g, ' ')} of ${conflict.what}`;
            const by = (name: string | null) => (name ? ` (${name})` : '');
            return (
              <Table.Tr key={conflict.id}>
                <Table.Td>{bothChanged(conflict, what)}</Table.Td>
                <Table.Td>
                  {shown(conflict.kept)}
                  {by(conflict.keptBy)}
                </Table.Td>
                <Table.Td>
                  {shown(conflict.other)}
                  {by(conflict.otherBy)}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {(['standing', 'other'] as const).map((keep) => (
                      <Button
                        key={keep}
                        size="compact-sm"
                        variant={keep === 'standing' ? 'light' : 'subtle'}
                        onClick={() => resolve.mutate({ id: conflict.id, keep })}
                      >
                        {keep === 'standing' ? `Keep ${shown(conflict.kept)}` : `Use ${shown(conflict.other)}`}
                        <span className="visually-hidden"> for {what}</span>
                      </Button>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
