import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useState, type RefObject } from 'react';
import { depthLabels } from '../../../shared/assessments/depth';
import { healthSignalCodes, healthSignalTitles } from '../../../shared/health/signals';
import type { EmployerFilterValues } from './filters';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useAccountOwners, useLocalities } from './queries';

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
  const owners = useAccountOwners();
  const set =
    <K extends keyof EmployerFilterValues>(key: K) =>
    (next: EmployerFilterValues[K]) =>
      onChange({ ...value, [key]: next });
  const lists = [
    ['Needs attention', 'health', healthOptions],
    ['Phase', 'phase', vocabulary.options('phase')],
    ['Depth', 'depth', depthOptions],
  ] as const;
  const moreLists = [
    ['Sector', 'sector', vocabulary.options('sector')],
    ['Size', 'sizeBand', vocabulary.options('size_band')],
    ['Area', 'locality', localities.data ?? []],
    ['Account owner', 'accountOwner', (owners.data ?? []).map((owner) => owner.name)],
  ] as const;
  // The filters used less often wait behind "More filters", so the list keeps the screen; any in use show.
  const moreInUse = moreLists.filter(([, key]) => value[key].length > 0).length + (value.noContact ? 1 : 0);
  const [showMore, setShowMore] = useState(moreInUse > 0);
  const multi = {
    clearable: true,
    searchable: true,
    w: 160,
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
        w={220}
      />
      {[...lists, ...(showMore ? moreLists : [])].map(([label, key, data]) => (
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
      {showMore && (
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
      )}
      <Button
        variant="subtle"
        leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
        onClick={() => setShowMore(!showMore)}
        aria-expanded={showMore}
        mt={25}
      >
        {showMore ? 'Fewer filters' : moreInUse ? `More filters (${moreInUse} in use)` : 'More filters'}
      </Button>
    </Group>
  );
}
