import { describe, expect, it } from 'vitest';
import { clockedBackends } from '../../support/clocked-backend';
import { call } from '../../support/temp-backend';

const start = clockedBackends();

const done = (employerId: string, on: string, extra: object = {}) => ({
  employerId,
  kind: 'meeting',
  status: 'done' as const,
  occurredAt: `${on}T10:00:00.000Z`,
  summary: 'Meeting',
  ...extra,
});

describe('the depth suggestion’s year', () => {
  it('counts contact from this day a year ago, not from the start of that month', async () => {
    const { backend } = await start('2026-11-20');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    await call(backend, 'interactions.create', done(acme.id, '2025-11-05'));
    await call(backend, 'interactions.create', done(acme.id, '2026-06-10'));
    const suggestion = await call(backend, 'assessments.suggest', { employerId: acme.id });
    expect(suggestion.facts.monthsWithContact).toBe(1);
  });
});

describe('phases', () => {
  it('moves through the phases with dates, asking for a route or a reason where the research does', async () => {
    const { backend, setToday } = await start('2026-03-01');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const move = (input: { toPhase: string } & Record<string, unknown>) =>
      backend.invoke('employers.movePhase', { employerId: acme.id, ...input });

    expect(await move({ toPhase: 'preparing' })).toMatchObject({ ok: false, error: { field: 'toPhase' } });
    await call(backend, 'employers.movePhase', { employerId: acme.id, toPhase: 'establishing' });
    setToday('2026-06-01');
    expect(await move({ toPhase: 'developing' })).toMatchObject({
      ok: false,
      error: { field: 'route', message: 'Choose how the relationship is developing' },
    });
    expect(await move({ toPhase: 'developing', route: 'sideways' })).toMatchObject({
      ok: false,
      error: { field: 'route' },
    });
    expect(await move({ toPhase: 'maintaining', changedOn: '2026-02-01' })).toMatchObject({
      ok: false,
      error: { field: 'changedOn' },
    });
    const developing = await call(backend, 'employers.movePhase', {
      employerId: acme.id,
      toPhase: 'developing',
      route: 'broadening',
      changedOn: '2026-05-20',
    });
    expect(developing).toMatchObject({ phase: 'developing', phaseSince: '2026-05-20' });
    expect(await move({ toPhase: 'ended' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    expect(await move({ toPhase: 'developing', declined: true })).toMatchObject({
      ok: false,
      error: { field: 'toPhase' },
    });
    expect(await move({ toPhase: 'dormant', declined: true })).toMatchObject({
      ok: false,
      error: { field: 'reason', message: 'Choose why they declined' },
    });
    await call(backend, 'employers.movePhase', {
      employerId: acme.id,
      toPhase: 'ended',
      reason: 'decided_elsewhere',
      note: 'Head office took recruitment back.',
    });

    const timeline = await call(backend, 'timeline.forEmployer', { employerId: acme.id });
    const moves = timeline.items.flatMap((item) => (item.type === 'phase_change' ? [item.change] : []));
    expect(
      moves.map((change) => [change.fromPhase, change.toPhase, change.changedOn, change.route, change.reason]),
    ).toEqual([
      ['developing', 'ended', '2026-06-01', null, 'decided_elsewhere'],
      ['establishing', 'developing', '2026-05-20', 'broadening', null],
      ['preparing', 'establishing', '2026-03-01', null, null],
    ]);
  });
});

describe('depth assessments', () => {
  it('suggests a depth from a crafted history, with the evidence in words', async () => {
    const { backend, setToday } = await start('2025-06-10');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const sam = await call(backend, 'people.create', { name: 'Sam Patel', employerId: acme.id });
    const jo = await call(backend, 'people.create', { name: 'Jo Reid', employerId: acme.id });
    await call(backend, 'interactions.create', done(acme.id, '2025-06-10', { personIds: [sam.id] }));
    for (const month of ['2026-01', '2026-03', '2026-05', '2026-07', '2026-09', '2026-11']) {
      setToday(`${month}-10`);
      await call(backend, 'interactions.create', done(acme.id, `${month}-10`, { personIds: [sam.id, jo.id] }));
      const promise = await call(backend, 'commitments.create', {
        employerId: acme.id,
        party: 'employer',
        description: 'Interview our candidates',
      });
      await call(backend, 'commitments.resolve', { id: promise.id, status: month === '2026-05' ? 'broken' : 'kept' });
    }
    await call(backend, 'trust.create', {
      employerId: acme.id,
      level: 'inter_organisational',
      direction: 'strengthened',
      observation: 'They now call us first.',
    });
    setToday('2026-11-20');
    const suggestion = await call(backend, 'assessments.suggest', { employerId: acme.id });
    expect(suggestion.facts).toMatchObject({
      monthsWithContact: 6,
      peopleEngaged: 2,
      employerKept: 5,
      employerBroken: 1,
      employerPromisesMade: 6,
      relationshipMonths: 17,
      trustStrengthenedLevels: 1,
    });
    expect(suggestion.evidence.map((item) => item.sentence)).toEqual([
      'Contact in 6 of the last 12 months: fairly regular.',
      'You dealt with 2 people there in the last 12 months, so it does not hang on one person.',
      'They kept 5 of 6 settled promises.',
      'We have no kept or broken promises yet.',
      'They made 6 offers or promises in the last 12 months: repeat activity.',
      'First contact 1 year ago.',
      'The latest trust notes say trust strengthened at 1 level.',
    ]);
    expect(suggestion).toMatchObject({ score: 7, depth: 4 });
  });

  it('counts the months with contact over exactly 12: this month and the 11 before it', async () => {
    const { backend, setToday } = await start('2025-11-05');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    // A contact in each of 13 calendar months, December 2025 to December 2026.
    for (let n = 0; n < 13; n++) {
      const month = `${2025 + Math.floor((11 + n) / 12)}-${String(((11 + n) % 12) + 1).padStart(2, '0')}`;
      setToday(`${month}-28`);
      await call(backend, 'interactions.create', done(acme.id, `${month}-28`));
    }
    setToday('2026-12-28');
    const suggestion = await call(backend, 'assessments.suggest', { employerId: acme.id });
    expect(suggestion.facts.monthsWithContact).toBe(12);
    expect(suggestion.evidence[0]!.sentence).toMatch(/^Contact in 12 of the last 12 months/);
  });

  it('keeps every assessment, puts the latest depth on the employer, and checks the roles', async () => {
    const { backend, setToday } = await start('2026-05-01');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    await call(backend, 'assessments.create', { employerId: acme.id, depth: 2, rolesOurs: ['consumer'] });
    setToday('2026-11-01');
    const latest = await call(backend, 'assessments.create', {
      employerId: acme.id,
      depth: 4,
      suggestedDepth: 3,
      rolesOurs: ['consumer', 'provider'],
      rolesTheirs: ['strategic_partner'],
      indirect: true,
      benefits: ['direct', 'personal'],
      rationale: 'They now run our mock interviews.',
    });
    expect(latest).toMatchObject({ assessedOn: '2026-11-01', rolesTheirs: ['strategic_partner'], indirect: true });
    expect((await call(backend, 'employers.get', { id: acme.id })).depth).toBe(4);
    const history = await call(backend, 'assessments.forEmployer', { employerId: acme.id });
    expect(history.map((assessment) => [assessment.assessedOn, assessment.depth])).toEqual([
      ['2026-11-01', 4],
      ['2026-05-01', 2],
    ]);
    const wrong = await backend.invoke('assessments.create', { employerId: acme.id, depth: 6, rolesOurs: ['ladder'] });
    expect(!wrong.ok && wrong.error.fieldErrors).toEqual({ depth: 'Choose a depth from 1 to 5' });
    const unknownRole = await backend.invoke('assessments.create', {
      employerId: acme.id,
      depth: 3,
      rolesOurs: ['ladder'],
    });
    expect(!unknownRole.ok && unknownRole.error.fieldErrors).toEqual({ rolesOurs: 'Choose a role from the list' });
  });
});

describe('the promise ledger', () => {
  it('shows open promises first, soonest due first, and each side’s record', async () => {
    const { backend } = await start('2026-11-20');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const promise = (party: 'us' | 'employer', description: string, dueOn?: string) =>
      call(backend, 'commitments.create', { employerId: acme.id, party, description, dueOn });
    const settle = (id: string, status: 'kept' | 'broken' | 'released') =>
      call(backend, 'commitments.resolve', { id, status });
    await settle((await promise('us', 'Feedback after interviews')).id, 'kept');
    await settle((await promise('us', 'Send CVs')).id, 'broken');
    await settle((await promise('us', 'Run a taster day')).id, 'released');
    await settle((await promise('employer', 'Four interviews')).id, 'kept');
    await promise('employer', 'Work trial place', '2026-12-10');
    await promise('us', 'Screened candidates by Friday', '2026-11-27');
    const ledger = await call(backend, 'commitments.forEmployer', { employerId: acme.id });
    expect(ledger.commitments.slice(0, 2).map((c) => c.description)).toEqual([
      'Screened candidates by Friday',
      'Work trial place',
    ]);
    expect(ledger.record).toEqual({
      us: { open: 1, kept: 1, broken: 1, released: 1 },
      employer: { open: 1, kept: 1, broken: 0, released: 0 },
    });

    // Undo after settling: the promise is open again, with no outcome.
    const broken = ledger.commitments.find((commitment) => commitment.status === 'broken')!;
    expect(await call(backend, 'commitments.reopen', { id: broken.id })).toMatchObject({
      status: 'open',
      resolvedOn: null,
    });
    const after = await call(backend, 'commitments.forEmployer', { employerId: acme.id });
    expect(after.record.us).toEqual({ open: 2, kept: 1, broken: 0, released: 1 });
  });
});

describe('logging contact with what came out of it', () => {
  it('saves trust notes and promises with the contact, all or nothing', async () => {
    const { backend } = await start('2026-11-20');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const bad = await backend.invoke(
      'interactions.create',
      done(acme.id, '2026-11-19', {
        trustNotes: [{ level: 'institutional', direction: 'strengthened', observation: 'They trust the scheme now.' }],
        commitments: [{ party: 'us', description: 'Send CVs', kind: 'not_a_kind' }],
      }),
    );
    expect(!bad.ok && bad.error.fieldErrors).toEqual({
      'commitments.0.kind': 'Choose a kind of promise from the list',
    });
    expect((await call(backend, 'timeline.forEmployer', { employerId: acme.id })).items).toEqual([]);

    const saved = await call(
      backend,
      'interactions.create',
      done(acme.id, '2026-11-19', {
        trustNotes: [{ level: 'institutional', direction: 'strengthened', observation: 'They trust the scheme now.' }],
        commitments: [{ party: 'us', description: 'Send CVs', dueOn: '2026-11-27' }],
      }),
    );
    const items = (await call(backend, 'timeline.forEmployer', { employerId: acme.id })).items;
    expect(items.map((item) => item.type).sort()).toEqual(['commitment_made', 'interaction', 'trust_note']);
    const note = items.find((item) => item.type === 'trust_note');
    expect(note?.type === 'trust_note' && note.note).toMatchObject({
      interactionId: saved.id,
      observedOn: '2026-11-19',
    });

    const planned = await backend.invoke('interactions.create', {
      ...done(acme.id, '2026-11-25'),
      status: 'planned',
      commitments: [{ party: 'us', description: 'Bring leaflets' }],
    });
    expect(!planned.ok && planned.error.field).toBe('commitments');
  });
});

describe('Today', () => {
  it('lists what is due, and a snoozed follow-up leaves until its new date', async () => {
    const { backend, setToday } = await start('2026-11-10');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    await call(backend, 'employers.movePhase', { employerId: acme.id, toPhase: 'establishing' });
    const call1 = await call(backend, 'interactions.create', done(acme.id, '2026-11-10', { followUpOn: '2026-11-18' }));
    await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'us',
      description: 'Send screened candidates',
      dueOn: '2026-11-26',
    });
    await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'us',
      description: 'Not yet',
      dueOn: '2026-12-20',
    });
    await call(backend, 'interactions.create', {
      ...done(acme.id, '2026-11-23'),
      status: 'planned',
      summary: 'Site visit',
    });
    setToday('2026-11-20');
    const today = await call(backend, 'today.get');
    expect(today.followUps).toMatchObject({ total: 1, rows: [{ interactionId: call1.id, followUpOn: '2026-11-18' }] });
    expect(today.ourCommitments.rows.map((row) => row.description)).toEqual(['Send screened candidates']);
    expect(today.planned.rows.map((row) => row.summary)).toEqual(['Site visit']);
    expect(today.goingCold.rows.map((row) => row.name)).toEqual([]);
    setToday('2026-11-25');
    expect((await call(backend, 'today.get')).goingCold.rows[0]).toMatchObject({
      name: 'Acme Ltd',
      sentence: 'No contact for 15 days. In the establishing phase you aim to be in touch at least every 14 days.',
    });

    const refused = await backend.invoke('interactions.snoozeFollowUp', {
      id: call1.id,
      until: '2026-11-25',
      reason: '',
    });
    expect(!refused.ok && refused.error.fieldErrors).toEqual({ reason: 'Say why you are putting it off' });
    await call(backend, 'interactions.snoozeFollowUp', { id: call1.id, until: '2026-12-01', reason: 'Waiting for HR' });
    expect((await call(backend, 'today.get')).followUps.total).toBe(0);
    setToday('2026-12-01');
    expect((await call(backend, 'today.get')).followUps.rows).toMatchObject([{ followUpNote: 'Waiting for HR' }]);
    await call(backend, 'interactions.create', done(acme.id, '2026-12-01'));
    expect((await call(backend, 'today.get')).followUps.total).toBe(0);
  });
});
