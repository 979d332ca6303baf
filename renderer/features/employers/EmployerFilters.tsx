import { Group, MultiSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { RefObject } from 'react';
import type { ListEmployersInput } from '../../../shared/employers/schema';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useLocalities } from './queries';

export type EmployerFilterValues = Required<Pick<ListEmployersInput, 'phase' | 'sector' | 'sizeBand' | 'locality'>> & {
  query: string;
};

export const noFilters: EmployerFilterValues = { query: '', phase: [], sector: [], sizeBand: [], locality: [] };

export function hasFilters(filters: EmployerFilterValues): boolean {
  return (
    filters.query.trim() !== '' ||
    [filters.phase, filters.sector, filters.sizeBand, filters.locality].some((list) => list.length > 0)
  );
}

export function EmployerFilters({
  value,
  onChange,
  searchRef,
}: {
  value: EmployerFilterValues;
  onChange: (value: EmployerFilterValues) => void;
  searchRef?: RefObject<HTMLInputElement | null>;
}) {
  const vocabulary = useVocabulary();
  const localities = useLocalities();
  const set =
    <K extends keyof EmployerFilterValues>(key: K) =>
    (next: EmployerFilterValues[K]) =>
      onChange({ ...value, [key]: next });
  const lists = [
    ['Phase', 'phase', vocabulary.options('phase')],
    ['Sector', 'sector', vocabulary.options('sector')],
    ['Size', 'sizeBand', vocabulary.options('size_band')],
    ['Area', 'locality', localities.data ?? []],
  ] as const;
  const multi = {
    clearable: true,
    searchable: true,
    miw: 150,
    style: { flex: 1 },
    size: 'sm' as const,
    maxDropdownHeight: 320,
  };
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <TextInput
        ref={searchRef}
        label="Name"
        placeholder="Type part of a name"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.query}
        onChange={(event) => set('query')(event.currentTarget.value)}
        w={240}
      />
      {lists.map(([label, key, data]) => (
        <MultiSelect
          key={key}
          label={label}
          placeholder={value[key].length > 0 ? undefined : 'Any'}
          data={data}
          value={value[key]}
          onChange={set(key)}
          {...multi}
        />
      ))}
    </Group>
  );
}
