// Turns each row of a sheet into what it will become — a new or updated employer, person or
// contact — or into the reasons it cannot be stored. Nothing is written here.
import { z } from 'zod';
import { employerFields, type EmployerFields } from '../../../shared/employers/schema';
import { employerNameKey } from '../../../shared/employers/names';
import { matchCode, sizeBandFor, suggestCode } from '../../../shared/imports/codes';
import { parseImportDate } from '../../../shared/imports/dates';
import { importFields, requiredFor, type ImportField, type ImportTarget } from '../../../shared/imports/fields';
import type { DuplicateAction, ImportMatch, ImportProblem } from '../../../shared/imports/schema';
import { personFields, type PersonFields } from '../../../shared/people/schema';
import { personNameKey } from '../../../shared/people/names';
import type { VocabularyListName } from '../../../shared/vocabulary';
import type { VocabularyEntry } from '../../../shared/contract';
import { interactionKey, type KnownPerson, type Lookups } from './lookups';
import { importedPhone } from './phone';
import type { ImportRow, ImportSheet } from './table';

export type EmployerRef = { key: string; name: string; existingId: string | null };
/** Rows that are the same employer; where they give one field different values, which is kept. */
export type SameInFile = {
  name: string;
  rows: number[];
  conflicts: {
    field: keyof EmployerFields;
    column: string;
    values: { row: number; value: string; shown: string }[];
    keptRow: number;
  }[];
};

export type PlannedPerson = {
  key: string;
  fields: PersonFields;
  roleTitle: string | null;
  existing: KnownPerson | null;
};

export type PlannedInteraction = {
  kind: string;
  occurredAt: string;
  status: 'planned' | 'done';
  summary: string;
  notes: string | null;
  existingId: string | null;
};

export type PlannedRow = {
  row: number;
  /** What was left out or changed to make the record, and why: the row is "imported with changes". */
  changes: string[];
  action: DuplicateAction;
  match: ImportMatch | null;
  employer: EmployerRef | null;
  employerFields: EmployerFields | null;
  person: PlannedPerson | null;
  interaction: PlannedInteraction | null;
  /** From a "Last contact" column in a list of employers or people: a done contact on that day. */
  lastContact: PlannedInteraction | null;
};

export type ImportPlan = {
  rows: PlannedRow[];
  /** Rows that cannot make a record, and why. */
  problems: ImportProblem[];
  /** Rows imported with changes, and what changed. */
  changed: ImportProblem[];
  /** Rows that are the same employer, made into one record. */
  sameInFile: SameInFile[];
  unlisted: UnlistedValue[];
  matches: ImportMatch[];
  newEmployers: EmployerRef[];
};

/** A value not on one of the lists, once however many rows hold it, and what it will be stored as. */
export type UnlistedValue = {
  field: ImportField;
  list: VocabularyListName;
  value: string;
  rows: number;
  suggestion: string | null;
  /** The code it will be stored as; null: left empty and kept in the notes. */
  storedAs: string | null;
};

export type PlanChoices = {
  /** For values not on a list, by field then value: the code to store, or '' to leave it empty. */
  values?: Partial<Record<ImportField, Record<string, string>>>;
  target: ImportTarget;
  mapping: (ImportField | null)[];
  duplicates: DuplicateAction;
  decisions: Record<string, DuplicateAction>;
  /** Today, YYYY-MM-DD: contacts dated after it are planned ones. */
  today: string;
  interactionKeys?: Map<string, { id: string; summary: string }>;
  /** Rows of one employer that give a field different values: by the group's first row, then field, the row whose value to keep. */
  keep?: Record<string, Record<string, number>>;
};

