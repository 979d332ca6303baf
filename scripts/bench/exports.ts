// Exporting on the large set: a case study (PDF and Word) for the employer with most referrals,
// and the funder report for 12 months with that case study added. The first PDF starts Chromium;
// it is left out, as the desktop app's Chromium is already running.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { openBackend } from '../../electron/backend';
import { databaseFileName } from '../../electron/db/open';
import { call } from '../../tests/support/call';
import { chromiumPrinter } from '../../tests/support/printer';
import { summary, time } from './stats';

export async function measureExports(dataDir: string, iterations: number) {
  const file = path.join(dataDir, databaseFileName);
  const db = new SQLite(file, { readonly: true });
  const employerId = db
    .prepare('select employer_id from referral group by employer_id order by count(*) desc limit 1')
    .pluck()
    .get() as string;
  db.close();
  const exportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-bench-exports-'));
  const printer = chromiumPrinter();
  const backend = await openBackend({ dataDir, exportsDir, printer });
  const year = { from: '2025-04-01', to: '2026-03-31' };
  let studyId = '';
  try {
    const study = await call(backend, 'caseStudies.draft', { employerId, ...year });
    studyId = study.id;
    const caseStudy = (format: 'pdf' | 'docx') => () => call(backend, 'caseStudies.export', { id: study.id, format });
    const report = (format: 'pdf' | 'docx' | 'xlsx' | 'csv') => () =>
      call(backend, 'reports.export', { ...year, format, caseStudyIds: [study.id] });
    const cases = [
      {
        case: 'caseStudies.render (preview)',
        times: await time(() => call(backend, 'caseStudies.render', { id: study.id }), iterations, 2),
      },
      { case: 'caseStudies.export PDF', times: await time(caseStudy('pdf'), iterations, 2) },
      { case: 'caseStudies.export Word', times: await time(caseStudy('docx'), iterations, 2) },
      { case: 'reports.export PDF, 12 months + 1 case study', times: await time(report('pdf'), 5, 1) },
      { case: 'reports.export Word, 12 months + 1 case study', times: await time(report('docx'), 5, 1) },
      { case: 'reports.export Excel, 12 months', times: await time(report('xlsx'), 5, 1) },
      { case: 'reports.export CSV, 12 months', times: await time(report('csv'), 5, 1) },
    ];
    return cases.map(({ case: name, times }) => ({ case: name, ...summary(times) }));
  } finally {
    await backend.close();
    await printer.close();
    fs.rmSync(exportsDir, { recursive: true, force: true });
    // The demo set stays as it was written.
    const writable = new SQLite(file);
    writable.prepare('delete from change_log where entity_id = ?').run(studyId);
    writable.prepare('delete from case_study where id = ?').run(studyId);
    writable.close();
  }
}
