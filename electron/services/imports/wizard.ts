// Importing employers, people and contacts from the spreadsheets people already keep: read the
// file, guess the columns, check every row, then write the lot in one transaction.
import { sql } from 'kysely';
import { formatDate } from '../../../shared/dates';
import { guessColumns } from '../../../shared/imports/guess';
import type { ImportTarget } from '../../../shared/imports/fields';
import type { Vocabulary } from '../../../shared/contract';
import type { VocabularyListName } from '../../../shared/vocabulary';
import type { ImportPreview, ImportSummary, PreviewImportInput } from '../../../shared/imports/schema';
import { DomainError } from '../../../shared/result';
import { csvBytes } from '../documents/spreadsheet';
import { formatPostcode } from '../employers/rows';
import { writeExport } from '../exports/files';
import { type ServiceContext } from '../../kernel/context';
import { loadInteractionKeys, loadLookups } from './lookups';
import { columnsOf, mappingProblem, planImport, type ImportPlan, type PlannedRow } from './plan';
import { readImportFile } from './read';
import type { StagedImport } from './sessions';
import type { ImportSheet } from './table';
import { writePlan } from './write';
import { employerNameKey } from '../../../shared/employers/names';

const shownProblems = 500;
const sampleRows = 5;

type Choices = Omit<PreviewImportInput, 'file' | 'importId'> & { target: ImportTarget };

export async function previewImport(
  ctx: ServiceContext,
  input: PreviewImportInput & { target: ImportTarget },
): Promise<ImportPreview> {
  const staged = input.file ? await stage(ctx, input.file) : requireStaged(ctx, input.importId!);
  const { sheet, mapping, why, problem, plan, lookups } = await checkRows(ctx, staged, input);
  return {
    importId: staged.id,
    fileName: staged.fileName,
    readAs: staged.book.readAs,
    sheets: staged.book.sheets.map((s) => s.name ?? staged.fileName),
    sheet: sheet.name,
    target: input.target,
    headers: sheet.headers,
    examples: sheet.headers.map((_h, column) =>
      sheet.rows
        .map((row) => row.cells[column] ?? '')
        .filter(Boolean)
        .slice(0, 3),
    ),
    mapping,
    guessedBecause: why,
    mappingProblem: problem,
    totalRows: sheet.rows.length,
    readyRows: plan?.rows.length ?? 0,
    sample:
      plan && lookups
        ? plan.rows.slice(0, sampleRows).map((row) => ({ row: row.row, values: storedValues(row, lookups.vocabulary) }))
        : [],
    problems: plan?.problems.slice(0, shownProblems) ?? [],
    problemCount: plan?.problems.length ?? 0,
    changed: plan?.changed.slice(0, shownProblems) ?? [],
    changedCount: plan?.changed.length ?? 0,
    unlisted: (plan?.unlisted ?? []).map((value) => ({
      ...value,
      column: sheet.headers[mapping.indexOf(value.field)] ?? value.field,
    })),
    sameInFile:
      plan?.sameInFile.slice(0, shownProblems).map(({ name, rows, conflicts }) => ({
        name,
        rows,
        conflicts: conflicts.map(({ field, column, values, keptRow }) => ({
          field,
          column,
          values: values.map(({ row, shown }) => ({ row, shown })),
          keptRow,
        })),
      })) ?? [],
    sameInFileCount: plan?.sameInFile.length ?? 0,
    matches: plan?.matches.slice(0, shownProblems) ?? [],
    matchCount: plan?.matches.length ?? 0,
    newEmployers: plan?.newEmployers.slice(0, 50).map((ref) => ref.name) ?? [],
    newEmployerCount: plan?.newEmployers.length ?? 0,
  };
}