const employerFieldFor: Partial<Record<ImportField, keyof EmployerFields>> = {
  employerName: 'name',
  sector: 'sector',
  sizeBand: 'sizeBand',
  ownership: 'ownership',
  locality: 'locality',
  website: 'website',
  employerPhone: 'phone',
  employerEmail: 'email',
  address: 'address',
  postcode: 'postcode',
  approach: 'approach',
  accountOwner: 'accountOwner',
};
const ukNames = /^\s*(uk|u\.k\.|united kingdom|great britain|gb|britain|england|scotland|wales|northern ireland)\s*$/i;
const codeLists: Partial<Record<keyof EmployerFields, VocabularyListName>> = {
  sector: 'sector',
  sizeBand: 'size_band',
  ownership: 'ownership',
  approach: 'approach',
};

/** Which column holds a field, by the mapping. */
export function columnsOf(mapping: (ImportField | null)[]): Map<ImportField, number> {
  const columns = new Map<ImportField, number>();
  mapping.forEach((field, column) => {
    if (field && !columns.has(field)) columns.set(field, column);
  });
  return columns;
}

/** Why the mapping cannot be used yet, or null. */
export function mappingProblem(target: ImportTarget, mapping: (ImportField | null)[]): string | null {
  const chosen = new Set(mapping.filter(Boolean));
  for (const required of requiredFor[target]) {
    const options = Array.isArray(required) ? required : [required];
    if (!options.some((field) => chosen.has(field))) {
      return `Choose the column that holds the ${importFields[options[0]!].label.toLowerCase()}.`;
    }
  }
  return null;
}

