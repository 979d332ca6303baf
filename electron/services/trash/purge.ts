// Deleting for good: the record, everything that belongs only to it, and the content of its
// lines in the change log (which keeps only that it was deleted, and when).
import type { Kysely } from 'kysely';
import type { TrashKind } from '../../../shared/trash/schema';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { removeEvidenceFiles } from '../evidence/files';

type Db = Kysely<Database>;
type Gone = { table: keyof Database; id: string }[];

const chunked = async <T>(ids: string[], run: (chunk: string[]) => Promise<T>) => {
  for (let start = 0; start < ids.length; start += 500) await run(ids.slice(start, start + 500));
};
const idsOf = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);

export async function purge(ctx: ServiceContext, items: { kind: TrashKind; id: string }[]): Promise<number> {
  const gone: Gone = [];
  const files: string[] = [];
  for (const { kind, id } of items) await purgers[kind](ctx.db, [id], gone, files);
  const ids = gone.map((row) => row.id);
  await chunked(ids, async (chunk) => {
    // The sentences of the changes that touched them may name them too.
    await ctx.db
      .updateTable('changeSet')
      .set({ sentence: 'Changed a record that was later deleted for good' })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('changeLog')
          .select('changeSetId')
          .where('entityId', 'in', chunk)
          .where('changeSetId', 'is not', null),
      )
      .execute();
    await ctx.db.updateTable('changeLog').set({ before: null, after: null }).where('entityId', 'in', chunk).execute();
  });
  await removeEvidenceFiles(ctx.system.dataDir, files);
  return items.length;
}

async function remove(db: Db, table: keyof Database, ids: string[], gone: Gone) {
  await chunked(ids, (chunk) =>
    db
      .deleteFrom(table)
      .where('id' as never, 'in', chunk as never)
      .execute(),
  );
  gone.push(...ids.map((id) => ({ table, id })));
}

const purgers: Record<TrashKind, (db: Db, ids: string[], gone: Gone, files: string[]) => Promise<void>> = {
  async caseStudy(db, ids, gone) {
    await chunked(ids, (chunk) => db.deleteFrom('caseStudyVersion').where('caseStudyId', 'in', chunk).execute());
    await remove(db, 'caseStudy', ids, gone);
  },
  async evidence(db, ids, gone, files) {
    await chunked(ids, async (chunk) => {
      const stored = await db.selectFrom('evidence').select('storedName').where('id', 'in', chunk).execute();
      files.push(...stored.flatMap((row) => (row.storedName ? [row.storedName] : [])));
    });
    await remove(db, 'evidence', ids, gone);
  },
  async referral(db, ids, gone, files) {
    await chunked(ids, async (chunk) => {
      await purgers.evidence(
        db,
        await idsOf(db.selectFrom('evidence').select('id').where('referralId', 'in', chunk).execute()),
        gone,
        files,
      );
      for (const table of ['progression', 'sustainmentCheck', 'referralStep'] as const) {
        await remove(
          db,
          table,
          await idsOf(db.selectFrom(table).select('id').where('referralId', 'in', chunk).execute()),
          gone,
        );
      }
    });
    await remove(db, 'referral', ids, gone);
  },
  async opportunity(db, ids, gone, files) {
    await chunked(ids, async (chunk) =>
      purgers.referral(
        db,
        await idsOf(db.selectFrom('referral').select('id').where('opportunityId', 'in', chunk).execute()),
        gone,
        files,
      ),
    );
    await remove(db, 'opportunity', ids, gone);
  },
  async trustNote(db, ids, gone) {
    await remove(db, 'trustNote', ids, gone);
  },
  async interaction(db, ids, gone, files) {
    await chunked(ids, async (chunk) => {
      // An email's attachments go with its contact; evidence of a referral's outcome stays.
      const attachments = db.selectFrom('evidence').select('id').where('interactionId', 'in', chunk);
      await purgers.evidence(db, await idsOf(attachments.where('referralId', 'is', null).execute()), gone, files);
      await db.updateTable('evidence').set({ interactionId: null }).where('interactionId', 'in', chunk).execute();
      await db.deleteFrom('interactionPerson').where('interactionId', 'in', chunk).execute();
      await db.updateTable('trustNote').set({ interactionId: null }).where('interactionId', 'in', chunk).execute();
      await db.updateTable('commitment').set({ interactionId: null }).where('interactionId', 'in', chunk).execute();
      await db.updateTable('opportunity').set({ interactionId: null }).where('interactionId', 'in', chunk).execute();
    });
    await remove(db, 'interaction', ids, gone);
  },
  async person(db, ids, gone) {
    await chunked(ids, async (chunk) => {
      await db.deleteFrom('interactionPerson').where('personId', 'in', chunk).execute();
      await db.deleteFrom('employerContact').where('personId', 'in', chunk).execute();
      await db.updateTable('trustNote').set({ personId: null }).where('personId', 'in', chunk).execute();
      await forgetNotDuplicates(db, chunk);
      await remove(
        db,
        'affiliation',
        await idsOf(db.selectFrom('affiliation').select('id').where('personId', 'in', chunk).execute()),
        gone,
      );
    });
    await remove(db, 'person', ids, gone);
  },
  async employer(db, ids, gone, files) {
    const owned = (
      table:
        | 'caseStudy'
        | 'opportunity'
        | 'interaction'
        | 'trustNote'
        | 'commitment'
        | 'assessment'
        | 'phaseChange'
        | 'affiliation',
    ) => idsOf(db.selectFrom(table).select('id').where('employerId', 'in', ids).execute());
    await purgers.caseStudy(db, await owned('caseStudy'), gone, files);
    await purgers.opportunity(db, await owned('opportunity'), gone, files);
    await purgers.interaction(db, await owned('interaction'), gone, files);
    for (const table of ['trustNote', 'commitment', 'assessment', 'phaseChange', 'affiliation'] as const) {
      await remove(db, table, await owned(table), gone);
    }
    await db.deleteFrom('employerContact').where('employerId', 'in', ids).execute();
    await db.deleteFrom('reviewFlag').where('employerId', 'in', ids).execute();
    await chunked(ids, (chunk) => forgetNotDuplicates(db, chunk));
    await remove(db, 'employer', ids, gone);
  },
};

/** "Not the same" pairs that name a record deleted for good mean nothing any more. */
async function forgetNotDuplicates(db: Kysely<Database>, ids: string[]) {
  await db
    .deleteFrom('notDuplicate')
    .where((eb) => eb.or([eb('firstId', 'in', ids), eb('secondId', 'in', ids)]))
    .execute();
}
