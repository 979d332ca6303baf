import { Badge } from '@mantine/core';
import { useVocabulary } from '../vocabulary/useVocabulary';

const colours: Record<string, string> = {
  preparing: 'gray',
  establishing: 'blue',
  maintaining: 'teal',
  developing: 'grape',
  dormant: 'yellow',
  ended: 'dark',
};

export function PhaseBadge({ phase }: { phase: string }) {
  const vocabulary = useVocabulary();
  return (
    <Badge color={colours[phase] ?? 'gray'} variant="light" radius="sm" tt="none" fw={600}>
      {vocabulary.label('phase', phase)}
    </Badge>
  );
}
