// Your own name: Bridgework greets you with it and prints it on what you export.
import { TextInput } from '@mantine/core';

export function YourNameInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <TextInput
      label="Your name"
      description="Bridgework greets you with it, and puts it on what you export."
      placeholder="For example, Sam Patel"
      maw={420}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
