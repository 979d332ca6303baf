// The employer form works in strings ('' for empty, 'yes' | 'no' | '' for not known);
// the contract works in nulls and booleans. These convert between the two.
import {
  employerTextFields,
  employerYesNoFields,
  type Employer,
  type EmployerFieldsInput,
} from '../../../shared/employers/schema';

export type YesNoUnknown = 'yes' | 'no' | '';

export type EmployerFormValues = {
  name: string;
  sector: string;
  sizeBand: string;
  ownership: string;
  locality: string;
  isBranchOfNational: boolean;
  localRecruitmentDiscretion: YesNoUnknown;
  livingWageEmployer: YesNoUnknown;
  collectiveAgreement: YesNoUnknown;
  website: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  approach: string;
  phase: string;
  accountOwner: string;
  notes: string;
};

export const blankEmployer: EmployerFormValues = {
  ...(Object.fromEntries(employerTextFields.map((field) => [field, ''])) as Record<
    (typeof employerTextFields)[number],
    string
  >),
  phase: 'preparing',
  isBranchOfNational: false,
  localRecruitmentDiscretion: '',
  livingWageEmployer: '',
  collectiveAgreement: '',
};

export function toFormValues(employer: Employer): EmployerFormValues {
  const values = { ...blankEmployer, isBranchOfNational: employer.isBranchOfNational };
  for (const field of employerTextFields) values[field] = employer[field] ?? '';
  for (const field of employerYesNoFields)
    values[field] = employer[field] === null ? '' : employer[field] ? 'yes' : 'no';
  return values;
}

export function toFields(values: EmployerFormValues): EmployerFieldsInput {
  const fields: EmployerFieldsInput = { ...values, isBranchOfNational: values.isBranchOfNational } as never;
  for (const field of employerYesNoFields) fields[field] = values[field] === '' ? null : values[field] === 'yes';
  if (!values.isBranchOfNational) fields.localRecruitmentDiscretion = null;
  return fields;
}
