import { z } from 'zod';

// Form fields arrive as '' when left empty; the record stores null.
const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

function optionalText(max: number, tooLong: string) {
  return z.preprocess(emptyToNull, z.string().trim().max(max, { error: tooLong }).nullable().optional());
}

function optionalCode(label: string) {
  return z.preprocess(
    emptyToNull,
    z
      .string({ error: `Choose a ${label} from the list` })
      .max(60)
      .nullable()
      .optional(),
  );
}

const websitePattern = /^(https?:\/\/)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(:\d+)?(\/\S*)?$/i;
const phonePattern = /^\+?[0-9 ()-]{6,30}$/;
const postcodePattern = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;

export const employerNameMax = 200;

export const employerFields = z.object({
  name: z
    .string({ error: "Enter the employer's name" })
    .trim()
    .min(1, { error: "Enter the employer's name" })
    .max(employerNameMax, { error: `Employer name must be ${employerNameMax} characters or fewer` }),
  sector: optionalCode('sector'),
  sizeBand: optionalCode('size'),
  ownership: optionalCode('type of ownership'),
  locality: optionalText(100, 'Area must be 100 characters or fewer'),
  isBranchOfNational: z.boolean({ error: 'Say whether this is a branch of a national employer' }).optional(),
  localRecruitmentDiscretion: z.boolean().nullable().optional(),
  livingWageEmployer: z.boolean().nullable().optional(),
  collectiveAgreement: z.boolean().nullable().optional(),
  website: z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .max(300, { error: 'Website must be 300 characters or fewer' })
      .regex(websitePattern, { error: 'Enter a website address like www.example.co.uk' })
      .nullable()
      .optional(),
  ),
  phone: z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .regex(phonePattern, { error: 'Enter a phone number using digits and spaces, like 0161 496 0000' })
      .nullable()
      .optional(),
  ),
  email: z.preprocess(
    emptyToNull,
    z
      .email({ error: 'Enter an email address like name@example.co.uk' })
      .trim()
      .max(254, { error: 'Email address must be 254 characters or fewer' })
      .nullable()
      .optional(),
  ),
  address: optionalText(500, 'Address must be 500 characters or fewer'),
  postcode: z.preprocess(
    emptyToNull,
    z.string().trim().regex(postcodePattern, { error: 'Enter a full UK postcode, like M1 1AE' }).nullable().optional(),
  ),
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

export const employerId = z.string({ error: 'Choose an employer' }).uuid({ error: 'That employer does not exist' });

export const createEmployerInput = employerFields;

export const updateEmployerInput = employerFields.partial().extend({
  id: employerId,
  /** The `updatedAt` the editor started from; a newer record on disk is a conflict. */
  expectedUpdatedAt: z.string().optional(),
});

export const employerSortColumns = ['name', 'sector', 'sizeBand', 'phase', 'locality', 'updatedAt'] as const;
export type EmployerSortColumn = (typeof employerSortColumns)[number];

export const listEmployersInput = z.object({
  query: z.string().trim().max(200, { error: 'Search text must be 200 characters or fewer' }).optional(),
  phase: z.array(z.string().max(60)).max(50).optional(),
  sector: z.array(z.string().max(60)).max(50).optional(),
  sizeBand: z.array(z.string().max(60)).max(50).optional(),
  locality: z.array(z.string().max(100)).max(200).optional(),
  archived: z.boolean().optional(),
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
  accountOwner: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type EmployerListRow = Pick<
  Employer,
  'id' | 'name' | 'sector' | 'sizeBand' | 'ownership' | 'locality' | 'phase' | 'depth' | 'updatedAt' | 'deletedAt'
>;

export type EmployerPage = { rows: EmployerListRow[]; total: number };

export type SimilarEmployer = Pick<Employer, 'id' | 'name' | 'locality' | 'phase' | 'deletedAt'>;
