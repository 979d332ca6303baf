// What an imported spreadsheet's columns can become, for each kind of import, and the header
// names each is recognised by when Bridgework guesses the mapping.
export const importTargets = ['employers', 'people', 'interactions'] as const;
export type ImportTarget = (typeof importTargets)[number];

export const importTargetLabels: Record<ImportTarget, string> = {
  employers: 'Employers',
  people: 'People at employers',
  interactions: 'Contacts and visits',
};

type FieldDefinition = {
  label: string;
  /** Lower-case header words that mean this field, most likely first. */
  headers: string[];
  /** What a cell must look like for an unnamed column to be guessed as this field. */
  looksLike?: 'email' | 'phone' | 'date' | 'postcode' | 'website';
};

export const importFields = {
  employerName: {
    label: 'Employer name',
    headers: [
      'employer',
      'employer name',
      'company',
      'company name',
      'organisation',
      'organization',
      'business',
      'org',
    ],
  },
  sector: { label: 'Sector', headers: ['sector', 'industry'] },
  sizeBand: { label: 'Size', headers: ['size', 'size band', 'staff', 'employees', 'number of staff', 'headcount'] },
  ownership: { label: 'Ownership', headers: ['ownership', 'type of ownership', 'owner type'] },
  locality: { label: 'Area', headers: ['area', 'locality', 'patch', 'borough', 'town', 'city', 'location'] },
  website: { label: 'Website', headers: ['website', 'web', 'url', 'web site'], looksLike: 'website' },
  employerPhone: { label: 'Employer phone', headers: ['main phone', 'office phone', 'switchboard', 'company phone'] },
  employerEmail: { label: 'Employer email', headers: ['company email', 'general email', 'office email'] },
  address: { label: 'Address', headers: ['address', 'street', 'address line 1'] },
  postcode: {
    label: 'Postcode',
    headers: ['postcode', 'post code', 'zip', 'zip code', 'postal code'],
    looksLike: 'postcode',
  },
  country: { label: 'Country', headers: ['country', 'nation'] },
  approach: { label: 'How it started', headers: ['how it started', 'approach', 'source', 'how we met'] },
  accountOwner: { label: 'Account owner', headers: ['account owner', 'owner', 'relationship manager', 'staff member'] },
  personName: {
    label: 'Person’s name',
    headers: ['name', 'full name', 'contact', 'contact name', 'person', 'who', 'people present', 'met with'],
  },
  firstName: { label: 'First name', headers: ['first name', 'forename', 'given name', 'first'] },
  lastName: { label: 'Last name', headers: ['last name', 'surname', 'family name', 'last'] },
  roleTitle: { label: 'Job title', headers: ['job title', 'title', 'role', 'position', 'job'] },
  personEmail: { label: 'Email', headers: ['email', 'e-mail', 'email address', 'contact email'], looksLike: 'email' },
  personPhone: {
    label: 'Phone',
    headers: ['phone', 'telephone', 'tel', 'mobile', 'phone number', 'contact phone'],
    looksLike: 'phone',
  },
  personOtherPhones: {
    label: 'Other phone numbers',
    headers: ['other phone', 'other phones', 'other phone numbers', 'phone 2', 'second phone'],
  },
  personOtherEmails: {
    label: 'Other email addresses',
    headers: ['other email', 'other emails', 'other email addresses', 'email 2', 'e-mail 2', 'e-mail 2 address'],
  },
  personNotes: { label: 'Notes about the person', headers: ['person notes', 'contact notes'] },
  date: {
    label: 'Date',
    headers: ['date', 'when', 'date of contact', 'contact date', 'visit date'],
    looksLike: 'date',
  },
  kind: { label: 'Kind of contact', headers: ['kind', 'type', 'contact type', 'method', 'channel', 'how'] },
  summary: { label: 'Summary', headers: ['summary', 'subject', 'title', 'what happened', 'description', 'outcome'] },
  notes: { label: 'Notes', headers: ['notes', 'note', 'comments', 'details', 'detail'] },
  lastContact: {
    label: 'Last contact',
    headers: [
      'last contact',
      'last contacted',
      'last contact date',
      'date of last contact',
      'date last contacted',
      'last spoke',
      'last spoken to',
      'last visit',
      'last visited',
    ],
  },
} satisfies Record<string, FieldDefinition>;

export type ImportField = keyof typeof importFields;
export const importFieldKeys = Object.keys(importFields) as ImportField[];

const employerDetails: ImportField[] = [
  'sector',
  'sizeBand',
  'ownership',
  'locality',
  'website',
  'employerPhone',
  'employerEmail',
  'address',
  'postcode',
  'country',
  'approach',
  'accountOwner',
];
const personDetails: ImportField[] = [
  'personName',
  'firstName',
  'lastName',
  'roleTitle',
  'personEmail',
  'personPhone',
  'personOtherEmails',
  'personOtherPhones',
];

/** The fields each kind of import offers, in the order the mapping step lists them. */
export const fieldsFor: Record<ImportTarget, ImportField[]> = {
  employers: ['employerName', ...employerDetails, 'notes', 'lastContact', ...personDetails, 'personNotes'],
  people: [...personDetails, 'notes', 'lastContact', 'employerName', ...employerDetails],
  interactions: [
    'employerName',
    'date',
    'kind',
    'summary',
    'notes',
    'personName',
    'firstName',
    'lastName',
    'roleTitle',
  ],
};

/** Fields without which a row cannot be stored; a person's name may come as first + last. */
export const requiredFor: Record<ImportTarget, (ImportField | ImportField[])[]> = {
  employers: ['employerName'],
  people: [['personName', 'firstName', 'lastName']],
  interactions: ['employerName', 'date'],
};
