import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useEmployerChoices } from './queries';

/** Choose one employer out of thousands: the list follows what is typed. */
export function EmployerPicker({
  label,
  value,
  onChange,
  initialName,
  error,
  excludeId,
  autoFocus,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null, name: string | null) => void;
  initialName?: string;
  error?: string;
  excludeId?: string;
  autoFocus?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [chosenLabel, setChosenLabel] = useState<string | null>(null);
  const [settled] = useDebouncedValue(search, 150);
  // Once an employer is chosen the box shows its name; that is not a new search.
  const choices = useEmployerChoices(settled === chosenLabel || settled === initialName ? '' : settled);
  const data = (choices.data?.rows ?? [])
    .filter((row) => row.id !== excludeId)
    .map((row) => ({ value: row.id, label: row.locality ? `${row.name} (${row.locality})` : row.name }));
  if (value && initialName && !data.some((option) => option.value === value))
    data.unshift({ value, label: initialName });
  return (
    <Select
      label={label}
      placeholder="Type part of the employer's name"
      searchable
      data={data}
      value={value}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setChosenLabel(option?.label ?? null);
        onChange(id, option?.label ?? null);
      }}
      filter={({ options }) => options}
      nothingFoundMessage={choices.isFetching ? 'Looking…' : 'No employer has that name'}
      error={error}
      data-autofocus={autoFocus || undefined}
    />
  );
}
