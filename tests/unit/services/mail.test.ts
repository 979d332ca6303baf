import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import type { MessagePreview } from '../../../shared/mail/schema';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';
import { makeDataDir } from '../../support/temp-backend';

const folder = path.resolve(import.meta.dirname, '../../fixtures/mail');
type Expected = {
  kind: string;
  contactStatus: string;
  occurredAt: string;
  subject: string;
  employer: string | null;
  why: string | null;
  known: string[];
  newAtEmployer: string[];
  newNames?: Record<string, string>;
  notesInclude: string[];
  notesExclude: string[];
  attachments: { name: string; sha256: string }[];
};
const { _about, ...expected } = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Record<
  string,
  Expected
> & { _about: string };
const files = Object.keys(expected);
const fixture = (name: string) => ({ path: path.join(folder, name) });
const opened: string[] = [];
const start = clockedBackends({ openFile: async (file) => void opened.push(file) });

/** The employers and people the fixtures' senders belong to, as a manager would have them. */
async function aRecord(backend: Backend) {
  const harbour = await call(backend, 'employers.create', {
    name: 'Harbour Hotels',
    website: 'https://www.harbourhotels.co.uk/careers',
  });
  const northgate = await call(backend, 'employers.create', {
    name: 'Northgate Care',
    website: 'northgatecare.org.uk',
  });
  const cafe = await call(backend, 'employers.create', {
    name: 'Café Rouge Leeds',
    website: 'www.caferougeleeds.co.uk',
  });
  const priya = await call(backend, 'people.create', {
    name: 'Priya Shah',
    email: 'Priya.Shah@harbourhotels.co.uk',
    employerId: harbour.id,
  });
  const marek = await call(backend, 'people.create', {
    name: 'Marek Nowak',
    email: 'marek.nowak@northgatecare.org.uk',
    employerId: northgate.id,
  });
  return { harbour, northgate, cafe, priya, marek };
}

const byFile = (messages: MessagePreview[]) => new Map(messages.map((message) => [message.fileName, message]));

