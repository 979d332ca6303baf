// The join code: 24 words a colleague types to join, shown so they can be read out, and copied.
import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CopyValueButton } from '../../app/components/ContactValue';
import { useJoinCode } from './queries';

export function JoinCode({ title, joinCode, colour = 'teal' }: { title: string; joinCode: string; colour?: string }) {
  return (
    <Alert color={colour} title={title}>
      <Stack gap="xs">
        <Text size="sm">
          Give each colleague this join code, in person or on the phone, not by email: anyone with the code and the
          folder can read your record. They choose Join a team, the same folder as their cloud drive shows it, and the
          code.
        </Text>
        <SimpleGrid
          component="ol"
          cols={{ base: 2, sm: 4 }}
          spacing={4}
          verticalSpacing={4}
          aria-label="Your team’s join code"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {joinCode.split(' ').map((word, index) => (
            <Text component="li" key={index} ff="monospace" fz="md">
              <Text span c="dimmed" fz="sm" aria-hidden>
                {index + 1}.{' '}
              </Text>
              {word}
            </Text>
          ))}
        </SimpleGrid>
        <CopyValueButton value={joinCode} label="the join code" />
      </Stack>
    </Alert>
  );
}

/** For a colleague joining later: the code is asked for only when someone chooses to see it. */
export function ShowJoinCode() {
  const [shown, setShown] = useState(false);
  const code = useJoinCode(shown);
  if (shown && code.data) {
    return (
      <Stack gap="xs" w="100%">
        <JoinCode title="Join code for a new colleague" joinCode={code.data.joinCode} colour="blue" />
        <Button variant="subtle" w="fit-content" onClick={() => setShown(false)}>
          Hide the join code
        </Button>
      </Stack>
    );
  }
  return (
    <Button variant="default" onClick={() => setShown(true)} loading={shown && code.isPending}>
      Show the join code
    </Button>
  );
}
