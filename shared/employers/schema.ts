import { z } from 'zod';
import type { Affiliation } from '../people/schema';
import { healthSignalCodes, type HealthSignalCode } from '../health/signals';
import {
  optionalCode,
  optionalEmail,
  optionalPattern,
  optionalPhone,
  optionalText,
  recordId,
  requiredText,
} from '../fields';

const websitePattern = /^(https?:\/\/)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(:\d+)?(\/\S*)?$/i;
const postcodePattern = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;

export const employerNameMax = 200;

export const employerFields = z.object({
  name: requiredText(
    employerNameMax,
    "Enter the employer's name",
    `Employer name must be ${employerNameMax} characters or fewer`,
  ),
  sector: optionalCode('sector'),
  sizeBand: optionalCode('size'),
  ownership: optionalCode('type of ownership'),
  locality: optionalText(100, 'Area must be 100 characters or fewer'),
  isBranchOfNational: z.boolean({ error: 'Say whether this is a branch of a national employer' }).optional(),
  localRecruitmentDiscretion: z.boolean().nullable().optional(),
  livingWageEmployer: z.boolean().nullable().optional(),
  collectiveAgreement: z.boolean().nullable().optional(),
  website: optionalPattern(websitePattern, 'Enter a website address like www.example.co.uk'),
  phone: optionalPhone,
  email: optionalEmail,
  address: optionalText(500, 'Address must be 500 characters or fewer'),
  postcode: optionalPattern(postcodePattern, 'Enter a full UK postcode, like M1 1AE'),
  approach: optionalCode('way the relationship started'),
  phase: z
    .string({ error: 'Choose a relationship phase' })
    .min(1, { error: 'Choose a relationship phase' })
    .max(60)
    .optional(),
  accountOwner: optionalText(100, 'Account owner must be 100 characters or fewer'),
  notes: optionalText(20000, 'Notes must be 20,000 characters or fewer'),
});

/** Fields kept as text (or a code) that a form can leave empty. */
export const employerTextFields = [
  'name',
  'sector',
  'sizeBand',
  'ownership',
  'locality',
  'website',
  'phone',
  'email',
  'address',
  'postcode',
  'approach',
  'phase',
  'accountOwner',
  'notes',
] as const;
/** Yes / no / not known. */
export const employerYesNoFields = ['localRecruitmentDiscretion', 'livingWageEmployer', 'collectiveAgreement'] as const;

export type EmployerFields = z.output<typeof employerFields>;
export type EmployerFieldsInput = z.input<typeof employerFields>;

export const employerId = recordId('Choose an employer');

export const createEmployerInput = employerFields;

export const updateEmployerInput = employerFields.partial().extend({
  id: employerId,
  /** The `updatedAt` the editor started from; a newer record on disk is a conflict. */
  expectedUpdatedAt: z.string().optional(),
});

export const employerSortColumns = [
  'name',
  'sector',
  'sizeBand',
  'phase',
  'locality',
  'depth',
  'lastContactAt',
  'updatedAt',
] as const;
export type EmployerSortColumn = (typeof employerSortColumns)[number];

export const listEmployersInput = z.object({
  query: z.string().trim().max(200, { error: 'Search text must be 200 characters or fewer' }).optional(),
  phase: z.array(z.string().max(60)).max(50).optional(),
  sector: z.array(z.string().max(60)).max(50).optional(),
  sizeBand: z.array(z.string().max(60)).max(50).optional(),
  locality: z.array(z.string().max(100)).max(200).optional(),
  /** Depth scores; 0 means not yet assessed. */
  depth: z.array(z.number().int().min(0).max(5)).max(6).optional(),
  /** Employers showing any of these health signals. */
  health: z.array(z.enum(healthSignalCodes)).max(healthSignalCodes.length).optional(),
  /** No done contact for at least this many days (or none at all). */
  noContactForDays: z.number().int().min(1).max(3650).optional(),
  archived: z.boolean().optional(),
  /** Whose employers: their account owners, matched whatever the case. */
  accountOwner: z.array(z.string().trim().max(100)).max(50).optional(),
  sort: z
    .object({
      column: z.enum(employerSortColumns),
      direction: z.enum(['asc', 'desc']),
    })
    .optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export type ListEmployersInput = z.input<typeof listEmployersInput>;

/** Everyone a colleague looked after, to another colleague, when they leave or change role. */
export const handOverInput = z
  .object({
    from: requiredText(100, 'Choose whose employers to hand over', 'Keep the name to 100 characters or fewer'),
    to: requiredText(100, 'Enter who takes them on', 'Keep the name to 100 characters or fewer'),
  })
  .refine((input) => input.from.toLowerCase() !== input.to.toLowerCase(), {
    error: 'Choose someone other than the person handing them over',
    path: ['to'],
  });

/** An account owner as the employers name them, and how many employers (not in Trash) they hold. */
export type AccountOwner = { name: string; employers: number };

export const findSimilarInput = z.object({
  name: z.string().max(1000),
  excludeId: z.string().optional(),
});

export type Employer = {
  id: string;
  name: string;
  sector: string | null;
  sizeBand: string | null;
  ownership: string | null;
  locality: string | null;
  isBranchOfNational: boolean;
  localRecruitmentDiscretion: boolean | null;
  livingWageEmployer: boolean | null;
  collectiveAgreement: boolean | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  postcode: string | null;
  approach: string | null;
  phase: string;
  depth: number | null;
  /** When the phase last changed. */
  phaseSince: string | null;
  lastContactAt: string | null;
  accountOwner: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type EmployerListRow = Pick<
  Employer,
  | 'id'
  | 'name'
  | 'sector'
  | 'sizeBand'
  | 'ownership'
  | 'locality'
  | 'phase'
  | 'depth'
  | 'lastContactAt'
  | 'updatedAt'
  | 'deletedAt'
> & { health: HealthSignalCode[] };

export type EmployerPage = { rows: EmployerListRow[]; total: number };

export type SimilarEmployer = Pick<Employer, 'id' | 'name' | 'locality' | 'phase' | 'deletedAt'>;

export type EmployerOverview = {
  primaryContact: Affiliation | null;
  /** Current contacts first, then people who have left. */
  people: Affiliation[];
  lastContactAt: string | null;
  /** The earliest follow-up date set after the last contact; it may be overdue. */
  nextFollowUpOn: string | null;
  nextPlanned: { id: string; occurredAt: string; summary: string; kind: string } | null;
  openPromises: number;
  asOf: string;
};

/** What a merge can take from the employer merged in, instead of the one kept (notes are joined). */
export const mergeableEmployerFields = employerTextFields.filter(
  (field): field is Exclude<(typeof employerTextFields)[number], 'notes'> => field !== 'notes',
);
export type MergeableEmployerField = (typeof mergeableEmployerFields)[number];

/**
 * Two records of one employer made one: everything the other holds moves to the one kept, which
 * takes the other's value of each field named in `take` (and of any field it has empty).
 */
export const mergeEmployersInput = z
  .object({
    keepId: recordId('Choose the employer to keep'),
    mergeId: recordId('Choose the employer to merge into it'),
    take: z.partialRecord(z.enum(mergeableEmployerFields), z.enum(['kept', 'merged'])).optional(),
  })
  .refine((input) => input.keepId !== input.mergeId, {
    error: 'Choose two different employers',
    path: ['mergeId'],
  });