describe('logging emails and invitations', () => {
  it('reads each file in the corpus as the contact it should become', async () => {
    const { backend } = await start('2026-12-01');
    await aRecord(backend);
    const preview = byFile((await call(backend, 'mail.preview', { files: files.map(fixture) })).messages);
    for (const file of files) {
      const want = expected[file]!;
      const got = preview.get(file)!;
      expect({ file, ...got }).toMatchObject({
        file,
        status: 'new',
        kind: want.kind,
        contactStatus: want.contactStatus,
        occurredAt: want.occurredAt,
        subject: want.subject,
        employer: want.employer ? { name: want.employer, why: want.why } : null,
        attachments: want.attachments.map(({ name }) => ({ name, problem: null })),
      });
      expect({ file, known: got.people.filter((p) => p.personId).map((p) => p.email) }).toEqual({
        file,
        known: want.known,
      });
      expect({ file, unknown: got.people.filter((p) => !p.personId && p.atEmployer).map((p) => p.email) }).toEqual({
        file,
        unknown: want.newAtEmployer,
      });
    }
  });

  it('logs them with their text, people and attachments, and never logs the same one twice', async () => {
    const { backend, dataDir } = await start('2026-12-01');
    const { harbour } = await aRecord(backend);
    const greenleaf = await call(backend, 'employers.create', { name: 'Greenleaf Bakery' });
    const preview = (await call(backend, 'mail.preview', { files: files.map(fixture) })).messages;
    const committed = await call(backend, 'mail.commit', {
      messages: preview.map((message) => ({
        file: fixture(message.fileName),
        part: message.part,
        employerId: message.employer?.id ?? greenleaf.id,
        newPeople: message.people
          .filter((person) => !person.personId && person.atEmployer)
          .map((person) => ({
            email: person.email,
            name: expected[message.fileName]!.newNames?.[person.email] ?? person.name ?? person.email,
          })),
      })),
    });
    // Dan Okafor and Laura Bennett are on several of them: each is added once.
    expect(committed).toMatchObject({ logged: files.length, alreadyLogged: 0, people: 4, attachments: 2 });

    for (const [index, id] of committed.interactionIds.entries()) {
      const file = preview[index]!.fileName;
      const want = expected[file]!;
      const contact = await call(backend, 'interactions.get', { id });
      expect({ file, kind: contact.kind, status: contact.status, summary: contact.summary }).toEqual({
        file,
        kind: want.kind,
        status: want.contactStatus,
        summary: want.subject,
      });
      for (const words of want.notesInclude) expect(contact.notes, `${file}: ${words}`).toContain(words);
      for (const words of want.notesExclude) expect(contact.notes, `${file}: ${words}`).not.toContain(words);
      expect(contact.attachments.map((file) => file.fileName)).toEqual(want.attachments.map((file) => file.name));
      for (const [n, attachment] of contact.attachments.entries()) {
        const { path: kept } = await call(backend, 'evidence.open', { id: attachment.id });
        expect(path.dirname(kept)).toBe(path.join(dataDir, 'evidence'));
        expect(opened.at(-1)).toBe(kept);
        expect(createHash('sha256').update(fs.readFileSync(kept)).digest('hex')).toBe(want.attachments[n]!.sha256);
      }
    }

    const harbourPeople = (await call(backend, 'employers.overview', { id: harbour.id })).people.map(
      (p) => p.personName,
    );
    expect(harbourPeople.sort()).toEqual(['Dan Okafor', 'Priya Shah', 'Renée O’Brien']);

    const again = await call(backend, 'mail.preview', {
      files: [fixture('gmail-signed-agreement.eml'), fixture('outlook-interview-offer.msg')],
    });
    expect(again.messages.map((m) => [m.status, m.problem])).toEqual([
      ['logged', 'Logged before: Northgate Care.'],
      ['logged', 'Logged before: Harbour Hotels.'],
    ]);
    const twice = await call(backend, 'mail.commit', {
      messages: [{ file: fixture('gmail-signed-agreement.eml'), employerId: harbour.id }],
    });
    expect(twice).toMatchObject({ logged: 0, alreadyLogged: 1 });
  });

  it('recognises the same email saved twice in one drop, and one undo takes the lot back', async () => {
    const { backend } = await start('2026-12-01');
    const { harbour } = await aRecord(backend);
    const eml = fs.readFileSync(path.join(folder, 'encoded-subject-windows-1252.eml'));
    const copy = { name: 'Café visit (copy).eml', contentBase64: eml.toString('base64') };
    const preview = await call(backend, 'mail.preview', { files: [fixture('encoded-subject-windows-1252.eml'), copy] });
    expect(preview.messages.map((m) => [m.status, m.problem])).toEqual([
      ['new', null],
      ['repeated', 'The same email as encoded-subject-windows-1252.eml.'],
    ]);
    const result = await backend.invoke('mail.commit', {
      messages: [
        { file: fixture('outlook-interview-offer.msg'), employerId: harbour.id, followUpOn: '2026-12-08' },
        {
          file: copy,
          employerId: harbour.id,
          commitment: {
            party: 'us',
            description: 'Send two candidates for the kitchen porter roles',
            dueOn: '2026-12-04',
          },
        },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    const overview = await call(backend, 'employers.overview', { id: harbour.id });
    expect(overview).toMatchObject({ nextFollowUpOn: '2026-12-08' });
    const promises = await call(backend, 'commitments.forEmployer', { employerId: harbour.id });
    expect(JSON.stringify(promises)).toContain('Send two candidates for the kitchen porter roles');
    const [latest] = (await call(backend, 'changes.list', {})).changes;
    expect(latest).toMatchObject({ sentence: 'Logged 2 contacts from emails and invitations' });
    await call(backend, 'changes.undo', { id: result.change!.id });
    const after = await call(backend, 'mail.preview', { files: [fixture('outlook-interview-offer.msg')] });
    expect(after.messages[0]).toMatchObject({ status: 'new' });
  });

  it('reads every email in a mailbox file, as Thunderbird exports a folder', async () => {
    const { backend } = await start('2026-12-01');
    const { northgate } = await aRecord(backend);
    const { messages } = await call(backend, 'mail.preview', { files: [fixture('thunderbird-folder.mbox')] });
    expect(messages.map((m) => [m.part, m.subject, m.occurredAt, m.employer?.name])).toEqual([
      [0, 'Placements for the spring', '2026-11-24T10:02:11.000Z', 'Northgate Care'],
      [1, 'RE: Placements for the spring', '2026-11-25T14:40:03.000Z', 'Northgate Care'],
    ]);
    const logged = await call(backend, 'mail.commit', {
      messages: messages.map((m) => ({
        file: fixture('thunderbird-folder.mbox'),
        part: m.part,
        employerId: northgate.id,
      })),
    });
    const [first, second] = await Promise.all(
      logged.interactionIds.map((id) => call(backend, 'interactions.get', { id })),
    );
    expect(first!.notes).toContain('\nFrom what you said last week, March looks best.');
    expect(second!.notes).toContain('Three placements, nights, £12.20 an hour.');
  });

  it('refuses what is not an email by its name, and an email over 50 MB with the limit', async () => {
    const { backend } = await start('2026-12-01');
    const outside = makeDataDir();
    const minutes = path.join(outside, 'Minutes March.pdf');
    fs.writeFileSync(minutes, '%PDF-1.4 minutes of the meeting');
    const huge = path.join(outside, 'Photos from the open day.eml');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 60 * 1024 * 1024);
    const broken = path.join(outside, 'Broken.msg');
    fs.writeFileSync(broken, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]));
    const preview = await call(backend, 'mail.preview', {
      files: [{ path: minutes }, { path: huge }, { path: broken }, { path: outside }],
    });
    expect(preview.messages.map((m) => [m.status, m.problem])).toEqual([
      [
        'refused',
        'Minutes March.pdf is not an email or a calendar invitation. Drop emails saved from your mail program (.eml or .msg) or invitations (.ics).',
      ],
      [
        'refused',
        'Photos from the open day.eml is 60 MB. Bridgework takes emails up to 50 MB: save it without its attachments and try again.',
      ],
      ['refused', 'Broken.msg could not be read as an email. Save it again from your mail program and try again.'],
      ['refused', `${path.basename(outside)} is a folder. Choose the emails inside it.`],
    ]);
    const employer = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const result = await backend.invoke('mail.commit', {
      messages: [{ file: { path: minutes }, employerId: employer.id }],
    });
    expect(result.ok ? null : [result.error.field, result.error.message]).toEqual([
      'messages.0.file',
      expect.stringContaining('Minutes March.pdf is not an email'),
    ]);
  });
});

