import { z } from 'zod';
import { recordId } from '../fields';

export const duplicateKinds = ['employer', 'person'] as const;
export type DuplicateKind = (typeof duplicateKinds)[number];

export const listDuplicatesInput = z.object({ kind: z.enum(duplicateKinds) });

/** Two records the person has looked at and says are not the same: never offered again. */
export const notTheSameInput = z
  .object({
    kind: z.enum(duplicateKinds),
    firstId: recordId('Choose the first record'),
    secondId: recordId('Choose the second record'),
  })
  .refine((input) => input.firstId !== input.secondId, {
    error: 'Choose two different records',
    path: ['secondId'],
  });

/** One side of a possible pair, as a person would tell it apart from the other. */
export type DuplicateRecord = {
  id: string;
  name: string;
  /** Where it is and how to reach it, or where they work: what tells the two apart. */
  details: string[];
  contacts: number;
  addedOn: string;
};

export type DuplicatePair = { first: DuplicateRecord; second: DuplicateRecord; reasons: string[] };

/** The likeliest pairs first; `total` counts every pair found. */
export type PossibleDuplicates = { pairs: DuplicatePair[]; total: number };
