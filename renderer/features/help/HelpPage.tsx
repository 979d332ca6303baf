// Help: the user guide (docs/guide.md, with its screenshots), and the way to the shortcuts and
// About. Loaded only when opened.
import { Button, Group, Paper, Stack, Title, Typography } from '@mantine/core';
import { IconInfoCircle, IconKeyboard } from '@tabler/icons-react';
import { Marked } from 'marked';
import guide from '../../../docs/guide.md?raw';
import { fireCommand } from '../../app/commandQueue';

// The guide's pictures, as the build names them: `screenshots/13-today.png` → its URL.
const screenshots = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../../docs/screenshots/*.png', { eager: true, query: '?url', import: 'default' }),
  ).map(([file, url]) => [`screenshots/${file.split('/').pop()}`, url]),
);

const guideHtml = new Marked({
  async: false,
  gfm: true,
  renderer: {
    image: ({ href, text }) =>
      `<img src="${screenshots[href] ?? href}" alt="${text.replace(/"/g, '&quot;')}" loading="lazy">`,
  },
})
  // The guide's own title is the page's.
  .parse(guide.replace(/^# .*\n/, '')) as string;

export function HelpPage() {
  return (
    <Stack gap="lg" maw={860} pb="xl">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>User guide</Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconKeyboard size={16} />}
            onClick={() => fireCommand({ id: 'keyboard-shortcuts' })}
          >
            Show keyboard shortcuts
          </Button>
          <Button
            variant="default"
            leftSection={<IconInfoCircle size={16} />}
            onClick={() => fireCommand({ id: 'about' })}
          >
            About Bridgework
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="xl">
        <Typography className="guide">
          <div dangerouslySetInnerHTML={{ __html: guideHtml }} />
        </Typography>
      </Paper>
    </Stack>
  );
}
