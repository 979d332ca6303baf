import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';
import { docxParagraphs, pdfPages, pdfText } from '../../support/documents';
import { buildRecord } from '../../support/hand-built-record';
import { chromiumPrinter } from '../../support/printer';

const printer = chromiumPrinter();
afterAll(() => printer.close());
const start = clockedBackends({ printer });
const year = { from: '2026-01-01', to: '2026-12-31' };

async function acmeStudy() {
  const record = await buildRecord(start);
  const { backend, acme } = record;
  await call(backend, 'people.create', { name: 'Priya Shah', employerId: acme.id, roleTitle: 'HR Manager' });
  await call(backend, 'people.create', { name: 'Tom Fisher' });
  await call(backend, 'settings.update', { charity: { name: 'Northside Works' } });
  const study = await call(backend, 'caseStudies.draft', { employerId: acme.id, ...year });
  return { ...record, study };
}

describe('anonymising a case study', () => {
  it('describes the employer and people by kind and role, drops references, and takes out other names', async () => {
    const { backend, study } = await acmeStudy();
    await call(backend, 'caseStudies.update', {
      id: study.id,
      title: 'How Acme Ltd opened its doors',
      sections: {
        together: 'Priya Shah met us in March. Priya then set up a trial at Acme for P-0001.',
        learned: 'Tom Fisher at Bolt Cafe wants to do the same.',
        employerQuote: 'Acme would do it again.',
      },
    });
    const preview = await call(backend, 'caseStudies.render', { id: study.id });
    expect(preview).toMatchObject({ anonymised: true, blocker: null });
    expect(preview.flags).toEqual([
      { name: 'Bolt Cafe', kind: 'employer' },
      { name: 'Tom Fisher', kind: 'person' },
    ]);
    expect(preview.html).toContain('How a small retail employer in Salford opened its doors');
    expect(preview.html).toContain('The HR manager met us in March. The HR manager then set up a trial at a small');
    expect(preview.html).toContain('for a participant.');
    expect(preview.html).toContain('[name removed] at [name removed] wants to do the same.');
    for (const name of ['Acme', 'Priya', 'Shah', 'P-0001', 'Bolt', 'Fisher']) expect(preview.html).not.toContain(name);
  });

  it('exports a named case study only once the employer agreed to be named', async () => {
    const { backend, study } = await acmeStudy();
    await call(backend, 'caseStudies.update', { id: study.id, anonymise: false });
    expect((await call(backend, 'caseStudies.render', { id: study.id })).blocker).toBe(
      'Acme Ltd has not agreed to be named. Record their consent, or switch on Anonymise.',
    );
    expect(await backend.invoke('caseStudies.export', { id: study.id, format: 'html' })).toMatchObject({
      ok: false,
      error: { field: 'consent', message: expect.stringContaining('has not agreed to be named') },
    });
    expect(
      await backend.invoke('caseStudies.update', { id: study.id, consent: { who: '', on: '2026-11-02', how: 'x' } }),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'consent.who': 'Enter who agreed to the employer being named' } },
    });
    await call(backend, 'caseStudies.update', {
      id: study.id,
      consent: { who: 'Priya Shah, HR Manager', on: '2026-11-02', how: 'By email' },
    });
    const file = await call(backend, 'caseStudies.export', { id: study.id, format: 'html' });
    expect(fs.readFileSync(file.file, 'utf8')).toContain('Acme Ltd is a small retail employer in Salford.');
  });
});

