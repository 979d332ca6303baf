// Writes a checked import plan: every new and changed record, with its line in the change log,
// in batches inside the caller's transaction, so a cancel or a crash leaves none of it.
import { sql, type Insertable, type Kysely } from 'kysely';
import type { EmployerFields } from '../../../shared/employers/schema';
import type { ImportTarget } from '../../../shared/imports/fields';
import type {
  AffiliationTable,
  Database,
  EmployerTable,
  InteractionPersonTable,
  InteractionTable,
  PersonTable,
} from '../../db/schema';
import { withSummariesAfter } from '../../db/employer-summaries';
import type { ServiceContext } from '../../kernel/context';
import { employerColumns } from '../employers/rows';
import { personColumns } from '../people/person';
import type { Job } from '../jobs/registry';
import type { EmployerRef, ImportPlan, PlannedInteraction, PlannedRow } from './plan';
import type { Lookups } from './lookups';

export type WriteCounts = {
  created: { employers: number; people: number; interactions: number };
  updated: number;
  skipped: number;
};

type Batches = {
  employer: Insertable<EmployerTable>[];
  person: Insertable<PersonTable>[];
  affiliation: Insertable<AffiliationTable>[];
  interaction: Insertable<InteractionTable>[];
  interactionPerson: InteractionPersonTable[];
};
/** `fill`: only what the record is missing, and the notes added to. */
type Update = { table: 'employer' | 'person' | 'interaction'; id: string; set: Record<string, unknown>; fill: boolean };

const rowsPerInsert = {
  employer: 400,
  person: 1000,
  affiliation: 1000,
  interaction: 1000,
  interactionPerson: 5000,
};