export async function commitImport(ctx: ServiceContext, input: Choices & { importId: string }): Promise<ImportSummary> {
  const staged = requireStaged(ctx, input.importId);
  return ctx.work.jobs.run(input.importId, 1, async (job) => {
    await job.checkpoint('Checking every row', 0, 1);
    const { sheet, problem, plan, lookups } = await checkRows(ctx, staged, input);
    if (problem || !plan || !lookups)
      throw new DomainError('invalid_input', problem ?? 'Choose the columns first.', 'mapping');
    if (plan.rows.length === 0) {
      throw new DomainError(
        'invalid_input',
        'No row can be imported. Check the problems listed, fix them in the file and choose it again.',
        'file',
      );
    }
    const counts = await writePlan(ctx, input.target, plan, lookups, job);
    const toCheck = plan.problems.length + plan.changed.length > 0;
    const rowsToCheckFile = toCheck ? await writeRowsToCheck(ctx, staged, sheet, plan) : null;
    ctx.work.imports.forget(staged.id);
    return {
      fileName: staged.fileName,
      target: input.target,
      ...counts,
      rejected: plan.problems.length,
      changed: plan.changed.length,
      rowsToCheckFile,
    };
  });
}

async function stage(ctx: ServiceContext, file: { name: string; contentBase64: string }): Promise<StagedImport> {
  const book = await readImportFile(file.name, Buffer.from(file.contentBase64, 'base64'));
  if (book.sheets.every((sheet) => sheet.rows.length === 0)) {
    throw new DomainError('invalid_input', `${file.name} has no rows under its headers. Choose another file.`, 'file');
  }
  const staged = { id: ctx.newId(), fileName: file.name, book };
  ctx.work.imports.add(staged);
  return staged;
}

function requireStaged(ctx: ServiceContext, importId: string): StagedImport {
  const staged = ctx.work.imports.get(importId);
  if (!staged)
    throw new DomainError('not_found', 'That import has finished or was cancelled. Choose the file again.', 'file');
  return staged;
}

type Checked = Awaited<ReturnType<typeof checkRowsAfresh>>;
type Resolved = { sheet: ImportSheet; mapping: ImportPreview['mapping']; why: ImportPreview['guessedBecause'] };

/** The rows checked against the record; the last check is reused while nothing has been written since. */
async function checkRows(ctx: ServiceContext, staged: StagedImport, chosen: Choices): Promise<Checked> {
  const choices = { ...chosen, duplicates: chosen.duplicates ?? staged.book.whenMatched ?? 'skip' };
  const resolved = resolveChoices(staged, choices);
  const key = JSON.stringify([
    choices.target,
    resolved.sheet.name,
    resolved.mapping,
    choices.duplicates,
    choices.decisions,
    choices.values,
    choices.keep,
  ]);
  const { rows } = await sql<{ writes: number }>`select total_changes() as writes`.execute(ctx.db);
  const writes = rows[0]!.writes;
  const last = checks.get(staged);
  if (last && last.key === key && last.writes === writes) return last.checked;
  const checked = await checkRowsAfresh(ctx, resolved, choices);
  checks.set(staged, { key, writes, checked });
  return checked;
}

const checks = new WeakMap<StagedImport, { key: string; writes: number; checked: Checked }>();

/** The sheet chosen (or the first with rows) and the mapping chosen (or guessed), with why each column was guessed as it was. */
function resolveChoices(staged: StagedImport, choices: Choices): Resolved {
  const sheets = staged.book.sheets;
  const sheet =
    sheets.find((s) => s.name !== null && s.name === choices.sheet) ??
    sheets.find((s) => s.rows.length > 0) ??
    sheets[0]!;
  const guesses = guessColumns(
    sheet.headers,
    sheet.headers.map((_h, column) => sheet.rows.slice(0, 20).map((row) => row.cells[column] ?? '')),
    choices.target,
  );
  const mapping =
    choices.mapping && choices.mapping.length === sheet.headers.length
      ? choices.mapping
      : guesses.map((guess) => guess.field);
  const why = mapping.map((field, column) => (field && guesses[column]!.field === field ? guesses[column]!.why : null));
  return { sheet, mapping, why };
}

