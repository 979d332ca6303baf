// Funnels, the lists behind an employer's Opportunities tab, and the funder report, on the
// large set's referrals.
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { databaseFileName } from '../../electron/db/open';
import { measureProcedures, type ProcedureCase } from './procedures';

export async function measureReferrals(dataDir: string, iterations: number) {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const one = <T>(query: string) => db.prepare(query).get() as T;
  const counts = one<{ opportunities: number; referrals: number }>(
    'select (select count(*) from opportunity) as opportunities, (select count(*) from referral) as referrals',
  );
  const mostReferred = one<{ id: string; n: number }>(
    'select employer_id as id, count(*) as n from referral group by employer_id order by n desc limit 1',
  );
  const typical = one<{ id: string; n: number }>(
    `select id, n from (select employer_id as id, count(*) as n from referral group by employer_id order by n)
     limit 1 offset (select count(distinct employer_id) / 2 from referral)`,
  );
  const busiestOpportunity = one<{ id: string; n: number }>(
    'select opportunity_id as id, count(*) as n from referral group by opportunity_id order by n desc limit 1',
  );
  const programme = one<{ id: string; name: string }>(
    'select p.id, p.name from programme p order by (select count(*) from referral r where r.programme_id = p.id) desc limit 1',
  );
  db.close();
  const year = { from: '2025-04-01', to: '2026-03-31' };
  const cases: ProcedureCase[] = [
    {
      name: `funnel.forEmployer, most referrals (${mostReferred.n})`,
      procedure: 'funnel.forEmployer',
      input: { employerId: mostReferred.id },
    },
    {
      name: `funnel.forEmployer, typical (${typical.n})`,
      procedure: 'funnel.forEmployer',
      input: { employerId: typical.id },
    },
    {
      name: `funnel.forProgramme, ${programme.name}, 2025/26`,
      procedure: 'funnel.forProgramme',
      input: { programmeId: programme.id, ...year },
    },
    { name: 'funnel.forProgramme, every programme, 2025/26', procedure: 'funnel.forProgramme', input: year },
    {
      name: 'opportunities.list, employer with most referrals',
      procedure: 'opportunities.list',
      input: { employerId: mostReferred.id },
    },
    {
      name: `referrals.list, busiest opportunity (${busiestOpportunity.n})`,
      procedure: 'referrals.list',
      input: { opportunityId: busiestOpportunity.id },
    },
    { name: 'programmes.list', procedure: 'programmes.list', input: {} },
    { name: 'reports.funder, whole record, 12 months', procedure: 'reports.funder', input: year },
    {
      name: 'reports.funder, whole record, 12 months, outcomes since',
      procedure: 'reports.funder',
      input: { ...year, includeLaterOutcomes: true },
    },
    {
      name: `reports.funder, ${programme.name}, 12 months`,
      procedure: 'reports.funder',
      input: { ...year, programmeId: programme.id },
    },
  ];
  return { ...counts, cases: await measureProcedures(dataDir, cases, iterations) };
}
