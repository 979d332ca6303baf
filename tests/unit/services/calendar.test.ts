import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFileName } from '../../../shared/calendar/schema';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';
import { makeDataDir } from '../../support/temp-backend';

const start = clockedBackends();

/** The events a calendar program would read from the file. */
function eventsIn(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      sequence: event.sequence,
      description: event.description,
    };
  });
}

describe('calendar', () => {
  it('writes one planned contact, or its follow-up, as an invitation a calendar program opens', async () => {
    const { backend } = await start('2026-12-01');
    const harbour = await call(backend, 'employers.create', { name: 'Harbour Hotels' });
    const priya = await call(backend, 'people.create', { name: 'Priya Shah', employerId: harbour.id });
    const visit = await call(backend, 'interactions.create', {
      employerId: harbour.id,
      kind: 'site_visit',
      status: 'planned',
      occurredAt: '2026-12-10T10:30:00.000Z',
      summary: 'Walk the kitchens with two candidates',
      notes: 'P-0231 needs step-free access',
      personIds: [priya.id],
      followUpOn: '2026-12-14',
    });
    const invitation = await call(backend, 'calendar.export', { interactionId: visit.id });
    expect(invitation.name).toBe('Site visit Harbour Hotels.ics');
    expect(eventsIn(invitation.file)).toEqual([
      {
        uid: `contact-${visit.id}@bridgework`,
        summary: 'Site visit: Harbour Hotels',
        start: '2026-12-10T10:30:00.000Z',
        sequence: expect.any(Number),
        description: 'Walk the kitchens with two candidates\nWith Priya Shah\nPlanned in Bridgework',
      },
    ]);
    expect(fs.readFileSync(invitation.file, 'utf8')).toContain('METHOD:PUBLISH');
    const followUp = await call(backend, 'calendar.export', { interactionId: visit.id, event: 'followUp' });
    expect(eventsIn(followUp.file)).toMatchObject([
      { uid: `follow-up-${harbour.id}@bridgework`, summary: 'Follow up: Harbour Hotels', start: '2026-12-14' },
    ]);
  });

  it('keeps a calendar file in the chosen folder, updated in place as contact is planned, moved and done', async () => {
    const clocked = await start('2026-12-01');
    const { backend } = clocked;
    const folder = path.join(makeDataDir(), 'OneDrive - Bridgework Trust');
    const harbour = await call(backend, 'employers.create', { name: 'Harbour Hotels' });
    const feed = await call(backend, 'calendar.setFolder', { folder });
    const file = path.join(folder, calendarFileName);
    /** The file once Bridgework has written it again, as it does after answering each change. */
    const written = async () => {
      await call(backend, 'calendar.feed');
      return eventsIn(file);
    };
    expect(feed).toMatchObject({ folder, file, events: 0, problem: null });
    expect(eventsIn(file)).toEqual([]);

    const call1 = await call(backend, 'interactions.create', {
      employerId: harbour.id,
      kind: 'call',
      status: 'planned',
      occurredAt: '2026-12-03T09:00:00.000Z',
      summary: 'Agree the January intake',
      notes: 'Ask about P-0231',
    });
    const [planned] = await written();
    expect(planned).toMatchObject({ uid: `contact-${call1.id}@bridgework`, start: '2026-12-03T09:00:00.000Z' });
    expect(fs.readFileSync(file, 'utf8')).not.toContain('P-0231');
    expect(fs.readFileSync(file, 'utf8')).toContain('PRODID:-//Bridgework//Bridgework//EN');

    clocked.setTime('12:05:00');
    await call(backend, 'interactions.update', { id: call1.id, occurredAt: '2026-12-04T14:00:00.000Z' });
    const [moved] = await written();
    expect(moved).toMatchObject({ uid: planned!.uid, start: '2026-12-04T14:00:00.000Z' });
    expect(moved!.sequence).toBeGreaterThan(planned!.sequence);

    // Something that cannot move an event leaves the file alone.
    fs.rmSync(file);
    await call(backend, 'trust.create', {
      employerId: harbour.id,
      level: 'inter_organisational',
      direction: 'strengthened',
      observation: 'They replied the same day',
      observedOn: '2026-12-01',
    });
    await call(backend, 'calendar.feed');
    expect(fs.existsSync(file)).toBe(false);

    clocked.setToday('2026-12-05');
    const done = await call(backend, 'interactions.complete', { id: call1.id, occurredAt: '2026-12-04T14:00:00.000Z' });
    expect(await written()).toEqual([]);
    const undone = await call(backend, 'changes.list', {});
    await call(backend, 'changes.undo', { id: undone.changes[0]!.id });
    expect((await written()).map((event) => event.uid)).toEqual([planned!.uid]);
    await call(backend, 'interactions.update', { id: done.id, followUpOn: '2026-12-12' });
    expect((await written()).map((event) => [event.summary, event.start])).toEqual([
      ['Call: Harbour Hotels', '2026-12-04T14:00:00.000Z'],
      ['Follow up: Harbour Hotels', '2026-12-12'],
    ]);

    // A folder that has gone is said in Settings; the change itself is kept.
    fs.rmSync(folder, { recursive: true });
    const later = await backend.invoke('interactions.update', { id: call1.id, summary: 'Agree the intake' });
    expect(later.ok).toBe(true);
    expect((await call(backend, 'calendar.feed')).problem).toMatch(/could not save the calendar file/);
    expect(await call(backend, 'calendar.setFolder', { folder: null })).toMatchObject({ folder: null, problem: null });
  });
});