async function checkRowsAfresh(ctx: ServiceContext, { sheet, mapping, why }: Resolved, choices: Choices) {
  const problem = mappingProblem(choices.target, mapping);
  if (problem) return { sheet, mapping, why, problem, plan: null, lookups: null };
  const lookups = await loadLookups(ctx.db);
  const today = ctx.now().slice(0, 10);
  const planChoices = {
    target: choices.target,
    mapping,
    duplicates: choices.duplicates ?? 'skip',
    decisions: choices.decisions ?? {},
    values: choices.values,
    keep: choices.keep,
    today,
  };
  const interactionKeys =
    choices.target === 'interactions'
      ? await loadInteractionKeys(ctx.db, employersNamedIn(sheet, mapping, lookups))
      : undefined;
  const plan = planImport(sheet, lookups, { ...planChoices, interactionKeys });
  return { sheet, mapping, why, problem, plan, lookups };
}

function employersNamedIn(
  sheet: ImportSheet,
  mapping: ImportPreview['mapping'],
  lookups: Awaited<ReturnType<typeof loadLookups>>,
) {
  const column = columnsOf(mapping).get('employerName');
  if (column === undefined) return [];
  const ids = new Set<string>();
  for (const row of sheet.rows) {
    const known = lookups.employers.get(employerNameKey(row.cells[column] ?? ''));
    if (known) ids.add(known.id);
  }
  return [...ids];
}

/** A row as it will be stored, in the words of the mapping step. */
function storedValues(planned: PlannedRow, vocabulary: Vocabulary) {
  const label = (list: VocabularyListName, code: string) =>
    vocabulary[list].find((e) => e.code === code)?.label ?? code;
  const outcome = planned.changes.length > 0 ? `${outcomeOf(planned)}, with changes` : outcomeOf(planned);
  const values: { label: string; value: string }[] = [{ label: 'Bridgework will', value: outcome }];
  const employer = planned.employerFields;
  if (planned.employer) values.push({ label: 'Employer', value: planned.employer.name });
  if (employer?.sector) values.push({ label: 'Sector', value: label('sector', employer.sector) });
  if (employer?.sizeBand) values.push({ label: 'Size', value: label('size_band', employer.sizeBand) });
  if (employer?.locality) values.push({ label: 'Area', value: employer.locality });
  if (employer?.postcode) values.push({ label: 'Postcode', value: formatPostcode(employer.postcode) });
  if (planned.person) {
    values.push({ label: 'Person', value: planned.person.fields.name });
    if (planned.person.roleTitle) values.push({ label: 'Job title', value: planned.person.roleTitle });
    if (planned.person.fields.email) values.push({ label: 'Email', value: planned.person.fields.email });
    if (planned.person.fields.phone) values.push({ label: 'Phone', value: planned.person.fields.phone });
  }
  if (planned.lastContact) values.push({ label: 'Last contact', value: formatDate(planned.lastContact.occurredAt) });
  if (planned.interaction) {
    values.push({ label: 'Date', value: formatDate(planned.interaction.occurredAt) });
    values.push({ label: 'Kind', value: label('interaction_kind', planned.interaction.kind) });
    values.push({ label: 'Summary', value: planned.interaction.summary });
  }
  return values;
}

function outcomeOf(planned: PlannedRow): string {
  const existing = planned.match?.existing.name;
  if (planned.action === 'skip') return `Skip it: ${existing} is already in Bridgework`;
  if (planned.action === 'update') return `Update ${existing}`;
  if (planned.action === 'fill') return `Fill in what ${existing} is missing`;
  if (planned.interaction) return 'Add a contact';
  if (planned.employerFields || (planned.employer && !planned.person)) return 'Add an employer';
  return 'Add a person';
}

/** The rows that did not go in as they were, each with what happened and why, in the file's own columns. */
async function writeRowsToCheck(ctx: ServiceContext, staged: StagedImport, sheet: ImportSheet, plan: ImportPlan) {
  const outcomes = new Map<number, string[]>();
  for (const row of plan.changed) outcomes.set(row.row, ['Imported with changes', row.message]);
  for (const row of plan.problems) outcomes.set(row.row, ['Not imported', row.message]);
  const lines = [
    ['Row', ...sheet.headers, 'What happened', 'Why'],
    ...sheet.rows
      .filter((row) => outcomes.has(row.row))
      .map((row) => [row.row, ...row.cells, ...outcomes.get(row.row)!]),
  ];
  const base = staged.fileName.replace(/\.[^.]+$/, '');
  return writeExport(ctx, `${base} - rows to check`, 'csv', csvBytes(lines));
}
