import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { depthLabels } from '../../../shared/assessments/depth';
import type { ListEmployersInput } from '../../../shared/employers/schema';
import { healthSignalCodes, healthSignalTitles, type HealthSignalCode } from '../../../shared/health/schema';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useLocalities } from './queries';

export type EmployerFilterValues = Required<Pick<ListEmployersInput, 'phase' | 'sector' | 'sizeBand' | 'locality'>> & {
  query: string;
  health: HealthSignalCode[];
  /** Depth scores as text, as the select holds them; '0' is "not assessed". */
  depth: string[];
  /** Days without contact, as text; '' for any. */
  noContact: string;
};

export const noFilters: EmployerFilterValues = {
  query: '',
  phase: [],
  sector: [],
  sizeBand: [],
  locality: [],
  health: [],
  depth: [],
  noContact: '',
};

export function hasFilters(filters: EmployerFilterValues): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.noContact !== '' ||
    [filters.phase, filters.sector, filters.sizeBand, filters.locality, filters.health, filters.depth].some(
      (list) => list.length > 0,
    )
  );
}

/** What the form holds, as the list procedure takes it. */
export function toListFilters({ depth, noContact, ...filters }: EmployerFilterValues) {
  return {
    ...filters,
    depth: depth.map(Number),
    noContactForDays: noContact ? Number(noContact) : undefined,
  };
}

const depthOptions = [
  { value: '0', label: 'Not assessed' },
  ...[1, 2, 3, 4, 5].map((depth) => ({ value: String(depth), label: `${depth}: ${depthLabels[depth]}` })),
];
const healthOptions = healthSignalCodes.map((code) => ({ value: code, label: healthSignalTitles[code] }));
const contactOptions = [
  { value: '30', label: 'No contact for 30 days' },
  { value: '60', label: 'No contact for 60 days' },
  { value: '90', label: 'No contact for 90 days' },
  { value: '180', label: 'No contact for 6 months' },
];

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
    ['Needs attention', 'health', healthOptions],
    ['Phase', 'phase', vocabulary.options('phase')],
    ['Depth', 'depth', depthOptions],
    ['Sector', 'sector', vocabulary.options('sector')],
    ['Size', 'sizeBand', vocabulary.options('size_band')],
    ['Area', 'locality', localities.data ?? []],
  ] as const;
  const multi = {
    clearable: true,
    searchable: true,
    w: 190,
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
          onChange={set(key) as (next: string[]) => void}
          {...multi}
        />
      ))}
      <Select
        label="Last contact"
        placeholder="Any time"
        data={contactOptions}
        value={value.noContact || null}
        onChange={(next) => set('noContact')(next ?? '')}
        clearable
        w={200}
        size="sm"
      />
    </Group>
  );
}
