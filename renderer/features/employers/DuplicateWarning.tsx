// Warn, never block: two employers can share a name, but usually it is the same one twice.
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'wouter';
import { useSimilarEmployers } from './queries';

export function DuplicateWarning({ name, excludeId }: { name: string; excludeId?: string }) {
  const [settled] = useDebouncedValue(name, 250);
  const similar = useSimilarEmployers(settled, excludeId);
  const matches = settled.trim().length > 1 ? (similar.data ?? []) : [];
  if (matches.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title="You may already have this employer" aria-live="polite">
      <Text size="sm">These have a very similar name:</Text>
      <List size="sm" my={4}>
        {matches.map((match) => (
          <List.Item key={match.id}>
            <Anchor component={Link} href={`/employers/${match.id}`} fw={600} c="yellow.9">
              Open {match.name}
            </Anchor>
            {match.locality ? ` in ${match.locality}` : ''}
            {match.deletedAt ? ' (in Trash)' : ''}
          </List.Item>
        ))}
      </List>
      <Text size="sm">If this is a different employer, carry on.</Text>
    </Alert>
  );
}
