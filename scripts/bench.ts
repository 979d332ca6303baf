// npm run bench: speed figures on the large demo set (20,000 employers, 100,000 people,
// 1,000,000 interactions, about 150,000 trust notes and promises, 65,000 opportunities and
// 258,000 referrals). Prints tables and writes bench/results.json. Each backend figure
// runs the whole path (validation, Kysely, hydration); "raw" is hand-written SQL for the same
// rows in better-sqlite3. The first run writes the data set (about two minutes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { latestSchemaVersion } from '../electron/db/migrations';
import { databaseFileName } from '../electron/db/open';
import { demoSizes } from '../electron/services/demo/load';
import { healthCase, measureEmployerList, measureOpen } from './bench/employers';
import {
  busiestEmployer,
  measureCreate,
  measureEmployerPage,
  measureSearch,
  measureTimeline,
} from './bench/relationships';
import type { Comparison } from './bench/stats';
import { measureBackup } from './bench/backups';
import { measureImportMemory, measureImports } from './bench/imports';
import { measureMerge } from './bench/merge';
import { measureDuplicates } from './bench/duplicates';
import { measureCalendarFile, measureMail } from './bench/mail';
import { measureLargeJoin, measureTeamSync } from './bench/team';
import { regressions } from './bench/regressions';
import { measureLaunch, measureMainBundle } from './bench/launch';
import { measureExports } from './bench/exports';
import { measureReferrals } from './bench/referrals';
import { measureSuggest, measureToday } from './bench/today';
import { measureStalls, measureThreadHop, measureUndo } from './bench/thread';
import { writeDemoDatabase } from './demo-database';

const dataDir = path.resolve('bench/data/large');
const iterations = 1000;
const targets = {
  openMs: 100,
  listP95Ms: 10,
  timelineP95Ms: 10,
  ratio: 1.3,
  searchP95Ms: 25,
  createP95Ms: 5,
  employerPageMs: 300,
  healthListP95Ms: 50,
  todayP95Ms: 50,
  suggestP95Ms: 20,
  referralsP95Ms: 100,
  funderReportP95Ms: 1000,
  caseStudyPdfMs: 3000,
  caseStudyDocxMs: 1000,
  importRowsPerSecond: 20_000,
  importTotalMs: 10_000,
  importMemoryMb: 500,
  mergeMs: 1000,
  duplicatesMs: 2000,
  mailThousandMs: 10_000,
  calendarFileMs: 1000,
  teamDayMs: 1000,
  teamTenThousandMs: 10_000,
  teamJoinMs: 60_000,
  launchSmallMs: 1000,
  launchLargeMs: 2000,
  mainBundleGzipBytes: 1_500_000,
  callerStallMs: 50,
  undoP95Ms: 100,
  threadHopAddedP95Ms: 1,
};

await ensureLargeDataSet();
const busiest = busiestEmployer(dataDir);
const typical = typicalEmployer();
console.log(
  `Measuring on ${dataDir} (busiest employer: ${busiest.interactions.toLocaleString('en-GB')} interactions)…`,
);
const results = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  dataSet: { ...demoSizes.large, busiestEmployerInteractions: busiest.interactions },
  targets,
  open: await measureOpen(dataDir),
  employersList: await measureEmployerList(dataDir, iterations),
  timeline: await measureTimeline(dataDir, busiest.id, iterations),
  search: await measureSearch(dataDir, iterations),
  interactionsCreate: await measureCreate(dataDir, busiest.id, iterations),
  today: await measureToday(dataDir, 300),
  suggest: await measureSuggest(
    dataDir,
    [
      { name: `busiest employer (${busiest.interactions.toLocaleString('en-GB')} contacts)`, id: busiest.id },
      { name: `a typical employer (${typical.interactions} contacts)`, id: typical.id },
    ],
    iterations,
  ),
  referrals: await measureReferrals(dataDir, 200),
  employerPageInBrowser: await measureEmployerPage(dataDir, busiest.id),
  exports: await measureExports(dataDir, 20),
  backup: await measureBackup(dataDir),
  imports: await measureImports(100_000),
  importMemory: measureImportMemory(),
  launch: await measureLaunch(dataDir),
  mainBundle: measureMainBundle(),
  threadHop: await measureThreadHop(dataDir, busiest.id, iterations),
  callerStalls: await measureStalls(dataDir),
  undo: await measureUndo(dataDir, busiest.id, 50),
  merge: await measureMerge(dataDir, busiest.id),
  duplicates: await measureDuplicates(dataDir, 5),
  mail: await measureMail(dataDir),
  calendarFile: await measureCalendarFile(dataDir),
  teamSync: await measureTeamSync(),
  teamJoin: await measureLargeJoin(dataDir),
};
fs.mkdirSync('bench', { recursive: true });
const committed: unknown = fs.existsSync('bench/results.json')
  ? JSON.parse(fs.readFileSync('bench/results.json', 'utf8'))
  : null;
fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
printTables();
const worse = committed ? regressions(committed, results) : [];
console.log(
  worse.length
    ? `${worse.length} figures are more than 25 % worse than in the results before this run:`
    : 'No figure is more than 25 % worse than in the results before this run.',
);
if (worse.length) console.table(worse);

/** The employer with the median number of contacts. */
function typicalEmployer(): { id: string; interactions: number } {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const rows = db
    .prepare('select employer_id as id, count(*) as interactions from interaction group by employer_id order by 2')
    .all() as { id: string; interactions: number }[];
  db.close();
  return rows[Math.floor(rows.length / 2)]!;
}

async function ensureLargeDataSet() {
  const file = path.join(dataDir, databaseFileName);
  if (fs.existsSync(file)) {
    const db = new SQLite(file, { readonly: true });
    const current =
      db.pragma('user_version', { simple: true }) === latestSchemaVersion &&
      db.prepare('select count(*) from interaction').pluck().get() === demoSizes.large.interactions;
    db.close();
    if (current) return;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('Writing the large demo data set (about two minutes)…');
  await writeDemoDatabase(dataDir, 'large');
}

function printTables() {
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
  const compared = (rows: ({ case: string } & Comparison)[], p95Target: (name: string) => number) =>
    console.table(
      rows.map((row) => ({
        case: row.case,
        'p50 ms': row.p50Ms,
        'p95 ms': row.p95Ms,
        'raw p50': row.rawP50Ms,
        'raw p95': row.rawP95Ms,
        'p95 ÷ raw': row.ratioP95,
        target: verdict(row.p95Ms < p95Target(row.case) && row.ratioP95 <= targets.ratio),
      })),
    );
  const { open, interactionsCreate: create, employerPageInBrowser: page } = results;
  console.log(`\nBridgework benchmark: ${os.cpus().length} cores, Node ${process.version}\n`);
  console.log(
    `Open the database: cold ${open.coldMs} ms, then p50 ${open.warmP50Ms} ms  [< ${targets.openMs} ms: ${verdict(open.coldMs < targets.openMs)}]`,
  );
  console.log(
    `\nemployers.list (20,000 employers)  [p95 < ${targets.listP95Ms} ms, by health < ${targets.healthListP95Ms} ms; ≤ ${targets.ratio}× raw]`,
  );
  compared(results.employersList, (name) => (healthCase(name) ? targets.healthListP95Ms : targets.listP95Ms));
  console.log(
    `timeline.forEmployer (busiest employer)  [p95 < ${targets.timelineP95Ms} ms and ≤ ${targets.ratio}× raw]`,
  );
  compared(results.timeline, () => targets.timelineP95Ms);
  console.log(`search.query  [p95 < ${targets.searchP95Ms} ms]`);
  console.table(
    results.search.map((row) => ({
      case: row.case,
      'p50 ms': row.p50Ms,
      'p95 ms': row.p95Ms,
      target: verdict(row.p95Ms < targets.searchP95Ms),
    })),
  );
  console.log(
    `interactions.create: p50 ${create.p50Ms} ms, p95 ${create.p95Ms} ms  [< ${targets.createP95Ms} ms: ${verdict(create.p95Ms < targets.createP95Ms)}]`,
  );
  const { today } = results;
  console.log(
    `today.get: p50 ${today.p50Ms} ms, p95 ${today.p95Ms} ms  [< ${targets.todayP95Ms} ms: ${verdict(today.p95Ms < targets.todayP95Ms)}]`,
  );
  console.log(`  lists: ${JSON.stringify(today.counts)}`);
  console.log(
    `today.get, Mine (one account owner's employers): p50 ${today.mine.p50Ms} ms, p95 ${today.mine.p95Ms} ms  [< ${targets.todayP95Ms} ms: ${verdict(today.mine.p95Ms < targets.todayP95Ms)}]`,
  );
  console.log(`assessments.suggest  [p95 < ${targets.suggestP95Ms} ms]`);
  console.table(
    results.suggest.map((row) => ({
      case: row.case,
      'p50 ms': row.p50Ms,
      'p95 ms': row.p95Ms,
      target: verdict(row.p95Ms < targets.suggestP95Ms),
    })),
  );
  const { referrals } = results;
  console.log(
    `Opportunities and referrals (${referrals.opportunities.toLocaleString('en-GB')} opportunities, ${referrals.referrals.toLocaleString('en-GB')} referrals)  [p95 < ${targets.referralsP95Ms} ms; funder report < ${targets.funderReportP95Ms} ms]`,
  );
  console.table(
    referrals.cases.map((row) => ({
      case: row.case,
      'p50 ms': row.p50Ms,
      'p95 ms': row.p95Ms,
      target: verdict(
        row.p95Ms < (row.case.startsWith('reports.') ? targets.funderReportP95Ms : targets.referralsP95Ms),
      ),
    })),
  );
  console.log(
    `Employer page to timeline on screen (browser host, ${page.runs} runs): p50 ${page.p50Ms} ms, p95 ${page.p95Ms} ms  [< ${targets.employerPageMs} ms: ${verdict(page.p95Ms < targets.employerPageMs)}]`,
  );
  const exportTarget = (name: string) =>
    name === 'caseStudies.export PDF'
      ? targets.caseStudyPdfMs
      : name === 'caseStudies.export Word'
        ? targets.caseStudyDocxMs
        : null;
  console.log(
    `Exports, employer with most referrals, 12 months  [case study PDF < ${targets.caseStudyPdfMs} ms, Word < ${targets.caseStudyDocxMs} ms]`,
  );
  console.table(
    results.exports.map((row) => {
      const target = exportTarget(row.case);
      return {
        case: row.case,
        'p50 ms': row.p50Ms,
        'p95 ms': row.p95Ms,
        target: target === null ? '' : verdict(row.p95Ms < target),
      };
    }),
  );
  console.log(
    `Back up now (online backup API, then checked): ${results.backup.ms} ms for ${results.backup.megabytes.toLocaleString('en-GB')} MB`,
  );
  console.log(
    `Import a CSV, read and check every row then write them in one transaction  [whole import < ${targets.importTotalMs} ms; ≥ ${targets.importRowsPerSecond.toLocaleString('en-GB')} rows/s]`,
  );
  console.table(
    results.imports.map((row) => ({
      case: row.case,
      'read + check ms': row.checkMs,
      'import ms': row.importMs,
      'total ms': row.totalMs,
      'rows/s': row.rowsPerSecond,
      target: `${verdict(row.totalMs < targets.importTotalMs)}; ${verdict(row.rowsPerSecond >= targets.importRowsPerSecond)} rows/s`,
    })),
  );
  const { importMemory } = results;
  console.log(
    `Checking a ${importMemory.megabytes} MB CSV (${importMemory.rows.toLocaleString('en-GB')} rows), heap capped at ${importMemory.heapMb} MB: ${importMemory.addedMegabytes} MB more memory [< ${targets.importMemoryMb} MB]: ${verdict(importMemory.addedMegabytes < targets.importMemoryMb)}`,
  );
  console.log(
    `Merge the busiest employer (${busiest.interactions.toLocaleString('en-GB')} contacts) into another: ${results.merge.mergeMs} ms [< ${targets.mergeMs} ms]: ${verdict(results.merge.mergeMs < targets.mergeMs)}; undo it: ${results.merge.undoMs} ms`,
  );
  console.log(
    `Possible duplicates over the whole record: employers p95 ${results.duplicates.employers.p95Ms} ms (${results.duplicates.employers.pairs} pairs), people p95 ${results.duplicates.people.p95Ms} ms (${results.duplicates.people.pairs} pairs) [< ${targets.duplicatesMs} ms]: ${verdict(Math.max(results.duplicates.employers.p95Ms, results.duplicates.people.p95Ms) < targets.duplicatesMs)}`,
  );
  const { mail, calendarFile } = results;
  console.log(
    `Log ${mail.emails.toLocaleString('en-GB')} emails (${mail.megabytes} MB, ${mail.matched} matched to an employer): preview ${mail.previewMs} ms + commit ${mail.commitMs} ms = ${mail.totalMs} ms [< ${targets.mailThousandMs} ms]: ${verdict(mail.totalMs < targets.mailThousandMs)}`,
  );
  console.log(
    `Calendar file of the whole record (${calendarFile.events.toLocaleString('en-GB')} events, ${calendarFile.kilobytes} KB): p50 ${calendarFile.p50Ms} ms, slowest ${calendarFile.slowestMs} ms [< ${targets.calendarFileMs} ms]: ${verdict(calendarFile.slowestMs < targets.calendarFileMs)}`,
  );
  for (const round of results.teamSync) {
    const target = round.changeSets <= 200 ? targets.teamDayMs : targets.teamTenThousandMs;
    console.log(
      `Team: ${round.changeSets.toLocaleString('en-GB')} change sets shared in ${round.shareMs} ms, taken in by a colleague in ${round.applyMs} ms [< ${target} ms]: ${verdict(round.applyMs < target)}`,
    );
  }
  const { teamJoin } = results;
  console.log(
    `Team on the large set: started (${teamJoin.snapshotMegabytes} MB snapshot) in ${teamJoin.createMs} ms; a new laptop joined, with ${teamJoin.changeSets.toLocaleString('en-GB')} change sets since, in ${teamJoin.joinMs} ms [< ${targets.teamJoinMs} ms]: ${verdict(teamJoin.joinMs < targets.teamJoinMs)}`,
  );
  const { launch, mainBundle } = results;
  console.log(
    `Launch to Today on screen (browser host: backend opened, Chromium started, page loaded; ${launch.small.runs} runs)  [small set < ${targets.launchSmallMs} ms, large set < ${targets.launchLargeMs} ms]`,
  );
  console.table([
    { case: 'small set (300 employers)', ...launch.small, target: verdict(launch.small.p95Ms < targets.launchSmallMs) },
    {
      case: 'large set (20,000 employers)',
      ...launch.large,
      target: verdict(launch.large.p95Ms < targets.launchLargeMs),
    },
  ]);
  console.log(
    `Renderer loaded at start: ${(mainBundle.gzipBytes / 1e6).toFixed(2)} MB gzip (${(mainBundle.bytes / 1e6).toFixed(2)} MB)  [< ${targets.mainBundleGzipBytes / 1e6} MB gzip: ${verdict(mainBundle.gzipBytes < targets.mainBundleGzipBytes)}]`,
  );
  console.log(`The backend's thread: what the hop adds to a call  [p95 added < ${targets.threadHopAddedP95Ms} ms]`);
  console.table(
    results.threadHop.map((row) => ({
      ...row,
      target: verdict(row.addedP95Ms < targets.threadHopAddedP95Ms),
    })),
  );
  console.log(`Longest the caller's thread is held while a heavy call runs  [< ${targets.callerStallMs} ms]`);
  console.table(
    results.callerStalls.map((row) => ({ ...row, target: verdict(row.longestStallMs < targets.callerStallMs) })),
  );
  const { undo } = results;
  console.log(
    `changes.undo / changes.redo, ${undo.case}: undo p50 ${undo.undo.p50Ms} ms, p95 ${undo.undo.p95Ms} ms; redo p95 ${undo.redo.p95Ms} ms  [< ${targets.undoP95Ms} ms: ${verdict(undo.undo.p95Ms < targets.undoP95Ms)}]`,
  );
  console.log('\nWritten to bench/results.json');
}
