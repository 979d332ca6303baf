import fs from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';
import { docxHasPictures, docxParagraphs, pdfText } from '../../support/documents';
import { buildRecord } from '../../support/hand-built-record';
import { chromiumPrinter } from '../../support/printer';

const printer = chromiumPrinter();
afterAll(() => printer.close());
const start = clockedBackends({ printer });
const year = { from: '2026-01-01', to: '2026-12-31' };

describe('exporting a funder report', () => {
  it('writes Excel with one named sheet per table, names not codes, and real numbers and percentages', async () => {
    const { backend } = await buildRecord(start);
    const exported = await call(backend, 'reports.export', { ...year, format: 'xlsx' });
    expect(exported.name).toBe('Employer engagement, 1 Jan 2026 to 31 Dec 2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported.file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Employers at each depth',
      'Contact by month',
      'Engagement roles',
      'How relationships started',
      'Promises on both sides',
      'Opportunities offered',
      'Referrals and outcomes',
      'By sector',
      'By size',
      'By area',
    ]);
    const sectors = workbook.getWorksheet('By sector')!;
    expect(sectors.getRow(1).values).toEqual([
      undefined,
      'Sector',
      'Employers',
      'Employers: out of',
      'Employers: %',
      'Relational, of those assessed',
      'Relational, of those assessed: out of',
      'Relational, of those assessed: %',
      'Job starts in the period',
    ]);
    const retail = sectors.getRow(2);
    expect(retail.getCell(1).value).toBe('Retail');
    expect(typeof retail.getCell(2).value).toBe('number');
    expect(retail.getCell(4).numFmt).toBe('0%');
    const contacts = workbook.getWorksheet('Contact by month')!;
    expect(contacts.getRow(2).getCell(1).value).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(contacts.getRow(2).getCell(1).numFmt).toBe('mmm yyyy');
    // Every table that adds up ends with its total, bold.
    const last = contacts.getRow(contacts.actualRowCount);
    expect(last.getCell(1).value).toBe('Total');
    expect(last.font?.bold).toBe(true);
    const funnel = workbook.getWorksheet('Referrals and outcomes')!;
    expect([1, 2, 3].map((column) => funnel.getRow(2).getCell(column).value)).toEqual(['Referred', 3, null]);
    expect(funnel.getRow(4).getCell(1).value).toBe('Started a job');
    expect(funnel.getRow(4).getCell(2).value).toBe(2);
    expect(funnel.getRow(4).getCell(5).value).toBeCloseTo(2 / 3);
  });

  it('starts Excel with a Summary sheet holding every headline figure as numbers, as reports.funder counts them', async () => {
    const { backend } = await buildRecord(start);
    const report = await call(backend, 'reports.funder', year);
    const exported = await call(backend, 'reports.export', { ...year, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported.file);
    const summary = workbook.worksheets[0]!;
    const figures = new Map<string, unknown[]>();
    summary.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (typeof values[0] === 'string') figures.set(values[0], values.slice(1));
    });
    const share = ({ count, of }: { count: number; of: number }) => [count, of, of === 0 ? null : count / of];
    expect(figures.get('Figure')).toEqual(['Number', 'Out of', 'Share']);
    expect(report.figures.map((figure) => figure.label)).toEqual([
      'Employers engaged',
      'New this period',
      'Continuing',
      'Contacts in the period',
      'Relational at the start',
      'Relational at the end',
      'Referred',
      'Interviewed',
      'Started a job',
      'Still in work at 13 weeks',
      'Still in work at 26 weeks',
      'Progressed in work',
    ]);
    for (const figure of report.figures) {
      expect(figures.get(figure.label), figure.label).toEqual(
        figure.of === null ? [figure.count] : share({ count: figure.count, of: figure.of }),
      );
    }
    expect(figures.get('Contacts in the period')).toEqual([
      report.contactsByMonth.reduce((sum, row) => sum + row.count, 0),
    ]);
    expect(figures.get('Relational at the end')).toEqual(share(report.depthAtEnd.relational));
    expect(figures.get('Started a job')).toEqual(share({ count: report.funnel.started, of: report.funnel.referred }));
    // A share is a percentage-formatted number.
    let shareCell: ExcelJS.Cell | undefined;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'Relational at the end') shareCell = row.getCell(4);
    });
    expect(shareCell?.numFmt).toBe('0%');
    // Each headline figure has its one-sentence definition.
    for (const figure of report.figures) expect(figure.definition, figure.label).toMatch(/^[A-Z].+\.$/);
  });

  it('writes CSV in UTF-8 with a byte-order mark, and a cell starting = + - @ cannot run in Excel', async () => {
    const { backend } = await buildRecord(start);
    for (const [name, locality] of [
      ['Formula One', '=HYPERLINK("http://x","click")'],
      ['Plus Two', '+44 1234'],
      ['At Three', '@SUM(1)'],
      ['Minus Four', '-2+3'],
    ]) {
      const employer = await call(backend, 'employers.create', { name: name!, locality });
      await call(backend, 'interactions.create', {
        employerId: employer.id,
        kind: 'call',
        status: 'done',
        occurredAt: '2026-05-05T10:00:00Z',
        summary: 'Call',
      });
    }
    const exported = await call(backend, 'reports.export', { ...year, format: 'csv' });
    const bytes = fs.readFileSync(exported.file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1)).data;
    const areas = rows.map((row) => row[0]);
    expect(areas).toEqual(
      expect.arrayContaining([`'=HYPERLINK("http://x","click")`, "'+44 1234", "'@SUM(1)", "'-2+3"]),
    );
    expect(areas).toContain('Salford');
    expect(rows[0]).toEqual(['Employer engagement, 1 Jan 2026 to 31 Dec 2026']);
  });

  it('prints the report with its charts and appends the chosen case studies', async () => {
    const { backend, acme } = await buildRecord(start);
    await call(backend, 'settings.update', { charity: { name: 'Northside Works' } });
    const study = await call(backend, 'caseStudies.draft', { employerId: acme.id, ...year });
    const pdf = await call(backend, 'reports.export', { ...year, format: 'pdf', caseStudyIds: [study.id] });
    const text = pdfText(pdf.file);
    for (const heading of ['Depth of engagement', 'Contact with employers', 'Opportunities and outcomes']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('The research on employer engagement measured 31% in the UK and 60% in Denmark.');
    expect(text).toContain('Case study: Working with a small retail employer in Salford');
    expect(text).not.toContain('Acme');
    expect(text).toContain('Northside Works');
    // Tables that add up end with their total; roles say why theirs is not a sum.
    const report = await call(backend, 'reports.funder', year);
    const contacts = report.contactsByMonth.reduce((sum, row) => sum + row.count, 0);
    expect(text).toMatch(new RegExp(`Total[^\\n]*\\s${contacts}\\s*\\n`));
    expect(text).toContain('Employers engaged (one may hold several roles)');
    expect(text).toContain('How these figures are counted');
    expect(text).toContain('Job starts in the period: In the tables by sector, size and area');

    const word = await call(backend, 'reports.export', { ...year, format: 'docx', caseStudyIds: [study.id] });
    const headings = (await docxParagraphs(word.file)).filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Depth of engagement',
        'Case study: ' + study.title.replace('Acme Ltd', 'a small retail employer in Salford'),
      ]),
    );
    expect(await docxHasPictures(word.file)).toBe(2);
    expect((await docxParagraphs(word.file)).filter((p) => p.text === 'Total').length).toBeGreaterThanOrEqual(6);
  });

  it('refuses to append a named case study without the employer’s consent', async () => {
    const { backend, acme } = await buildRecord(start);
    const study = await call(backend, 'caseStudies.draft', { employerId: acme.id, ...year });
    await call(backend, 'caseStudies.update', { id: study.id, anonymise: false });
    expect(await backend.invoke('reports.export', { ...year, format: 'pdf', caseStudyIds: [study.id] })).toMatchObject({
      ok: false,
      error: {
        field: 'caseStudyIds',
        message: `“${study.title}”: Acme Ltd has not agreed to be named. Record their consent, or switch on Anonymise.`,
      },
    });
  });
});