export function planImport(sheet: ImportSheet, lookups: Lookups, choices: PlanChoices): ImportPlan {
  const columns = columnsOf(choices.mapping);
  const header = (field: ImportField) => sheet.headers[columns.get(field)!] ?? importFields[field].label;
  const plan: ImportPlan = {
    rows: [],
    problems: [],
    changed: [],
    sameInFile: [],
    unlisted: [],
    matches: [],
    newEmployers: [],
  };
  const unlisted = new Map<string, UnlistedValue>();
  /** A value not on its list: what the person chose for it, else Bridgework's best match, else nothing. */
  const lists: ListValues = (field, list, value) => {
    const key = `${field}\u0000${value}`;
    let found = unlisted.get(key);
    if (!found) {
      const suggestion = suggestCode(lookups.vocabulary[list], value);
      const chosen = choices.values?.[field]?.[value];
      const known = chosen && lookups.vocabulary[list].some((entry) => entry.code === chosen) ? chosen : null;
      found = { field, list, value, rows: 0, suggestion, storedAs: chosen === undefined ? suggestion : known };
      unlisted.set(key, found);
    }
    found.rows++;
    const storedAs = found.storedAs;
    return storedAs ? lookups.vocabulary[list].find((entry) => entry.code === storedAs) : null;
  };
  const newEmployers = new Map<string, EmployerRef>();
  const firstRowOfEmployer = new Map<string, PlannedRow>();
  const sameInFile = new Map<string, SameInFile>();

  const employerRef = (name: string): EmployerRef => {
    const key = employerNameKey(name);
    const known = lookups.employers.get(key);
    if (known) return { key, name: known.name, existingId: known.id };
    let ref = newEmployers.get(key);
    if (!ref) {
      ref = { key, name, existingId: null };
      newEmployers.set(key, ref);
    }
    return ref;
  };
  const decide = (row: ImportRow, label: string, existing: ImportMatch['existing']): ImportMatch => {
    const match = { row: row.row, label, existing, action: choices.decisions[row.row] ?? choices.duplicates };
    plan.matches.push(match);
    return match;
  };

  for (const row of sheet.rows) {
    const cell = (field: ImportField) => {
      const column = columns.get(field);
      return column === undefined ? '' : (row.cells[column] ?? '').trim();
    };
    const reasons: string[] = [];
    const changes: string[] = [];
    const said = { reasons, changes };
    const planned: PlannedRow = {
      row: row.row,
      changes,
      action: 'create',
      match: null,
      employer: null,
      employerFields: null,
      person: null,
      interaction: null,
      lastContact: null,
    };

    if (choices.target === 'employers') {
      planned.employerFields = readEmployer(cell, header, lookups, lists, said);
    } else if (cell('employerName')) {
      if (cell('employerName').length > 200)
        reasons.push(`${header('employerName')}: Employer name must be 200 characters or fewer.`);
      else planned.employer = employerRef(cell('employerName'));
    } else if (choices.target === 'interactions') {
      reasons.push(`${header('employerName')} is empty. Say which employer the contact was with.`);
    }
    const personName = cell('personName') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
    if (personName || choices.target === 'people') {
      planned.person = readPerson(personName, cell, header, choices.target, said);
    }
    if (choices.target === 'interactions') {
      planned.interaction = readInteraction(cell, header, lookups, lists, choices.today, said);
    } else if (cell('lastContact')) {
      planned.lastContact = readLastContact(planned, cell('lastContact'), header('lastContact'), choices.today, said);
    }
    if (reasons.length > 0) {
      plan.problems.push(withLabel(row, reasons));
      continue;
    }

    if (planned.employerFields) {
      const key = employerNameKey(planned.employerFields.name);
      const first = firstRowOfEmployer.get(key);
      if (first) {
        // A second row for the same employer adds its contact to the first row's employer.
        planned.employer = first.employer;
        planned.action = first.action;
        planned.match = first.match;
        const group = sameInFile.get(key)!;
        const differing = joinRows(first, planned.employerFields, row.row, group, {
          labelOf: (key) => header(fieldFrom(employerFieldFor, key) ?? 'notes'),
          shown: (key, value) => {
            const list = codeLists[key];
            return (list && lookups.vocabulary[list].find((entry) => entry.code === value)?.label) || value;
          },
        });
        changes.push(
          `The same employer as row ${first.row}, so the two make one record${
            differing.length
              ? `; where its ${differing.join(', ')} ${differing.length === 1 ? 'differs' : 'differ'}, the value you keep is stored and the other kept in the notes`
              : ''
          }.`,
        );
        sameInFile.get(key)!.rows.push(row.row);
        planned.employerFields = null;
      } else {
        const known = lookups.employers.get(key);
        planned.employer = { key, name: planned.employerFields.name, existingId: known?.id ?? null };
        if (known) {
          planned.match = decide(row, planned.employerFields.name, {
            id: known.id,
            name: known.name,
            kind: 'employer',
          });
          planned.action = planned.match.action;
        }
        firstRowOfEmployer.set(key, planned);
        sameInFile.set(key, { name: planned.employerFields.name, rows: [row.row], conflicts: [] });
      }
    }
    if (choices.target === 'people' && planned.person) {
      const existing = findPerson(lookups, planned.person, planned.employer);
      if (existing) {
        planned.person.existing = existing;
        planned.match = decide(row, planned.person.fields.name, {
          id: existing.id,
          name: existing.name,
          kind: 'person',
        });
        planned.action = planned.match.action;
      }
    }
    if (planned.interaction && planned.employer?.existingId) {
      const { kind, occurredAt, summary } = planned.interaction;
      const existing = choices.interactionKeys?.get(
        interactionKey(planned.employer.existingId, occurredAt.slice(0, 10), kind, summary),
      );
      if (existing) {
        planned.interaction.existingId = existing.id;
        planned.match = decide(row, `${summary}, ${planned.employer.name}`, {
          id: existing.id,
          name: existing.summary,
          kind: 'interaction',
        });
        planned.action = planned.match.action;
      }
    }
    plan.rows.push(planned);
    if (changes.length > 0) plan.changed.push(withLabel(row, changes));
  }
  plan.sameInFile = [...sameInFile.values()].filter((group) => group.rows.length > 1);
  for (const group of plan.sameInFile)
    keepChosen(firstRowOfEmployer.get(employerNameKey(group.name))!, group, choices.keep);
  plan.unlisted = [...unlisted.values()];
  const used = new Set(plan.rows.filter((r) => r.action !== 'skip').map((r) => r.employer?.key));
  plan.newEmployers = [...newEmployers.values()].filter((ref) => used.has(ref.key));
  return plan;
}

