// Fields changed on two laptops at once: the later change stands everywhere; keep it or put the
// other back. A record moved to Trash while a colleague changed it is back, and listed here too.
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../../../shared/dates';
import type { TeamConflict } from '../../../shared/team/schema';
import type { VocabularyListName } from '../../../shared/vocabulary';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useResolveConflict, useTeamConflicts } from './queries';

const fieldNames: Record<string, string> = {
  locality: 'area',
  occurred_at: 'date',
  follow_up_on: 'follow-up date',
  due_on: 'due date',
};
/** Fields holding a code from one of the lists, shown by its label. */
const fieldLists: Record<string, VocabularyListName> = { phase: 'phase', sector: 'sector', kind: 'interaction_kind' };

type Shown = { sentence: string; stands: string; other: string; keep: string; use: string };

/** "Sam Taylor and Priya Shah both changed the phase of the employer “Greggs plc” on 3 Mar 2026." */
function bothChanged(conflict: TeamConflict, label: (value: unknown) => string): Shown {
  const names = [...new Set([conflict.otherBy, conflict.keptBy])];
  const who =
    names.length === 2 && names.every(Boolean)
      ? `${names[0]} and ${names[1]} both changed`
      : names.length === 1 && names[0]
        ? `${names[0]} changed, on two laptops,`
        : 'Two laptops changed';
  const field = fieldNames[conflict.field] ?? conflict.field.replace(/_/g, ' ');
  const by = (name: string | null) => (name ? ` (${name})` : '');
  return {
    sentence: `${who} the ${field} of ${conflict.what} on ${formatDate(conflict.changedAt)}.`,
    stands: `${label(conflict.kept)}${by(conflict.keptBy)}`,
    other: `${label(conflict.other)}${by(conflict.otherBy)}`,
    keep: `Keep ${label(conflict.kept)}`,
    use: `Use ${label(conflict.other)}`,
  };
}

/** "Sam Taylor moved the employer “Greggs plc” to Trash while Priya Shah changed it. It is back, with the change." */
function cameBack(conflict: TeamConflict): Shown {
  const mover = conflict.otherBy ?? 'A colleague';
  const changer = conflict.keptBy ?? 'someone on another laptop';
  return {
    sentence: `${mover} moved ${conflict.what} to Trash while ${changer} changed it, on ${formatDate(conflict.changedAt)}. It is back, with the change.`,
    stands: 'Not in Trash',
    other: 'In Trash',
    keep: 'Keep it',
    use: 'Move it to Trash',
  };
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
            <Table.Th>What happened</Table.Th>
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
            const label = (value: unknown) =>
              value === null || value === ''
                ? '(empty)'
                : list && typeof value === 'string'
                  ? vocabulary.label(list, value)
                  : String(value);
            const shown = conflict.field === 'deleted_at' ? cameBack(conflict) : bothChanged(conflict, label);
            return (
              <Table.Tr key={conflict.id}>
                <Table.Td>{shown.sentence}</Table.Td>
                <Table.Td>{shown.stands}</Table.Td>
                <Table.Td>{shown.other}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {(['standing', 'other'] as const).map((keep) => (
                      <Button
                        key={keep}
                        size="compact-sm"
                        variant={keep === 'standing' ? 'light' : 'subtle'}
                        onClick={() => resolve.mutate({ id: conflict.id, keep })}
                      >
                        {keep === 'standing' ? shown.keep : shown.use}
                        <span className="visually-hidden"> for {conflict.what}</span>
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
