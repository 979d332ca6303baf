import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';

const areas = {
  caseStudies: {
    title: 'Case studies',
    intro: 'Case studies will build a funder-ready story from what you have already recorded.',
    coming: [
      'Highlights picked from an employer’s timeline',
      'Participants shown only by reference',
      'Export to Word or PDF',
    ],
  },
} as const;

export function ComingSoon({ area }: { area: keyof typeof areas }) {
  const { title, intro, coming } = areas[area];
  return (
    <Stack maw={640} gap="md">
      <Title order={1}>{title}</Title>
      <Text size="lg">{intro}</Text>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          Coming soon
        </Title>
        <List spacing="xs">
          {coming.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Paper>
      <Text>
        For now, start by recording your employers on the{' '}
        <Anchor component={Link} href="/employers">
          Employers page
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
