// A fault in one page must not leave a blank window: say what happened and offer a way out.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Component, type ReactNode } from 'react';

type State = { error: Error | null };

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Stack maw={620} gap="md">
        <Title order={1}>This page stopped working</Title>
        <Text>Your saved data is safe. Anything you had not saved on this page may need typing again.</Text>
        <Alert color="red" variant="light" title="What went wrong">
          {this.state.error.message}
        </Alert>
        <Group>
          <Button onClick={() => window.location.reload()}>Reload Bridgework</Button>
          <Button variant="default" component="a" href="#/employers">
            Go to employers
          </Button>
        </Group>
      </Stack>
    );
  }
}
