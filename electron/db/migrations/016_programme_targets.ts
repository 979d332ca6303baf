import { sql, type Kysely, type Migration } from 'kysely';

const stageDates = 'interviewed_on, offered_on, started_on, sustained13_on, sustained26_on, progressed, id';

// A funded programme promises numbers (so many referred, started, still in work at 26 weeks):
// its targets, as JSON from each outcome to the number, so a report can show progress towards them.
// A funnel now counts each stage by its date, as things stood on a given day, so the funnel
// indexes carry the stage dates in place of how far each referral has got today.
export const programmeTargets: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table programme add column targets text not null default '{}'`.execute(db);
    const funnelIndexes: [name: string, leading: string, where: string][] = [
      ['referral_by_opportunity', 'opportunity_id', 'deleted_at is null'],
      ['referral_by_employer', 'employer_id', 'deleted_at is null'],
      ['referral_by_date', 'referred_on, programme_id, employer_id', 'deleted_at is null'],
      [
        'referral_by_programme',
        'programme_id, referred_on, employer_id',
        'deleted_at is null and programme_id is not null',
      ],
    ];
    for (const [name, leading, where] of funnelIndexes) {
      await sql`drop index ${sql.raw(name)}`.execute(db);
      await sql`create index ${sql.raw(name)} on referral (${sql.raw(leading)}, ${sql.raw(stageDates)})
        where ${sql.raw(where)}`.execute(db);
    }
    // Whether a start or job check is evidenced: read from the index alone.
    await sql`create index evidence_for_outcome on evidence (referral_id, stage)
      where deleted_at is null and (file_name is not null or confirmed_by is not null)`.execute(db);
  },
};