type Cell = (field: ImportField) => string;

/** What a row's reading says: why it cannot be imported, and what was changed to import it. */
type Said = { reasons: string[]; changes: string[] };
type ListValues = (field: ImportField, list: VocabularyListName, value: string) => VocabularyEntry | null | undefined;

function readEmployer(
  cell: Cell,
  header: (field: ImportField) => string,
  lookups: Lookups,
  lists: ListValues,
  said: Said,
): EmployerFields | null {
  const candidate: Record<string, unknown> = {};
  const leftOut: string[] = [];
  for (const [field, key] of Object.entries(employerFieldFor) as [ImportField, keyof EmployerFields][]) {
    const value = cell(field);
    if (!value) continue;
    const list = codeLists[key];
    if (list) {
      const code =
        matchCode(lookups.vocabulary[list], value) ??
        (key === 'sizeBand' ? lookups.vocabulary.size_band.find((e) => e.code === sizeBandFor(value))?.code : null);
      if (code) {
        candidate[key] = code;
        continue;
      }
      const stored = lists(field, list, value);
      if (stored) {
        said.changes.push(`${header(field)}: “${value}” is not on your list, so it is stored as ${stored.label}.`);
        candidate[key] = stored.code;
      } else {
        said.changes.push(
          `${header(field)}: “${value}” is not on your list, so it is left empty and kept in the notes.`,
        );
        leftOut.push(`${header(field)}: ${value}`);
      }
    } else {
      candidate[key] = key === 'phone' ? importedPhone(value) : value;
    }
  }
  if (cell('notes')) candidate.notes = cell('notes');
  // An address abroad keeps its postcode, and its country, in the address: only a UK postcode
  // goes in the postcode field, which Bridgework checks as one.
  if (cell('country') && !ukNames.test(cell('country'))) {
    candidate.address = [candidate.address, candidate.postcode, cell('country')].filter(Boolean).join(', ');
    delete candidate.postcode;
  }
  const headerOf = (key: string) => header(fieldFrom(employerFieldFor, key as keyof EmployerFields) ?? 'notes');
  return parseKeeping(employerFields, candidate, leftOut, headerOf, said);
}

/**
 * Parses a record's fields. One that fails (other than its name or notes) is left out, its text
 * kept at the end of the notes, and the change said; only a failing name or notes stops the row.
 */
function parseKeeping<T>(
  schema: z.ZodType<T>,
  candidate: Record<string, unknown>,
  leftOut: string[],
  headerOf: (key: string) => string,
  said: Said,
): T | null {
  for (;;) {
    const parsed = schema.safeParse(
      leftOut.length ? { ...candidate, notes: [candidate.notes, ...leftOut].filter(Boolean).join('\n') } : candidate,
    );
    if (parsed.success) return parsed.data;
    // A failing name or notes, or a rule about the record as a whole, stops the row.
    const blocking = parsed.error.issues.filter((issue) => {
      const key = String(issue.path[0]);
      return key === 'name' || key === 'notes' || !(key in candidate);
    });
    if (blocking.length > 0) {
      said.reasons.push(...issuesIn(new z.ZodError(blocking), headerOf));
      return null;
    }
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      said.changes.push(`${headerOf(key)}: ${issue.message.replace(/\.?$/, '.')} It is kept in the notes.`);
      leftOut.push(`${headerOf(key)}: ${String(candidate[key])}`);
      delete candidate[key];
    }
  }
}

