import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';
import { buildRecord } from '../../support/hand-built-record';

const start = clockedBackends();
const year = { from: '2026-01-01', to: '2026-12-31' };

describe('case studies', () => {
  it('drafts each section from the record, in plain sentences with counts', async () => {
    const { backend, acme, referrals } = await buildRecord(start);
    await call(backend, 'referrals.advance', {
      ids: [referrals[1]!.id],
      stage: 'not_selected',
      on: '2026-04-02',
      feedback: 'Not ready for the till yet.',
    });
    const study = await call(backend, 'caseStudies.draft', { employerId: acme.id, ...year });
    expect(study.sections.forEmployer).toContain(
      '1 person we referred started work with them in the period. The opportunity they offered in the period was filled.',
    );
    expect(study.sections.forEmployer).toContain('We saw them as a consumer and a provider.');
    expect(study.sections.forEmployer).toContain(
      'They gave us feedback on the people we referred 1 time, most recently: “Not ready for the till yet.”',
    );
    expect(study.title).toBe('Working with Acme Ltd, 1 Jan 2026 to 31 Dec 2026');
    expect(study.anonymise).toBe(true);
    expect(study.sections.background).toBe(
      'Acme Ltd is a small retail employer in Salford. We first worked together in November 2025, through job fair.',
    );
    expect(study.sections.together).toContain('we were in touch 1 time: 1 call.');
    expect(study.sections.together).toContain('They offered 1 opportunity: work trial (Two-day trial).');
    expect(study.sections.forUs).toContain('The employer made 1 promise to us in this period, and kept 1 of 1 (100%)');
    expect(study.sections.outcomes).toContain(
      'We referred 2 people. 1 of 2 (50%) were interviewed and 1 of 2 (50%) started work.',
    );
    expect(study.sections.outcomes).toContain('1 of 1 (100%) of those who started 13 or more weeks ago');
    expect(study.sections.learned).toContain(
      'from 2 of 5 (instrumental: occasional) at the start of the period to 4 of 5 (relational) at the end',
    );
  });

  it('saves edits as they are typed, keeps an earlier wording every ten minutes, and lists the studies', async () => {
    const { backend, clocked, acme } = await buildRecord(start);
    const study = await call(backend, 'caseStudies.draft', { employerId: acme.id, ...year, title: 'Acme and us' });
    await call(backend, 'caseStudies.update', { id: study.id, sections: { learned: 'Early feedback matters.' } });
    expect((await call(backend, 'caseStudies.get', { id: study.id })).versions).toBe(0);
    clocked.setToday('2027-01-02');
    const edited = await call(backend, 'caseStudies.update', {
      id: study.id,
      sections: { employerQuote: 'They understood what we needed.' },
      anonymise: false,
    });
    expect(edited).toMatchObject({ versions: 1, anonymise: false });
    expect(edited.sections).toMatchObject({
      learned: 'Early feedback matters.',
      employerQuote: 'They understood what we needed.',
    });
    expect(edited.sections.background).toBe(study.sections.background);
    expect(await call(backend, 'caseStudies.list')).toMatchObject([
      { id: study.id, title: 'Acme and us', employerName: 'Acme Ltd' },
    ]);
  });

  it('refuses a period that ends before it starts, and an employer in Trash', async () => {
    const { backend, acme } = await buildRecord(start);
    expect(
      await backend.invoke('caseStudies.draft', { employerId: acme.id, from: '2026-12-01', to: '2026-01-01' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'to' },
    });
    await call(backend, 'employers.archive', { id: acme.id });
    expect(await backend.invoke('caseStudies.draft', { employerId: acme.id, ...year })).toMatchObject({
      ok: false,
      error: { field: 'employerId' },
    });
  });
});
