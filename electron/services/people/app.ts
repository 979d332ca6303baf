import { setArchived } from '../trash/archive';
import { mutation, query, type Handlers } from '../context';
import { createPerson, getPerson, listPeople, updatePerson } from './person';

export type PeopleHandlers = Handlers<
  'people.create' | 'people.update' | 'people.get' | 'people.list' | 'people.archive' | 'people.restore'
>;

export const peopleHandlers: PeopleHandlers = {
  'people.create': mutation((input, ctx) => createPerson(ctx, input)),
  'people.update': mutation(({ id, ...changes }, ctx) => updatePerson(ctx, id, changes)),
  'people.get': query(({ id }, ctx) => getPerson(ctx.db, id)),
  'people.list': query((input, ctx) => listPeople(ctx.db, input)),
  'people.archive': mutation(({ id }, ctx) => setArchived(ctx, 'person', getPerson, id, true)),
  'people.restore': mutation(({ id }, ctx) => setArchived(ctx, 'person', getPerson, id, false)),
};
