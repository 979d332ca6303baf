// Picking the moments that mattered from the employer's timeline in the study's period.
import { Alert, Button, Checkbox, Group, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CaseStudy, Highlight } from '../../../shared/caseStudies/schema';
import { formatDate } from '../../../shared/dates';
import { errorMessage } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';
import { useHighlightChoices } from './queries';

const maxHighlights = 50;
const keyOf = (item: Highlight) => `${item.type} ${item.key}`;

export function HighlightsModal({
  study,
  opened,
  onClose,
}: {
  study: CaseStudy;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Choose the moments that mattered" size="lg">
      {opened && <HighlightsPicker study={study} onClose={onClose} />}
    </Modal>
  );
}

function HighlightsPicker({ study, onClose }: { study: CaseStudy; onClose: () => void }) {
  const choices = useHighlightChoices(study.id);
  const update = useRecordMutation('caseStudies.update');
  const [chosen, setChosen] = useState(() => new Set(study.highlights.map(keyOf)));
  const [problem, setProblem] = useState<string | null>(null);
  if (choices.isPending) return <Loader aria-label="Loading the timeline" />;
  if (choices.isError) return <Alert color="red">{errorMessage(choices.error)}</Alert>;
  const toggle = (item: Highlight, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(keyOf(item));
      else next.delete(keyOf(item));
      return next;
    });
  const save = async () => {
    // Stored with their wording, oldest first, so the study reads in order even if the record changes later.
    const picked = [...choices.data, ...study.highlights]
      .filter((item, index, all) => chosen.has(keyOf(item)) && all.findIndex((x) => keyOf(x) === keyOf(item)) === index)
      .sort((a, b) => a.on.localeCompare(b.on));
    try {
      await update.mutateAsync({ id: study.id, highlights: picked });
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        What happened with {study.employerName} from {formatDate(study.periodFrom)} to {formatDate(study.periodTo)}.
        Ticked moments appear in the case study under “Moments that mattered”.
      </Text>
      {problem && (
        <Alert color="red" title="Nothing was saved" role="alert">
          {problem}
        </Alert>
      )}
      {choices.data.length === 0 ? (
        <Text>Nothing was recorded with this employer in the period.</Text>
      ) : (
        <ScrollArea.Autosize mah={420} type="auto">
          <Stack gap="xs" pr="sm">
            {choices.data.map((item) => (
              <Checkbox
                key={keyOf(item)}
                label={item.text}
                description={formatDate(item.on)}
                checked={chosen.has(keyOf(item))}
                disabled={!chosen.has(keyOf(item)) && chosen.size >= maxHighlights}
                onChange={(event) => toggle(item, event.currentTarget.checked)}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {chosen.size} chosen
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={update.isPending}>
            Save highlights
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
