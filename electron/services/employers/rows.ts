// Between the employer table's row (integers for yes/no) and the Employer the contract returns.
import type { Selectable } from 'kysely';
import { employerNameKey } from '../../../shared/employers/names';
import {
  employerTextFields,
  employerYesNoFields,
  type Employer,
  type EmployerFields,
} from '../../../shared/employers/schema';
import type { EmployerTable } from '../../db/schema';

type EmployerRow = Selectable<EmployerTable>;

const yesNo = (value: number | null) => (value === null ? null : value === 1);
const flag = (value: boolean | null | undefined) => (value == null ? null : value ? 1 : 0);

export function toEmployer(row: EmployerRow): Employer {
  return {
    id: row.id,
    name: row.name,
    sector: row.sector,
    sizeBand: row.sizeBand,
    ownership: row.ownership,
    locality: row.locality,
    isBranchOfNational: row.isBranchOfNational === 1,
    localRecruitmentDiscretion: yesNo(row.localRecruitmentDiscretion),
    livingWageEmployer: yesNo(row.livingWageEmployer),
    collectiveAgreement: yesNo(row.collectiveAgreement),
    website: row.website,
    phone: row.phone,
    email: row.email,
    address: row.address,
    postcode: row.postcode,
    approach: row.approach,
    phase: row.phase,
    depth: row.depth,
    phaseSince: row.phaseSince,
    lastContactAt: row.lastContactAt,
    accountOwner: row.accountOwner,
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

/** The columns to write for the given fields; fields not given are left out. */
export function employerColumns(fields: Partial<EmployerFields>): Partial<EmployerRow> {
  const columns: Partial<EmployerRow> = {};
  for (const key of employerTextFields) {
    const value = fields[key];
    if (value !== undefined) (columns as Record<string, string | null>)[key] = value;
  }
  for (const key of employerYesNoFields) {
    if (fields[key] !== undefined) columns[key] = flag(fields[key]);
  }
  if (fields.isBranchOfNational !== undefined) columns.isBranchOfNational = fields.isBranchOfNational ? 1 : 0;
  if (fields.name !== undefined) columns.nameKey = employerNameKey(fields.name);
  if (columns.postcode) columns.postcode = formatPostcode(columns.postcode);
  return columns;
}

/** `m11ae` → `M1 1AE`: the inward code is always the last three characters. */
export function formatPostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
