// Add or change a funded programme: its funder, dates, targets, and when the funder checks a job lasted.
import { Fieldset, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Programme } from '../../../shared/programmes/schema';
import { targetFigures, type Targets } from '../../../shared/programmes/targets';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useFields } from '../../app/useFields';
import { useCreateProgramme, useUpdateProgramme } from './queries';

export type ProgrammeRequest = { programme?: Programme };

export function ProgrammeModal({ request, onClose }: { request: ProgrammeRequest | null; onClose: () => void }) {
  return (
    <FormDialog
      request={request}
      onClose={onClose}
      title={request?.programme ? 'Change a programme' : 'Add a programme'}
      size="lg"
    >
      {(request) => <ProgrammeForm programme={request.programme} onClose={onClose} />}
    </FormDialog>
  );
}

/** "13, 26" → [13, 26]; anything that is not a whole number is passed on for the backend to refuse. */
export function parseWeeks(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((part) => Number(part));
}

/** The targets typed in; an empty box sets none. */
function targetsOf(values: Record<string, unknown>): Targets {
  return Object.fromEntries(
    targetFigures.flatMap(({ key }) => {
      const value = values[`targets.${key}`];
      return value === '' || value === undefined ? [] : [[key, Number(value)]];
    }),
  );
}

function ProgrammeForm({ programme, onClose }: { programme?: Programme; onClose: () => void }) {
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const { values, inputProps, attempt, problem, errors } = useFields({
    name: programme?.name ?? '',
    funder: programme?.funder ?? '',
    startsOn: programme?.startsOn ?? '',
    endsOn: programme?.endsOn ?? '',
    checkWeeks: (programme?.checkWeeks ?? [13, 26]).join(', '),
    outcomeDefinitions: programme?.outcomeDefinitions ?? '',
    ...Object.fromEntries(targetFigures.map(({ key }) => [`targets.${key}`, programme?.targets[key] ?? ''])),
  });
  const save = attempt(async () => {
    const { name, funder, startsOn, endsOn, outcomeDefinitions } = values;
    const fields = {
      name,
      funder,
      startsOn,
      endsOn,
      outcomeDefinitions,
      checkWeeks: parseWeeks(values.checkWeeks),
      targets: targetsOf(values),
    };
    if (programme) await update.mutateAsync({ id: programme.id, ...fields });
    else await create.mutateAsync(fields);
    notifications.show({ color: 'teal', message: `${programme ? 'Saved' : 'Added'} ${values.name.trim()}.` });
    onClose();
  });
  const weeksError = Object.entries(errors).find(([field]) => field.startsWith('checkWeeks'))?.[1];
  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <TextInput label="Name" placeholder="For example, Working Futures" data-autofocus {...inputProps('name')} />
        <TextInput label="Funder (optional)" placeholder="For example, Lambeth Council" {...inputProps('funder')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <UkDateInput label="Starts (optional)" {...inputProps('startsOn')} />
          <UkDateInput label="Ends (optional)" {...inputProps('endsOn')} />
        </SimpleGrid>
        <TextInput
          label="Check that a job lasted after (weeks)"
          description="Bridgework reminds you on Today at each point after someone starts. Separate them with commas."
          {...inputProps('checkWeeks')}
          error={weeksError}
        />
        <Fieldset
          legend="Targets (optional)"
          variant="unstyled"
          styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
        >
          <Text size="sm" c="dimmed" mb="xs">
            What the programme promised its funder. The funder report shows each beside what was achieved.
          </Text>
          <SimpleGrid cols={2} verticalSpacing="xs">
            {targetFigures.map(({ key, label }) => (
              <NumberInput
                key={key}
                label={label}
                min={1}
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=","
                {...inputProps(`targets.${key}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Textarea
          label="How the funder defines outcomes (optional)"
          placeholder="For example, Sustained job: 26 weeks in work of 16 hours a week or more."
          autosize
          minRows={2}
          {...inputProps('outcomeDefinitions')}
        />
        <DialogButtons onCancel={onClose} saving={create.isPending || update.isPending} label="Save programme" />
      </Stack>
    </SaveForm>
  );
}
