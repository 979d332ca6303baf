import { z } from 'zod';
import {
  emailPattern,
  moreOf,
  optionalCode,
  optionalDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  phonePattern,
  recordId,
  requiredText,
} from '../fields';

export const personId = recordId('Choose a person');

export const personFields = z.object({
  name: requiredText(200, "Enter the person's name", 'Name must be 200 characters or fewer'),
  email: optionalEmail,
  phone: optionalPhone,
  otherPhones: moreOf(
    phonePattern,
    (value) => `“${value}” is not a phone number. Enter each like 0161 496 0000, on a line of its own.`,
  ),
  otherEmails: moreOf(
    emailPattern,
    (value) => `“${value}” is not an email address. Enter each like name@example.co.uk, on a line of its own.`,
  ),
  preferredChannel: optionalCode('way to get in touch'),
  notes: optionalText(20000, 'Notes must be 20,000 characters or fewer'),
});
export type PersonFields = z.output<typeof personFields>;

const affiliationFields = {
  roleTitle: optionalText(200, 'Job title must be 200 characters or fewer'),
  startedOn: optionalDate('Enter the start date as a real date, like 22 Nov 2026'),
  isPrimary: z.boolean().optional(),
};

/** A new person, optionally linked straight away to the employer they work for. */
export const createPersonInput = personFields.extend({
  employerId: recordId('Choose an employer').optional(),
  ...affiliationFields,
  replacePrimary: z.boolean().optional(),
});

export const updatePersonInput = personFields.partial().extend({ id: personId });

export const listPeopleInput = z.object({
  query: z.string().trim().max(200).optional(),
  employerId: z.string().optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});

export const createAffiliationInput = z.object({
  personId,
  employerId: recordId('Choose an employer'),
  ...affiliationFields,
  /** Making someone primary when another person is: the caller must say to move it. */
  replacePrimary: z.boolean().optional(),
});

export const endAffiliationInput = z.object({
  id: recordId('Choose a role to end'),
  endedOn: optionalDate('Enter the end date as a real date, like 22 Nov 2026'),
  /** "Moved to…": the employer they have moved to, linked in the same step. */
  movedTo: z
    .object({
      employerId: recordId('Choose the employer they moved to'),
      roleTitle: optionalText(200, 'Job title must be 200 characters or fewer'),
    })
    .optional(),
});

export const setPrimaryInput = z.object({ id: recordId('Choose a role'), replacePrimary: z.boolean().optional() });

export type Affiliation = {
  id: string;
  personId: string;
  personName: string;
  employerId: string;
  employerName: string;
  roleTitle: string | null;
  isPrimary: boolean;
  startedOn: string | null;
  endedOn: string | null;
};

export type Person = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  otherPhones: string[];
  otherEmails: string[];
  preferredChannel: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  affiliations: Affiliation[];
};

export type PersonListRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  currentEmployers: { id: string; name: string; roleTitle: string | null; isPrimary: boolean }[];
};

export type PeoplePage = { rows: PersonListRow[]; total: number };

/** What a merge can take from the person merged in, instead of the one kept (notes are joined). */
export const mergeablePersonFields = ['name', 'email', 'phone', 'preferredChannel'] as const;

/**
 * Two records of one person made one: their roles, contacts and trust notes move to the one
 * kept, which takes the other's value of each field named in `take` (and of any it has empty).
 */
export const mergePeopleInput = z
  .object({
    keepId: recordId('Choose the person to keep'),
    mergeId: recordId('Choose the person to merge into them'),
    take: z.partialRecord(z.enum(mergeablePersonFields), z.enum(['kept', 'merged'])).optional(),
  })
  .refine((input) => input.keepId !== input.mergeId, { error: 'Choose two different people', path: ['mergeId'] });
