// Merging two records of one employer or person: which record stays, and where the two differ,
// which value. Everything recorded with the other moves to the one kept; Undo puts both back.
import { Loader, Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../shared/dates';
import type { DuplicateKind, DuplicatePair, DuplicateRecord } from '../../../shared/duplicates/schema';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';
import { notifyWithUndo } from '../../app/undoNotification';
import { useFields } from '../../app/useFields';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { kindWords, mergeFields, type MergeField } from './fields';

export type MergeRequest = { kind: DuplicateKind; pair: DuplicatePair };

export function MergeDialog({ request, onClose }: { request: MergeRequest | null; onClose: () => void }) {
  return (
    <FormDialog
      request={request}
      onClose={onClose}
      title={request ? `Merge two ${kindWords[request.kind].many}` : ''}
      size="lg"
    >
      {(request) => <MergeForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

type Values = Record<string, unknown>;
type Side = 'first' | 'second';

const employers = queryKeys('employers');
const people = queryKeys('people');

/** Both records in full, for their values. */
function useBoth({ kind, pair }: MergeRequest): { first: Values; second: Values } | null {
  const employer = (id: string) => ({ ...employers.query('employers.get', { id }), enabled: kind === 'employer' });
  const person = (id: string) => ({ ...people.query('people.get', { id }), enabled: kind === 'person' });
  const firstEmployer = useQuery(employer(pair.first.id));
  const secondEmployer = useQuery(employer(pair.second.id));
  const firstPerson = useQuery(person(pair.first.id));
  const secondPerson = useQuery(person(pair.second.id));
  const [first, second]: (Values | undefined)[] =
    kind === 'employer' ? [firstEmployer.data, secondEmployer.data] : [firstPerson.data, secondPerson.data];
  return first && second ? { first, second } : null;
}

function MergeForm({ request, onClose }: { request: MergeRequest; onClose: () => void }) {
  const { kind, pair } = request;
  const words = kindWords[kind];
  const both = useBoth(request);
  const vocabulary = useVocabulary();
  const mergeEmployers = useRecordMutation('employers.merge');
  const mergePeople = useRecordMutation('people.merge');
  // The record with more history stays unless the person chooses otherwise; the older on a tie.
  const { values, inputProps, attempt, problem } = useFields({
    keep: (pair.second.contacts > pair.first.contacts ? 'second' : 'first') as Side,
  });
  const [chosen, setChosen] = useState<Record<string, Side>>({});
  if (!both) return <Loader aria-label="Loading both records" />;

  const keep = values.keep;
  const other: Side = keep === 'first' ? 'second' : 'first';
  const shown = (field: MergeField, value: unknown) =>
    field.list ? vocabulary.label(field.list, String(value)) : String(value);
  const given = (value: unknown) => value !== null && value !== undefined && value !== '';
  const differing = mergeFields[kind].filter(
    ({ field }) => given(both.first[field]) && given(both.second[field]) && both.first[field] !== both.second[field],
  );
  const filledIn = mergeFields[kind].filter(({ field }) => !given(both[keep][field]) && given(both[other][field]));
  const sideOf = (field: string): Side => chosen[field] ?? keep;

  const save = attempt(async () => {
    const take = Object.fromEntries(
      differing.map(({ field }) => [field, sideOf(field) === keep ? 'kept' : 'merged']),
    ) as never;
    const input = { keepId: pair[keep].id, mergeId: pair[other].id, take };
    const kept = kind === 'employer' ? await mergeEmployers.mutateAsync(input) : await mergePeople.mutateAsync(input);
    notifyWithUndo({
      id: `merged-${pair[other].id}`,
      message: `Merged ${pair[other].name} into ${kept.name}. Everything recorded with both is now in one place.`,
    });
    onClose();
  });

  return (
    <SaveForm onSave={save}>
      <Stack>
        <Text size="sm">
          Everything recorded with the {words.one} you do not keep moves to the one you keep:{' '}
          {kind === 'employer'
            ? 'contacts, people, promises, trust notes, assessments, opportunities, referrals, evidence and case studies'
            : 'their roles, the contacts they were at and trust notes about them'}
          . The other goes to Trash. You can undo this.
        </Text>
        <NothingSaved problem={problem} />
        <Radio.Group label={`Which ${words.one} do you want to keep?`} {...inputProps('keep')}>
          <Stack gap="xs" mt={6}>
            {(['first', 'second'] as const).map((side) => (
              <Radio
                key={side}
                value={side}
                label={pair[side].name}
                description={describe(pair[side])}
                data-autofocus={side === keep || undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
        {differing.map((field) => (
          <Radio.Group
            key={field.field}
            label={`${field.label}: which do you want to keep?`}
            value={sideOf(field.field)}
            onChange={(side) => setChosen({ ...chosen, [field.field]: side as Side })}
          >
            <Stack gap={6} mt={6}>
              {([keep, other] as const).map((side) => (
                <Radio key={side} value={side} label={shown(field, both[side][field.field])} />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        {filledIn.length > 0 && (
          <Text size="sm">
            Also kept from {pair[other].name}:{' '}
            {filledIn
              .map((field) => `${field.label.toLowerCase()} ${shown(field, both[other][field.field])}`)
              .join('; ')}
            .
          </Text>
        )}
        <Text size="sm" c="dimmed">
          Notes from both are kept, one after the other.
          {kind === 'person' && ' So is every phone number and email address of both.'}
        </Text>
        <DialogButtons
          onCancel={onClose}
          saving={mergeEmployers.isPending || mergePeople.isPending}
          label={`Merge ${words.many}`}
        />
      </Stack>
    </SaveForm>
  );
}

export function describe(record: DuplicateRecord): string {
  const contacts = `${record.contacts.toLocaleString('en-GB')} ${record.contacts === 1 ? 'contact' : 'contacts'}`;
  return [...record.details, contacts, `added ${formatDate(record.addedOn)}`].join(' · ');
}
