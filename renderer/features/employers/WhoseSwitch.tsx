// "Everyone's" or "Mine": the employers you are account owner for, by the name you give in
// Settings. Without a name there is nothing to say which are yours, so it is not shown.
import { SegmentedControl } from '@mantine/core';
import { useSettings } from '../settings/queries';

/** Your name as account owner, once you have given it. */
export const useYourName = () => useSettings().data?.yourName.trim() || undefined;

export function WhoseSwitch({ mine, onChange }: { mine: boolean; onChange: (mine: boolean) => void }) {
  const name = useYourName();
  if (!name) return null;
  return (
    <SegmentedControl
      aria-label="Whose employers"
      value={mine ? 'mine' : 'everyone'}
      onChange={(value) => onChange(value === 'mine')}
      data={[
        { value: 'everyone', label: 'Everyone’s' },
        { value: 'mine', label: 'Mine' },
      ]}
      size="sm"
    />
  );
}
