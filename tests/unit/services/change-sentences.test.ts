// What Recent changes, Undo and the Edit menu say each change was: one sentence in plain words
// for every change a person can make, naming what they would recognise.
import { expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import type { ChangeName, ProcedureInput } from '../../../shared/contract';
import { call, test } from '../../support/temp-backend';

async function said<P extends ChangeName>(backend: Backend, procedure: P, input: ProcedureInput<P>) {
  const result = await backend.invoke(procedure, input);
  if (!result.ok) throw new Error(`${procedure} failed: ${result.error.message}`);
  return { value: result.value, sentence: result.change?.sentence };
}

test('every change to an employer, its people and its contacts is said in plain words', async ({ backend }) => {
  const greggs = await said(backend, 'employers.create', { name: 'Greggs plc' });
  expect(greggs.sentence).toBe('Added Greggs plc');
  const id = greggs.value.id;
  expect((await said(backend, 'employers.update', { id, locality: 'Salford' })).sentence).toBe(
    'Changed Greggs plc’s details',
  );
  expect((await said(backend, 'employers.movePhase', { employerId: id, toPhase: 'establishing' })).sentence).toBe(
    'Moved Greggs plc to Establishing',
  );
  expect((await said(backend, 'employers.archive', { id })).sentence).toBe('Moved Greggs plc to Trash');
  expect((await said(backend, 'employers.restore', { id })).sentence).toBe('Restored Greggs plc from Trash');

  const priya = await said(backend, 'people.create', { name: 'Priya Shah', employerId: id, roleTitle: 'HR manager' });
  expect(priya.sentence).toBe('Added Priya Shah');
  expect((await said(backend, 'people.update', { id: priya.value.id, phone: '0161 496 0000' })).sentence).toBe(
    'Changed Priya Shah’s details',
  );
  const sam = await call(backend, 'people.create', { name: 'Sam Patel' });
  expect(
    (await said(backend, 'affiliations.create', { personId: sam.id, employerId: id, roleTitle: 'Chef' })).sentence,
  ).toBe('Added a role at Greggs plc');
  const samRole = (await call(backend, 'people.get', { id: sam.id })).affiliations[0]!;
  expect((await said(backend, 'affiliations.setPrimary', { id: samRole.id, replacePrimary: true })).sentence).toBe(
    'Changed the main contact at Greggs plc',
  );
  expect(
    (await said(backend, 'affiliations.end', { id: samRole.id, endedOn: new Date().toISOString().slice(0, 10) }))
      .sentence,
  ).toBe('Recorded that someone left Greggs plc');
  expect((await said(backend, 'people.archive', { id: sam.id })).sentence).toBe('Moved Sam Patel to Trash');
  expect((await said(backend, 'people.restore', { id: sam.id })).sentence).toBe('Restored Sam Patel from Trash');

  const planned = await said(backend, 'interactions.create', {
    employerId: id,
    kind: 'site_visit',
    status: 'planned',
    occurredAt: '2026-12-20T10:00:00.000Z',
    summary: 'Visit   the  bakery',
  });
  expect(planned.sentence).toBe('Planned a site visit with Greggs plc');
  const logged = await said(backend, 'interactions.create', {
    employerId: id,
    kind: 'email',
    status: 'done',
    occurredAt: '2026-11-20T10:00:00.000Z',
    summary: 'A very long summary of everything we talked about on the phone with the store manager today',
    followUpOn: '2026-12-01',
  });
  expect(logged.sentence).toBe('Logged an email with Greggs plc');
  expect((await said(backend, 'interactions.update', { id: planned.value.id, notes: 'Bring leaflets' })).sentence).toBe(
    'Changed the contact “Visit the bakery” with Greggs plc',
  );
  expect((await said(backend, 'interactions.complete', { id: planned.value.id })).sentence).toBe(
    'Marked “Visit the bakery” with Greggs plc done',
  );
  expect(
    (await said(backend, 'interactions.snoozeFollowUp', { id: logged.value.id, until: '2026-12-15', reason: 'Away' }))
      .sentence,
  ).toBe('Put off a follow-up with Greggs plc');
  expect((await said(backend, 'interactions.archive', { id: logged.value.id })).sentence).toBe(
    'Moved the contact “A very long summary of everything we talked about on the ph…” to Trash',
  );
  expect((await said(backend, 'interactions.restore', { id: logged.value.id })).sentence).toBe(
    'Restored the contact “A very long summary of everything we talked about on the ph…”',
  );
});

test('promises, trust, depth, opportunities and referrals are said with what they are about', async ({ backend }) => {
  const { id } = await call(backend, 'employers.create', { name: 'Acme Ltd' });
  const note = await said(backend, 'trust.create', {
    employerId: id,
    level: 'inter_organisational',
    direction: 'steady',
    observation: 'Friendly',
  });
  expect(note.sentence).toBe('Noted trust with Acme Ltd');
  expect((await said(backend, 'trust.update', { id: note.value.id, direction: 'strengthened' })).sentence).toBe(
    'Changed a trust note about Acme Ltd',
  );
  expect((await said(backend, 'trust.archive', { id: note.value.id })).sentence).toBe(
    'Moved a trust note about Acme Ltd to Trash',
  );
  expect((await said(backend, 'trust.restore', { id: note.value.id })).sentence).toBe(
    'Restored a trust note about Acme Ltd',
  );

  const promise = await said(backend, 'commitments.create', {
    employerId: id,
    party: 'us',
    description: 'Send three candidates',
  });
  expect(promise.sentence).toBe('Recorded the promise “Send three candidates” with Acme Ltd');
  expect((await said(backend, 'commitments.update', { id: promise.value.id, dueOn: '2026-12-24' })).sentence).toBe(
    'Changed the promise “Send three candidates”',
  );
  expect((await said(backend, 'commitments.resolve', { id: promise.value.id, status: 'kept' })).sentence).toBe(
    'Marked the promise “Send three candidates” kept',
  );
  expect((await said(backend, 'commitments.reopen', { id: promise.value.id })).sentence).toBe(
    'Reopened the promise “Send three candidates”',
  );
  expect(
    (await said(backend, 'assessments.create', { employerId: id, depth: 4, rolesOurs: ['consumer'] })).sentence,
  ).toBe('Assessed Acme Ltd’s depth of engagement as 4 of 5');

  const programme = await said(backend, 'programmes.create', { name: 'Working Futures' });
  expect(programme.sentence).toBe('Added the programme Working Futures');
  expect(
    (await said(backend, 'programmes.update', { id: programme.value.id, funder: 'Lambeth Council' })).sentence,
  ).toBe('Changed the programme Working Futures');
  const opportunity = await said(backend, 'opportunities.create', {
    employerId: id,
    kind: 'vacancy',
    title: 'Kitchen porter',
  });
  expect(opportunity.sentence).toBe('Added the opportunity “Kitchen porter” at Acme Ltd');
  const opportunityId = opportunity.value.id;
  expect((await said(backend, 'opportunities.update', { id: opportunityId, places: 3 })).sentence).toBe(
    'Changed the opportunity “Kitchen porter”',
  );
  const one = await said(backend, 'referrals.create', { opportunityId, references: ['P-0001'] });
  expect(one.sentence).toBe('Referred 1 person to Acme Ltd');
  const two = await said(backend, 'referrals.create', { opportunityId, references: ['P-0002', 'P-0003'] });
  expect(two.sentence).toBe('Referred 2 people to Acme Ltd');
  const ids = two.value.map((referral) => referral.id);
  expect(
    (await said(backend, 'referrals.advance', { ids, stage: 'interviewed', on: new Date().toISOString().slice(0, 10) }))
      .sentence,
  ).toBe('Moved 2 referrals at Acme Ltd to Interviewed');
  expect((await said(backend, 'referrals.undoStep', { ids: [ids[0]!] })).sentence).toBe(
    'Took 1 referral at Acme Ltd back a step',
  );
  expect((await said(backend, 'referrals.archive', { ids })).sentence).toBe('Moved 2 referrals to Trash');
  const evidence = await said(backend, 'evidence.attach', {
    referralId: one.value[0]!.id,
    file: { name: 'offer.pdf', contentBase64: Buffer.from('%PDF offer letter').toString('base64') },
  });
  expect(evidence.sentence).toBe('Attached offer.pdf at Acme Ltd');
  expect((await said(backend, 'evidence.remove', { id: evidence.value.id })).sentence).toBe('Moved offer.pdf to Trash');
  expect((await said(backend, 'opportunities.archive', { id: opportunityId })).sentence).toBe(
    'Moved the opportunity “Kitchen porter” to Trash',
  );
  expect((await said(backend, 'opportunities.restore', { id: opportunityId })).sentence).toBe(
    'Restored the opportunity “Kitchen porter”',
  );

  const study = await said(backend, 'caseStudies.draft', { employerId: id, from: '2026-01-01', to: '2026-11-30' });
  expect(study.sentence).toBe(`Drafted the case study “${study.value.title}”`);
  expect(
    (await said(backend, 'caseStudies.update', { id: study.value.id, title: 'Acme opens its doors' })).sentence,
  ).toBe('Changed the case study “Acme opens its doors”');
  expect((await said(backend, 'settings.update', { yourName: 'Sam' })).sentence).toBe('Changed the settings');
});

test('Recent changes lists them newest first, with the same sentences', async ({ backend }) => {
  await call(backend, 'employers.create', { name: 'Greggs plc' });
  await call(backend, 'settings.update', { yourName: 'Sam' });
  const { changes } = await call(backend, 'changes.list', { limit: 10 });
  expect(changes.map((change) => change.sentence)).toEqual(['Changed the settings', 'Added Greggs plc']);
});
