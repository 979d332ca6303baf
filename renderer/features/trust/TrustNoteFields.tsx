// The fields of a trust note, shared by the trust note form and the contact form.
import { Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { ChoiceButtons } from '../../app/components/FormDialog';
import type { FieldProps } from '../../app/useFields';
import { useVocabulary } from '../vocabulary/useVocabulary';

type InputProps = (field: string) => FieldProps;

export function TrustNoteFields({
  inputProps,
  level,
  people,
}: {
  inputProps: InputProps;
  level: string;
  people: { value: string; label: string }[];
}) {
  const vocabulary = useVocabulary();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Level of trust"
          description={vocabulary.help('trust_level', level) ?? undefined}
          data={vocabulary.options('trust_level')}
          allowDeselect={false}
          {...inputProps('level')}
        />
        {level === 'inter_personal' && (
          <Select
            label="Between us and"
            placeholder={people.length ? 'Choose the person' : 'Add the person first'}
            data={people}
            searchable
            {...inputProps('personId')}
          />
        )}
      </SimpleGrid>
      <ChoiceButtons label="Trust has" data={vocabulary.options('trust_direction')} {...inputProps('direction')} />
      <Textarea
        label="What you saw or heard"
        description="The evidence, in a sentence or two"
        autosize
        minRows={2}
        {...inputProps('observation')}
      />
    </Stack>
  );
}
