import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';

const start = clockedBackends();

async function setUp(backend: Backend) {
  const employer = await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
  const programme = await call(backend, 'programmes.create', {
    name: 'Working Futures',
    funder: 'Lambeth Council',
    startsOn: '2026-04-01',
    endsOn: '2027-03-31',
    checkWeeks: [26, 4, 13],
    outcomeDefinitions: 'Sustained means 26 weeks in work.',
  });
  const promise = await call(backend, 'commitments.create', {
    employerId: employer.id,
    party: 'employer',
    description: 'Offer three kitchen porter interviews',
    kind: 'guaranteed_interviews',
  });
  const opportunity = await call(backend, 'opportunities.create', {
    employerId: employer.id,
    kind: 'vacancy',
    title: 'Kitchen porter',
    places: 3,
    openedOn: '2026-01-05',
    weeklyHours: 30,
    contractType: 'permanent',
    programmeId: programme.id,
    commitmentId: promise.id,
  });
  return { employer, programme, promise, opportunity };
}

const stages = async (backend: Backend, opportunityId: string) =>
  Object.fromEntries(
    (await call(backend, 'referrals.list', { opportunityId })).map((referral) => [referral.reference, referral.stage]),
  );

describe('programmes', () => {
  it('keeps the funder’s check points in order and refuses a second programme of the same name', async () => {
    const { backend } = await start('2026-01-10');
    const { programme } = await setUp(backend);
    expect(programme.checkWeeks).toEqual([4, 13, 26]);
    expect(await backend.invoke('programmes.create', { name: 'working futures' })).toMatchObject({
      ok: false,
      error: { field: 'name' },
    });
    expect(await backend.invoke('programmes.update', { id: programme.id, endsOn: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { field: 'endsOn' },
    });
    const [listed] = await call(backend, 'programmes.list');
    expect(listed).toMatchObject({ name: 'Working Futures', opportunities: 1, referrals: 0 });
  });
});

describe('opportunities', () => {
  it('records an offer from a promise, and refuses a promise made with another employer', async () => {
    const { backend } = await start('2026-01-10');
    const { employer, opportunity } = await setUp(backend);
    expect(opportunity).toMatchObject({ status: 'open', places: 3, openedOn: '2026-01-05' });
    const other = await call(backend, 'employers.create', { name: 'Bolton Print' });
    const theirs = await call(backend, 'commitments.create', {
      employerId: other.id,
      party: 'employer',
      description: 'A work trial',
    });
    const refused = await backend.invoke('opportunities.create', {
      employerId: employer.id,
      kind: 'work_trial',
      title: 'Trial',
      commitmentId: theirs.id,
    });
    expect(refused).toMatchObject({ ok: false, error: { field: 'commitmentId' } });
    const badDates = await backend.invoke('opportunities.create', {
      employerId: employer.id,
      kind: 'vacancy',
      title: 'Chef',
      openedOn: '2026-01-05',
      closesOn: '2026-01-01',
    });
    expect(badDates).toMatchObject({ ok: false, error: { field: 'closesOn' } });
    const badKind = await backend.invoke('opportunities.create', {
      employerId: employer.id,
      kind: 'party',
      title: 'x',
    });
    expect(badKind).toMatchObject({ ok: false, error: { field: 'kind' } });
  });

  it('moving an opportunity to Trash takes its referrals, and restoring brings them back', async () => {
    const { backend } = await start('2026-01-10');
    const { employer, opportunity } = await setUp(backend);
    await call(backend, 'referrals.create', { opportunityId: opportunity.id, references: ['P-0001', 'P-0002'] });
    await call(backend, 'opportunities.archive', { id: opportunity.id });
    expect(await call(backend, 'opportunities.list', { employerId: employer.id })).toEqual([]);
    expect((await call(backend, 'funnel.forEmployer', { employerId: employer.id })).referred).toBe(0);
    expect((await call(backend, 'trash.list')).items).toMatchObject([
      { kind: 'opportunity', title: 'Kitchen porter (with 2 referrals)', employerName: 'Harbour Kitchens Ltd' },
    ]);
    await call(backend, 'opportunities.restore', { id: opportunity.id });
    expect((await call(backend, 'funnel.forEmployer', { employerId: employer.id })).referred).toBe(2);
  });
});

describe('referrals', () => {
  it('refers several people at once by reference, and refuses a name or an email without writing any', async () => {
    const { backend } = await start('2026-01-10');
    const { opportunity } = await setUp(backend);
    const refused = await backend.invoke('referrals.create', {
      opportunityId: opportunity.id,
      references: ['P-0231', 'Jane Smith'],
    });
    expect(refused).toMatchObject({ ok: false, error: { field: 'references' } });
    expect(refused.ok || refused.error.message).toMatch(/Line 2: That looks like a name/);
    const email = await backend.invoke('referrals.create', { opportunityId: opportunity.id, references: ['jo@x.org'] });
    expect(email.ok || email.error.message).toMatch(/email address/);
    expect(await call(backend, 'referrals.list', { opportunityId: opportunity.id })).toEqual([]);

    const referred = await call(backend, 'referrals.create', {
      opportunityId: opportunity.id,
      references: ['p-0231', 'P-0232', ' P-0233 '],
      referredOn: '2026-01-06',
    });
    expect(referred.map((r) => r.reference)).toEqual(['P-0231', 'P-0232', 'P-0233']);
    expect(referred[0]!.programmeId).toBe(opportunity.programmeId);
    const again = await backend.invoke('referrals.create', { opportunityId: opportunity.id, references: ['P-0232'] });
    expect(again.ok || again.error.message).toMatch(/P-0232 is already referred/);
  });

  it('follows the provider’s own reference format', async () => {
    const { backend } = await start('2026-01-10');
    const { opportunity } = await setUp(backend);
    await call(backend, 'settings.update', { referenceFormat: { prefix: 'LW/', digits: { min: 5, max: 5 } } });
    expect(
      await backend.invoke('referrals.create', { opportunityId: opportunity.id, references: ['P-0231'] }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/LW\/00231/) } });
    await call(backend, 'referrals.create', { opportunityId: opportunity.id, references: ['LW/12345'] });
  });

  it('moves several along with one date, all or none, naming the one that cannot move', async () => {
    const { backend } = await start('2026-01-10');
    const { opportunity } = await setUp(backend);
    const [a, b, c] = await call(backend, 'referrals.create', {
      opportunityId: opportunity.id,
      references: ['P-0001', 'P-0002', 'P-0003'],
      referredOn: '2026-01-06',
    });
    await call(backend, 'referrals.advance', { ids: [c!.id], stage: 'not_selected', on: '2026-01-07' });
    const blocked = await backend.invoke('referrals.advance', {
      ids: [a!.id, b!.id, c!.id],
      stage: 'interviewed',
      on: '2026-01-08',
    });
    expect(blocked).toMatchObject({ ok: false, error: { field: 'stage' } });
    expect(blocked.ok || blocked.error.message).toMatch(/^P-0003: This referral ended at “Not selected”/);
    expect(await stages(backend, opportunity.id)).toEqual({
      'P-0001': 'referred',
      'P-0002': 'referred',
      'P-0003': 'not_selected',
    });

    const backwards = await backend.invoke('referrals.advance', {
      ids: [a!.id],
      stage: 'interviewed',
      on: '2026-01-01',
    });
    expect(backwards).toMatchObject({ ok: false, error: { field: 'on' } });

    await call(backend, 'referrals.advance', {
      ids: [a!.id, b!.id],
      stage: 'interviewed',
      on: '2026-01-08',
      feedback: 'Both were punctual and keen.',
    });
    expect(await stages(backend, opportunity.id)).toMatchObject({ 'P-0001': 'interviewed', 'P-0002': 'interviewed' });
    await call(backend, 'referrals.undoStep', { ids: [b!.id] });
    expect(await stages(backend, opportunity.id)).toMatchObject({ 'P-0002': 'referred' });
  });

  it('a start schedules the programme’s checks; Today shows them when due; a check records the outcome', async () => {
    const clocked = await start('2026-01-10');
    const { backend } = clocked;
    const { employer, opportunity } = await setUp(backend);
    const [a, b] = await call(backend, 'referrals.create', {
      opportunityId: opportunity.id,
      references: ['P-0001', 'P-0002'],
      referredOn: '2026-01-06',
    });
    for (const stage of ['interviewed', 'offered', 'started'] as const) {
      await call(backend, 'referrals.advance', {
        ids: [a!.id, b!.id],
        stage,
        on: '2026-01-09',
        hourlyPay: 12.21,
        weeklyHours: 30,
      });
    }
    const [listed] = await call(backend, 'referrals.list', { opportunityId: opportunity.id });
    expect(listed!.checks.map((check) => [check.weeks, check.dueOn])).toEqual([
      [4, '2026-02-06'],
      [13, '2026-04-10'],
      [26, '2026-07-10'],
    ]);
    expect((await call(backend, 'today.get')).sustainmentChecks.total).toBe(0);

    clocked.setToday('2026-04-05');
    const today = await call(backend, 'today.get');
    expect(today.sustainmentChecks.total).toBe(4); // both at 4 weeks (overdue) and at 13 weeks (due within a week)
    await call(backend, 'referrals.archive', { ids: [b!.id] });
    expect((await call(backend, 'today.get')).sustainmentChecks.total).toBe(2);
    clocked.setToday('2026-04-06'); // so Trash tells the two moves apart
    await call(backend, 'opportunities.archive', { id: opportunity.id });
    expect((await call(backend, 'today.get')).sustainmentChecks.total).toBe(0);
    await call(backend, 'opportunities.restore', { id: opportunity.id });
    expect((await call(backend, 'today.get')).sustainmentChecks.total).toBe(2);
    await call(backend, 'referrals.restore', { ids: [b!.id] });
    expect((await call(backend, 'today.get')).sustainmentChecks.total).toBe(4);
    const thirteen = today.sustainmentChecks.rows.find((row) => row.weeks === 13 && row.reference === 'P-0001')!;
    expect(thirteen).toMatchObject({
      employerName: 'Harbour Kitchens Ltd',
      opportunityTitle: 'Kitchen porter',
      dueOn: '2026-04-10',
    });
    const early = await backend.invoke('referrals.recordCheck', {
      id: thirteen.id,
      outcome: 'in_work',
      checkedOn: '2026-04-05',
    });
    expect(early).toMatchObject({ ok: false, error: { field: 'checkedOn' } });

    clocked.setToday('2026-04-12');
    const kept = await call(backend, 'referrals.recordCheck', { id: thirteen.id, outcome: 'in_work' });
    expect(kept.stage).toBe('sustained_13');
    const bFour = (await call(backend, 'today.get')).sustainmentChecks.rows.find(
      (row) => row.reference === 'P-0002' && row.weeks === 4,
    )!;
    await call(backend, 'referrals.recordCheck', {
      id: bFour.id,
      outcome: 'left',
      checkedOn: '2026-02-20',
      note: 'Moved away.',
    });
    const after = await call(backend, 'today.get');
    // In work at 13 weeks settles the 4-week check too; leaving cancels the rest.
    expect(after.sustainmentChecks.total).toBe(0);
    const checks = (await call(backend, 'referrals.list', { opportunityId: opportunity.id })).map((referral) =>
      referral.checks.map((check) => `${check.weeks} ${check.status}`).join(', '),
    );
    expect(checks).toEqual(['4 in_work, 13 in_work, 26 due', '4 left, 13 cancelled, 26 cancelled']);

    const funnel = await call(backend, 'funnel.forEmployer', { employerId: employer.id });
    expect(funnel).toMatchObject({
      referred: 2,
      interviewed: 2,
      offered: 2,
      started: 2,
      sustained13: 1,
      sustained26: 0,
    });
    expect(funnel).toMatchObject({ startedWeeksAgo13: 2, startedWeeksAgo26: 0 });
  });

  it('records progression in work: a rise of 10 % or more counts', async () => {
    const { backend } = await start('2026-06-01');
    const { employer, opportunity, programme } = await setUp(backend);
    const [a] = await call(backend, 'referrals.create', {
      opportunityId: opportunity.id,
      references: ['P-0001'],
      referredOn: '2026-01-06',
    });
    const early = await backend.invoke('referrals.recordProgression', {
      referralId: a!.id,
      hourlyPayAfter: 14,
      sameEmployer: true,
    });
    expect(early.ok || early.error.message).toMatch(/Record the start first/);
    await call(backend, 'referrals.advance', {
      ids: [a!.id],
      stage: 'started',
      on: '2026-01-12',
      hourlyPay: 12,
      weeklyHours: 20,
    });
    const small = await call(backend, 'referrals.recordProgression', {
      referralId: a!.id,
      changedOn: '2026-03-01',
      hourlyPayAfter: 12.5,
      sameEmployer: true,
    });
    expect(small).toMatchObject({ hourlyPayBefore: 12, counts: false });
    const rise = await call(backend, 'referrals.recordProgression', {
      referralId: a!.id,
      changedOn: '2026-05-01',
      weeklyHoursAfter: 30,
      sameEmployer: true,
    });
    expect(rise).toMatchObject({ weeklyHoursBefore: 20, counts: true });
    expect((await call(backend, 'funnel.forEmployer', { employerId: employer.id })).progressed).toBe(1);
    const year = await call(backend, 'funnel.forProgramme', {
      programmeId: programme.id,
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(year).toMatchObject({ referred: 1, started: 1, progressed: 1 });
    const none = await call(backend, 'funnel.forProgramme', { programmeId: programme.id, from: '2027-01-01' });
    expect(none.referred).toBe(0);
  });

  it('puts the opportunity and each referral step on the employer’s timeline', async () => {
    const { backend } = await start('2026-01-10');
    const { employer, opportunity } = await setUp(backend);
    const [a] = await call(backend, 'referrals.create', {
      opportunityId: opportunity.id,
      references: ['P-0001'],
      referredOn: '2026-01-06',
    });
    await call(backend, 'referrals.advance', {
      ids: [a!.id],
      stage: 'interviewed',
      on: '2026-01-08',
      feedback: 'Strong interview.',
    });
    const { items } = await call(backend, 'timeline.forEmployer', { employerId: employer.id });
    const milestones = items.filter((item) => item.type === 'referral_step' || item.type === 'opportunity');
    expect(
      milestones.map((item) =>
        item.type === 'referral_step' ? `${item.step.reference} ${item.step.stage}` : item.type,
      ),
    ).toEqual(['P-0001 interviewed', 'P-0001 referred', 'opportunity']);
  });
});

describe('programmes on the rest of the record', () => {
  it('tags a contact with a programme, and finds opportunities in search', async () => {
    const { backend } = await start('2026-01-10');
    const { employer, programme } = await setUp(backend);
    const contact = await call(backend, 'interactions.create', {
      employerId: employer.id,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-01-09T10:00:00Z',
      summary: 'Talked about the porter roles',
      programmeId: programme.id,
    });
    expect(contact.programmeId).toBe(programme.id);
    const unknown = await backend.invoke('interactions.update', {
      id: contact.id,
      programmeId: '01900000-0000-7000-8000-000000000000',
    });
    expect(unknown).toMatchObject({ ok: false, error: { field: 'programmeId' } });
    const found = await call(backend, 'search.query', { text: 'porter' });
    expect(found.opportunities.map((hit) => hit.context)).toEqual(['Harbour Kitchens Ltd']);
  });
});
