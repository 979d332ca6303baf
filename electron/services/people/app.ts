import { setArchived } from '../trash/archive';
import { write, read, type Handlers } from '../../kernel/context';
import type { Person } from '../../../shared/people/schema';
import { mergeSentence } from '../duplicates/merged';
import { mergePeople } from './merge';
import { createPerson, getPerson, listPeople, updatePerson } from './person';

export type PeopleHandlers = Handlers<
  | 'people.create'
  | 'people.update'
  | 'people.get'
  | 'people.list'
  | 'people.archive'
  | 'people.restore'
  | 'people.merge'
>;

export const peopleHandlers: PeopleHandlers = {
  'people.create': write((input, ctx) => createPerson(ctx, input)),
  'people.update': write(({ id, ...changes }, ctx) => updatePerson(ctx, id, changes)),
  'people.get': read(({ id }, ctx) => getPerson(ctx.db, id)),
  'people.list': read((input, ctx) => listPeople(ctx.db, input)),
  'people.archive': write(({ id }, ctx) => setArchived(ctx, 'person', getPerson, id, true)),
  'people.restore': write(({ id }, ctx) => setArchived(ctx, 'person', getPerson, id, false)),
  'people.merge': write(
    (input, ctx) => mergePeople(ctx, input),
    ({ mergeId }) => ({ sentence: (tx, kept) => mergeSentence(tx, 'person', mergeId, (kept as Person).name) }),
  ),
};