export async function writePlan(
  ctx: ServiceContext,
  target: ImportTarget,
  plan: ImportPlan,
  lookups: Lookups,
  job: Job,
): Promise<WriteCounts> {
  const now = ctx.now();
  const today = now.slice(0, 10);
  const batches: Batches = {
    employer: [],
    person: [],
    affiliation: [],
    interaction: [],
    interactionPerson: [],
  };
  const updates: Update[] = [];
  const counts: WriteCounts = { created: { employers: 0, people: 0, interactions: 0 }, updated: 0, skipped: 0 };

  const employerIds = new Map<string, string>();
  const primaryGiven = new Set(lookups.withPrimary);
  const peopleAt = new Map<string, string>();
  const newEmployer = (ref: EmployerRef, fields: Partial<EmployerFields>) => {
    const row: Insertable<EmployerTable> = {
      id: ctx.newId(),
      ...employerColumns({ ...fields, name: fields.name ?? ref.name }),
      name: fields.name ?? ref.name,
      nameKey: ref.key,
      phase: 'preparing',
      isBranchOfNational: 0,
      phaseSince: today,
      createdAt: now,
      updatedAt: now,
    } as Insertable<EmployerTable>;
    batches.employer.push(row);
    counts.created.employers++;
    return row.id;
  };
  /** The employer a row belongs to: existing, or added once for all the rows that name it. */
  const employerOf = (planned: PlannedRow): string | null => {
    const ref = planned.employer;
    if (!ref) return null;
    if (ref.existingId && !(target === 'employers' && planned.action === 'create')) return ref.existingId;
    let id = employerIds.get(ref.key);
    if (!id) {
      id = newEmployer(ref, planned.employerFields ?? {});
      employerIds.set(ref.key, id);
    }
    return id;
  };
  const addPerson = (planned: PlannedRow, employerId: string | null, startedOn: string | null, primary: boolean) => {
    const person = planned.person!;
    const row = {
      id: ctx.newId(),
      email: null,
      phone: null,
      notes: null,
      ...personColumns(person.fields),
      name: person.fields.name,
      preferredChannel: null,
      createdAt: now,
      updatedAt: now,
    };
    batches.person.push(row);
    counts.created.people++;
    if (employerId) affiliate(row.id, employerId, person.roleTitle, startedOn, primary);
    return row.id;
  };
  const affiliate = (
    personId: string,
    employerId: string,
    roleTitle: string | null,
    startedOn: string | null,
    primary: boolean,
  ) => {
    const isPrimary = primary && !primaryGiven.has(employerId);
    if (isPrimary) primaryGiven.add(employerId);
    const row = {
      id: ctx.newId(),
      personId,
      employerId,
      roleTitle,
      isPrimary: isPrimary ? 1 : 0,
      startedOn,
      endedOn: null,
      createdAt: now,
      updatedAt: now,
    };
    batches.affiliation.push(row);
  };
  /** A new contact with the employer, with the person there if there is one. */
  const addContact = (interaction: PlannedInteraction, employerId: string, personId: string | undefined) => {
    const row = {
      id: ctx.newId(),
      employerId,
      kind: interaction.kind,
      status: interaction.status,
      occurredAt: interaction.occurredAt,
      summary: interaction.summary,
      notes: interaction.notes,
      followUpOn: null,
      createdAt: now,
      updatedAt: now,
    };
    batches.interaction.push(row);
    counts.created.interactions++;
    if (personId) batches.interactionPerson.push({ interactionId: row.id, personId });
    return row.id;
  };
  /** Someone already known at this employer, or added earlier in this import. */
  const knownAt = (employerId: string, personKey: string) =>
    peopleAt.get(`${employerId}|${personKey}`) ??
    lookups.peopleByName.get(personKey)?.find((known) => known.employerIds.has(employerId))?.id;

  for (const planned of plan.rows) {
    if (planned.action === 'skip') {
      counts.skipped++;
      continue;
    }
    const update = planned.action === 'update' || planned.action === 'fill';
    const fill = planned.action === 'fill';
    if (target === 'employers') {
      const employerId = employerOf(planned);
      if (update && planned.employerFields && planned.employer?.existingId) {
        updates.push({
          table: 'employer',
          id: employerId!,
          set: employerColumns(withoutBlanks({ ...planned.employerFields, name: undefined })),
          fill,
        });
      }
      let personId = planned.person && employerId ? knownAt(employerId, planned.person.key) : undefined;
      if (planned.person && employerId && !personId) {
        personId = addPerson(planned, employerId, null, true);
        peopleAt.set(`${employerId}|${planned.person.key}`, personId);
      }
      if (planned.lastContact && employerId) addContact(planned.lastContact, employerId, personId);
    } else if (target === 'people') {
      const employerId = employerOf(planned);
      const existing = planned.person!.existing;
      let personId: string;
      if (update && existing) {
        personId = existing.id;
        updates.push({
          table: 'person',
          id: existing.id,
          set: personColumns(withoutBlanks(planned.person!.fields)),
          fill,
        });
        if (employerId && !existing.employerIds.has(employerId)) {
          affiliate(existing.id, employerId, planned.person!.roleTitle, null, false);
          existing.employerIds.add(employerId);
        }
      } else {
        personId = addPerson(planned, employerId, null, false);
      }
      if (planned.lastContact && employerId) addContact(planned.lastContact, employerId, personId);
    } else {
      const employerId = employerOf(planned)!;
      const interaction = planned.interaction!;
      if (update && interaction.existingId) {
        updates.push({
          table: 'interaction',
          id: interaction.existingId,
          set: withoutBlanks({ summary: interaction.summary, notes: interaction.notes }),
          fill,
        });
      } else {
        let personId = planned.person ? knownAt(employerId, planned.person.key) : undefined;
        if (planned.person && !personId) {
          personId = addPerson(planned, employerId, interaction.occurredAt.slice(0, 10), false);
          peopleAt.set(`${employerId}|${planned.person.key}`, personId);
        }
        addContact(interaction, employerId, personId);
      }
    }
    if (update) counts.updated++;
  }

  const total = Object.values(batches).reduce((sum, rows) => sum + rows.length, 0) + updates.length;
  let done = 0;
  const save = async () => {
    for (const table of ['employer', 'person', 'affiliation', 'interaction', 'interactionPerson'] as const) {
      const rows = batches[table];
      for (let start = 0; start < rows.length; start += rowsPerInsert[table]) {
        const slice = rows.slice(start, start + rowsPerInsert[table]);
        await ctx.db
          .insertInto(table)
          .values(slice as never)
          .execute();
        done += slice.length;
        await job.checkpoint('Saving', done, total);
      }
    }
    for (const change of updates) {
      await applyUpdate(ctx, change, now);
      await job.checkpoint('Saving', ++done, total);
    }
  };
  // Each employer's summaries (last contact, who was met) worked out once, not once a row. An
  // employer added here with only current roles has none to work out: they start empty.
  const added = new Set(batches.employer.map((row) => row.id));
  await withSummariesAfter(ctx.db, batches.interaction.length + batches.affiliation.length, save, () => [
    ...batches.interaction.map((row) => row.employerId),
    ...batches.affiliation.map((row) => row.employerId).filter((id) => !added.has(id)),
  ]);
  return counts;
}

async function applyUpdate(ctx: ServiceContext, { table, id, set, fill }: Update, now: string) {
  const db = ctx.db as Kysely<Database>;
  const values = fill ? fillingIn(set) : set;
  await db
    .updateTable(table)
    .set({ ...values, updatedAt: now } as never)
    .where('id', '=', id)
    .execute();
}

/** Each value only where the record has none; notes added after the record's own, unless already there. */
function fillingIn(set: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(set).map(([column, value]) => {
      const current = sql.ref(column);
      if (column !== 'notes') return [column, sql`coalesce(nullif(${current}, ''), ${value})`];
      return [
        column,
        sql`case when coalesce(${current}, '') = '' then ${value}
          when instr(${current}, ${value}) > 0 then ${current}
          else ${current} || char(10) || char(10) || ${value} end`,
      ];
    }),
  );
}

function withoutBlanks<T extends object>(fields: T): Partial<T> {
  const blank = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0);
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => !blank(value))) as Partial<T>;
}