function readPerson(
  name: string,
  cell: Cell,
  header: (field: ImportField) => string,
  target: ImportTarget,
  said: Said,
): PlannedPerson | null {
  const notesField: ImportField = target === 'people' ? 'notes' : 'personNotes';
  const personFieldFor: Partial<Record<ImportField, keyof PersonFields>> = {
    personName: 'name',
    personEmail: 'email',
    personPhone: 'phone',
    personOtherEmails: 'otherEmails',
    personOtherPhones: 'otherPhones',
    [notesField]: 'notes',
  };
  const phone = cell('personPhone');
  // Several in one cell: "07700 900111, 0161 496 0000", or one on each line.
  const several = (field: ImportField) =>
    cell(field)
      .split(/[,;\n]/)
      .map((value) => value.trim())
      .filter(Boolean);
  const candidate: Record<string, unknown> = {
    name,
    email: cell('personEmail'),
    phone: phone && importedPhone(phone),
    otherEmails: several('personOtherEmails'),
    otherPhones: several('personOtherPhones').map(importedPhone),
    notes: cell(notesField),
  };
  const leftOut: string[] = [];
  let roleTitle = cell('roleTitle') || null;
  if (roleTitle && roleTitle.length > 200) {
    said.changes.push(`${header('roleTitle')}: Job title must be 200 characters or fewer, so it is kept in the notes.`);
    leftOut.push(`${header('roleTitle')}: ${roleTitle}`);
    roleTitle = null;
  }
  const headerOf = (key: string) =>
    key === 'name' && !cell('personName')
      ? 'Name'
      : header(fieldFrom(personFieldFor, key as keyof PersonFields) ?? 'personName');
  const fields = parseKeeping(personFields, candidate, leftOut, headerOf, said);
  return fields && { key: personNameKey(fields.name), fields, roleTitle, existing: null };
}

function readInteraction(
  cell: Cell,
  header: (field: ImportField) => string,
  lookups: Lookups,
  lists: ListValues,
  today: string,
  { reasons, changes }: Said,
): PlannedInteraction | null {
  const when = cell('date');
  if (!when) {
    reasons.push(`${header('date')} is empty. Say when the contact happened.`);
    return null;
  }
  const date = parseImportDate(when);
  if ('problem' in date) {
    reasons.push(`${header('date')}: ${date.problem}`);
    return null;
  }
  const kinds = lookups.vocabulary.interaction_kind;
  const matched = cell('kind') ? matchCode(kinds, cell('kind')) : 'other';
  const stored = matched ? null : lists('kind', 'interaction_kind', cell('kind'));
  const kind = matched ?? stored?.code ?? 'other';
  let summary = cell('summary') || (kinds.find((k) => k.code === kind)?.label ?? 'Contact');
  let notes = cell('notes') || null;
  if (stored) {
    changes.push(`${header('kind')}: “${cell('kind')}” is not on your list, so it is recorded as ${stored.label}.`);
  } else if (!matched) {
    changes.push(
      `${header('kind')}: “${cell('kind')}” is not on your list, so the contact is recorded as Other and the word kept in the notes.`,
    );
    notes = [notes, `${header('kind')}: ${cell('kind')}`].filter(Boolean).join('\n');
  }
  // A long "summary" is kept whole in the notes, so nothing is lost.
  if (summary.length > 200) {
    notes = notes ? `${summary}\n\n${notes}` : summary;
    summary = `${summary.slice(0, 199).trimEnd()}…`;
  }
  if (notes && notes.length > 50_000) {
    reasons.push(`${header('notes')}: Notes must be 50,000 characters or fewer.`);
    return null;
  }
  const occurredAt = new Date(`${date.date}T${date.time ?? '12:00'}:00`).toISOString();
  return { kind, occurredAt, status: date.date > today ? 'planned' : 'done', summary, notes, existingId: null };
}

/**
 * A list's "Last contact" becomes a done contact on that day, so the employer's history starts
 * right. A date that cannot be read, or is still to come, is kept in the notes instead.
 */