describe('highlights', () => {
  it('offers what happened in the period, people referred together as one moment, and shows the chosen ones', async () => {
    const { backend, study } = await acmeStudy();
    const choices = await call(backend, 'caseStudies.highlightChoices', { id: study.id });
    const texts = choices.map((choice) => `${choice.on} ${choice.text}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        '2026-03-05 Call: call on 2026-03-05',
        '2026-03-10 Referred (2 people): Two-day trial',
        '2026-03-20 Started: Two-day trial',
        '2026-06-01 Depth assessed at 4 of 5 (relational)',
        '2026-03-06 Work trial offered: Two-day trial',
      ]),
    );
    expect(texts.some((text) => text.startsWith('2025-'))).toBe(false);
    expect(texts.join(' ')).not.toContain('P-000');
    const chosen = choices.filter((choice) => choice.text.startsWith('Referred') || choice.text.startsWith('Call'));
    await call(backend, 'caseStudies.update', { id: study.id, highlights: chosen });
    const { html } = await call(backend, 'caseStudies.render', { id: study.id });
    expect(html).toContain('<h2>Moments that mattered</h2>');
    expect(html).toContain('<li>10 Mar 2026: Referred (2 people): Two-day trial</li>');
  });
});

describe('exporting a case study', () => {
  it('prints an A4 PDF with the sections, the charity, the period and page numbers', async () => {
    const { backend, study } = await acmeStudy();
    const exported = await call(backend, 'caseStudies.export', { id: study.id, format: 'pdf' });
    expect(exported.name).toBe('Working with a small retail employer in Salford, 1 Jan 2026 to 31 Dec 2026.pdf');
    const text = pdfText(exported.file);
    for (const heading of [
      'Background',
      'What we did together',
      'How it worked for us',
      'Outcomes',
      'What we learned',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Northside Works');
    expect(text).toContain('Case study · 1 Jan 2026 to 31 Dec 2026');
    expect(text).toMatch(/Page 1 of \d/);
    expect(pdfPages(exported.file)).toBeGreaterThanOrEqual(1);
  });

  it('keeps a section on one page where it fits, rather than leaving its heading or last lines alone', async () => {
    const { backend, study } = await acmeStudy();
    const learned = Array.from({ length: 6 }, (_, line) => `Lesson ${line + 1} of what we learned.`).join('\n\n');
    for (let lines = 25; lines <= 37; lines += 3) {
      const background = Array.from({ length: lines }, (_, line) => `Background line ${line + 1}.`).join('\n\n');
      await call(backend, 'caseStudies.update', { id: study.id, sections: { background, learned } });
      const exported = await call(backend, 'caseStudies.export', { id: study.id, format: 'pdf' });
      const pages = pdfText(exported.file).split('\f');
      const withHeading = pages.findIndex((page) => page.includes('What we learned'));
      expect(pages[withHeading], `with ${lines} lines before`).toContain('Lesson 1 of what we learned.');
      expect(pages[withHeading], `with ${lines} lines before`).toContain('Lesson 6 of what we learned.');
    }
  });

  it('writes Word with real headings that reads back, plus HTML and Markdown, never over an earlier file', async () => {
    const { backend, study } = await acmeStudy();
    await call(backend, 'caseStudies.update', {
      id: study.id,
      sections: { learned: 'Three things:\n\n- **Ask early**\n- Keep *in touch*', employerQuote: 'They listened.' },
    });
    const word = await call(backend, 'caseStudies.export', { id: study.id, format: 'docx' });
    const paragraphs = await docxParagraphs(word.file);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Background',
      'What we did together',
      'How it worked for us',
      'How it worked for the employer',
      'Outcomes',
      'What we learned',
    ]);
    expect(paragraphs.find((p) => p.style === 'Title')?.text).toBe(
      'Working with a small retail employer in Salford, 1 Jan 2026 to 31 Dec 2026',
    );
    expect(paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['Ask early', 'Keep in touch']));

    const markdown = await call(backend, 'caseStudies.export', { id: study.id, format: 'md' });
    const md = fs.readFileSync(markdown.file, 'utf8');
    expect(md).toContain('## What we learned\n\nThree things:\n\n- **Ask early**');
    const html = await call(backend, 'caseStudies.export', { id: study.id, format: 'html' });
    const page = fs.readFileSync(html.file, 'utf8');
    expect(page).toContain('<li><strong>Ask early</strong></li>');
    expect(page).not.toMatch(/(src|href)="https?:/);
    const again = await call(backend, 'caseStudies.export', { id: study.id, format: 'html' });
    expect(again.name).toBe(html.name.replace('.html', ' (2).html'));
    expect(path.dirname(again.file)).toBe(html.folder);
  });

  it('shows what the user wrote as text, never as HTML', async () => {
    const { backend, study } = await acmeStudy();
    await call(backend, 'caseStudies.update', {
      id: study.id,
      sections: { learned: '<script>alert(1)</script> <img src=x onerror=alert(1)>' },
    });
    const { html } = await call(backend, 'caseStudies.render', { id: study.id });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;script&#62;');
  });

  it('can be cancelled, leaving no file behind', async () => {
    const { backend, clocked, study } = await acmeStudy();
    const jobId = 'job-cancel-1234';
    const exporting = backend.invoke('caseStudies.export', { id: study.id, format: 'pdf', jobId });
    expect(await call(backend, 'jobs.progress', { jobId })).toMatchObject({ stage: 'Gathering the facts', total: 3 });
    expect(await call(backend, 'jobs.cancel', { jobId })).toEqual({ cancelled: true });
    expect(await exporting).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: 'Cancelled. Nothing was saved.' },
    });
    expect(await call(backend, 'jobs.progress', { jobId })).toBeNull();
    const folder = path.join(clocked.dataDir, 'exports');
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    await call(backend, 'caseStudies.export', { id: study.id, format: 'md', jobId });
    expect(fs.readdirSync(folder)).toHaveLength(1);
  });

  it('opens or shows only files it exported', async () => {
    const { backend, study } = await acmeStudy();
    const exported = await call(backend, 'caseStudies.export', { id: study.id, format: 'md' });
    for (const name of ['../../../../etc/passwd', '/etc/passwd', '..']) {
      expect(await backend.invoke('exports.open', { name })).toMatchObject({ ok: false, error: { field: 'name' } });
    }
    fs.rmSync(exported.file);
    expect(await backend.invoke('exports.showInFolder', { name: exported.name })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: `${exported.name} is no longer in the exports folder. Export it again.` },
    });
  });
});
