import { z } from 'zod';
import { fullPath } from '../fields';

/** A file Bridgework wrote for the user to send on. */
export type ExportedFile = { file: string; name: string; folder: string; bytes: number };

/** A file Bridgework exported, by its name in the exports folder. */
export const exportedFileInput = z.object({
  name: z
    .string()
    .min(1, { error: 'Choose a file' })
    .max(255)
    .refine((name) => !/[\\/]/.test(name) && name !== '..' && name !== '.', {
      error: 'Choose a file Bridgework exported',
    }),
});

/** Every table of the record, in the order an archive holds them: each after the ones it refers to. */
export const archiveTables = [
  'vocabulary',
  'setting',
  'employer',
  'person',
  'programme',
  'affiliation',
  'interaction',
  'interactionPerson',
  'trustNote',
  'commitment',
  'assessment',
  'phaseChange',
  'opportunity',
  'referral',
  'referralStep',
  'sustainmentCheck',
  'progression',
  'evidence',
  'caseStudy',
  'caseStudyVersion',
  'employerContact',
  'reviewFlag',
  'notDuplicate',
  'changeSet',
  'changeLog',
] as const;
export type ArchiveTable = (typeof archiveTables)[number];

/**
 * The first line of an archive. Every other line is a row, `{ "table": …, "row": … }`, or, after
 * the rows, an evidence file kept in the data folder, `{ "evidenceFile": …, "contentBase64": … }`.
 */
export type ArchiveHeader = {
  bridgework: 'archive';
  version: 1;
  schemaVersion: number;
  exportedAt: string;
  rows: Partial<Record<ArchiveTable, number>>;
  evidenceFiles?: number;
};

/** How an evidence file is named in the evidence folder: its id and extension, nothing else. */
export const storedEvidenceName = /^[0-9a-f-]{36}(\.[a-z0-9]{1,8})?$/;

const jobId = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/)
  .optional();

export const exportAllInput = z.object({ jobId }).optional();

/** The record's lists, one a file, as a person would read them: names, not ids. */
export const exportTables = [
  'employers',
  'people',
  'roles',
  'interactions',
  'commitments',
  'trustNotes',
  'assessments',
  'phaseChanges',
  'opportunities',
  'referrals',
  'programmes',
  'caseStudies',
] as const;
export type ExportTable = (typeof exportTables)[number];
export const exportTableLabels: Record<ExportTable, string> = {
  employers: 'Employers',
  people: 'People',
  roles: 'Roles at employers',
  interactions: 'Contacts',
  commitments: 'Promises',
  trustNotes: 'Trust notes',
  assessments: 'Depth assessments',
  phaseChanges: 'Phase moves',
  opportunities: 'Opportunities',
  referrals: 'Referrals',
  programmes: 'Programmes',
  caseStudies: 'Case studies',
};

export const exportTableInput = z.object({
  table: z.enum(exportTables, { error: 'Choose what to export' }),
  format: z.enum(['csv', 'xlsx'], { error: 'Choose CSV or Excel' }),
  jobId,
});

/** Without `file`, Bridgework asks which archive to import. */
export const importArchiveInput = z.object({ file: fullPath('Choose an archive').optional(), jobId });

export type ArchiveImport = {
  fileName: string;
  exportedAt: string;
  added: number;
  alreadyHad: number;
  evidenceFiles: number;
};