function readLastContact(
  planned: PlannedRow,
  text: string,
  header: string,
  today: string,
  { changes }: Said,
): PlannedInteraction | null {
  const keep = (why: string) => {
    changes.push(`${header}: ${why}, so no contact is recorded and the date is kept in the notes.`);
    const holder = planned.employerFields ?? planned.person?.fields;
    if (holder) holder.notes = [holder.notes, `${header}: ${text}`].filter(Boolean).join('\n');
    return null;
  };
  if (!planned.employer && !planned.employerFields) return keep('there is no employer to record it with');
  const date = parseImportDate(text);
  if ('problem' in date) return keep(`“${text}” is not a date Bridgework can read`);
  if (date.date > today) return keep(`${text} is still to come`);
  return {
    kind: 'other',
    occurredAt: new Date(`${date.date}T${date.time ?? '12:00'}:00`).toISOString(),
    status: 'done',
    summary: 'Last contact before Bridgework',
    notes: null,
    existingId: null,
  };
}

function withLabel(row: ImportRow, said: string[]): ImportProblem {
  const problem: ImportProblem = { row: row.row, message: said.join(' ') };
  if (row.label) problem.label = row.label;
  return problem;
}

function findPerson(lookups: Lookups, person: PlannedPerson, employer: EmployerRef | null): KnownPerson | null {
  const email = person.fields.email?.toLowerCase();
  if (email && lookups.peopleByEmail.has(email)) return lookups.peopleByEmail.get(email)!;
  const named = lookups.peopleByName.get(person.key) ?? [];
  if (!employer) return named[0] ?? null;
  return named.find((known) => employer.existingId && known.employerIds.has(employer.existingId)) ?? null;
}

/**
 * A later row of the same employer, joined to the first: what the first lacks is filled in, the
 * notes are joined, and a value that differs is noted as a conflict (settled by keepChosen once
 * every row is read). Returns the labels that differed.
 */
function joinRows(
  first: PlannedRow,
  from: EmployerFields,
  row: number,
  group: SameInFile,
  { labelOf, shown }: { labelOf: (key: string) => string; shown: (key: keyof EmployerFields, value: string) => string },
): string[] {
  const into = first.employerFields!;
  const differing: string[] = [];
  for (const [key, value] of Object.entries(from) as [keyof EmployerFields, never][]) {
    if (value == null || key === 'name') continue;
    if (key === 'notes') {
      if (!into.notes?.includes(value)) into.notes = [into.notes, value].filter(Boolean).join('\n');
    } else if (into[key] == null) {
      into[key] = value;
    } else {
      let conflict = group.conflicts.find((entry) => entry.field === key);
      if (!conflict && into[key] !== value) {
        const firstValue = String(into[key]);
        conflict = {
          field: key,
          column: labelOf(key),
          values: [{ row: first.row, value: firstValue, shown: shown(key, firstValue) }],
          keptRow: first.row,
        };
        group.conflicts.push(conflict);
      }
      if (conflict && !conflict.values.some((entry) => entry.value === value)) {
        conflict.values.push({ row, value, shown: shown(key, String(value)) });
        differing.push(labelOf(key));
      }
    }
  }
  return differing;
}

/** Each conflicting field takes the value of the row chosen (the first row's unless told), the others go in the notes. */
function keepChosen(first: PlannedRow, group: SameInFile, keep: PlanChoices['keep']) {
  const into = first.employerFields as Record<string, unknown>;
  const others: string[] = [];
  for (const conflict of group.conflicts) {
    const chosen = keep?.[String(first.row)]?.[conflict.field];
    const kept = conflict.values.find((entry) => entry.row === chosen) ?? conflict.values[0]!;
    conflict.keptRow = kept.row;
    into[conflict.field] = kept.value;
    for (const entry of conflict.values)
      if (entry !== kept) others.push(`${conflict.column} (row ${entry.row}): ${entry.shown}`);
  }
  if (others.length > 0) into.notes = [into.notes, ...others].filter(Boolean).join('\n');
}

function fieldFrom<K extends string>(map: Partial<Record<ImportField, K>>, key: K): ImportField | undefined {
  return (Object.keys(map) as ImportField[]).find((field) => map[field] === key);
}

function issuesIn(error: z.ZodError, headerOf: (key: string) => string): string[] {
  return error.issues.map((issue) => `${headerOf(String(issue.path[0]))}: ${issue.message.replace(/\.?$/, '.')}`);
}
