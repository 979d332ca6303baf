// The fields of a promise, shared by the promise form and the contact form.
import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { ChoiceButtons } from '../../app/components/FormDialog';
import type { FieldProps } from '../../app/useFields';
import { UkDateInput } from '../../app/components/UkDateInput';
import { promiseKindFits } from '../../../shared/commitments/kinds';
import { useVocabulary } from '../vocabulary/useVocabulary';

type InputProps = (field: string) => FieldProps;

export const partyOptions = [
  { value: 'employer', label: 'The employer promised' },
  { value: 'us', label: 'We promised' },
];

/** `withMadeOn`: ask when it was made (a promise made in a contact was made that day). */
export function CommitmentFields({
  inputProps,
  partyFixed = false,
  withMadeOn = false,
}: {
  inputProps: InputProps;
  partyFixed?: boolean;
  withMadeOn?: boolean;
}) {
  const vocabulary = useVocabulary();
  const party = inputProps('party').value as 'employer' | 'us';
  const kind = inputProps('kind').value as string;
  const kinds = vocabulary
    .options('commitment_kind')
    .filter((option) => option.value === kind || promiseKindFits(party, option.value));
  return (
    <Stack gap="sm">
      {!partyFixed && <ChoiceButtons label="Who made the promise" data={partyOptions} {...inputProps('party')} />}
      <TextInput
        label="What was promised"
        placeholder="For example, Guaranteed interviews for four candidates"
        {...inputProps('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: withMadeOn ? 3 : 2 }}>
        <Select label="Kind (optional)" data={kinds} clearable searchable {...inputProps('kind')} />
        {withMadeOn && <UkDateInput label="Made on" clearable={false} {...inputProps('madeOn')} />}
        <UkDateInput label="Due by (optional)" {...inputProps('dueOn')} />
      </SimpleGrid>
    </Stack>
  );
}
