import { Modal } from '@mantine/core';
import { AboutDetails } from './AboutDetails';

export function AboutDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="About Bridgework" size="lg">
      <AboutDetails />
    </Modal>
  );
}