describe('what is kept from an email, afterwards', () => {
  it('takes a drop on a person’s page to be with their employer', async () => {
    const { backend } = await start('2026-12-01');
    const { marek, northgate } = await aRecord(backend);
    const preview = await call(backend, 'mail.preview', {
      files: [fixture('apple-mail-visit.eml')],
      personId: marek.id,
    });
    expect(preview.messages[0]!.employer).toEqual({
      id: northgate.id,
      name: 'Northgate Care',
      why: 'Marek Nowak works there',
    });
  });

  it('moves an email’s attachments with it into an archive, and deletes them with it for good', async () => {
    const { backend, dataDir } = await start('2026-12-01');
    const { harbour } = await aRecord(backend);
    const logged = await call(backend, 'mail.commit', {
      messages: [{ file: fixture('outlook-interview-offer.msg'), employerId: harbour.id }],
    });
    const id = logged.interactionIds[0]!;
    const archive = await call(backend, 'exports.all');
    const other = await start('2026-12-01');
    await call(other.backend, 'imports.archive', { file: archive.file });
    const [attachment] = (await call(other.backend, 'interactions.get', { id })).attachments;
    expect(attachment).toMatchObject({ fileName: 'Interview schedule – January.pdf' });
    const { path: copy } = await call(other.backend, 'evidence.open', { id: attachment!.id });
    expect(createHash('sha256').update(fs.readFileSync(copy)).digest('hex')).toBe(
      expected['outlook-interview-offer.msg']!.attachments[0]!.sha256,
    );

    await call(backend, 'interactions.archive', { id });
    await call(backend, 'trash.purge', { items: [{ kind: 'interaction', id }] });
    expect(fs.readdirSync(path.join(dataDir, 'evidence'))).toEqual([]);
  });
});
